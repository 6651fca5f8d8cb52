/**
 * End-to-end harness: runs the built bot (dist/index.js, what `npm start` runs) as a child process against a
 * LocalDiscord server, with a clean environment and a private data directory.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { LocalDiscord } from "../discord-server/index.js";

/** The repository root (the folder holding package.json and dist/). */
export const REPO_ROOT: string = fileURLToPath(new URL("../..", import.meta.url));

export interface StartBotInput {
  discord: LocalDiscord;
  /** Data directory; default: a new temporary directory, removed by stopAllBots(). */
  dataDir?: string;
  /** Extra variables; a key set to "" is removed from the child's environment (to test missing variables). */
  env?: Record<string, string>;
  /** Script to run, relative to the repo root; default "dist/index.js". */
  entry?: string;
  /** Time allowed to become ready; default 20 000 ms. */
  readyTimeoutMs?: number;
}

export interface RunningBot {
  process: ChildProcess;
  /** stdout and stderr so far, interleaved as received. */
  output(): string;
  dataDir: string;
  waitForOutput(re: RegExp, timeoutMs?: number): Promise<void>;
  /** Sends `signal` (default SIGTERM), waits for exit (SIGKILL after 5 s) and returns the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

export interface ScriptResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

const running = new Set<RunningBot>();
const createdDirs = new Set<string>();

// A crashed test run must not leave bots connected to nothing.
process.once("exit", () => {
  for (const bot of running) bot.process.kill("SIGKILL");
});

/** The environment the bot gets for `discord`: only what it needs, nothing from the developer's shell. */
export function botEnv(
  discord: LocalDiscord,
  dataDir: string,
  overrides: Record<string, string> = {},
): NodeJS.ProcessEnv {
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? dataDir,
    NODE_ENV: "test",
    DISCORD_TOKEN: discord.token,
    DISCORD_CLIENT_ID: discord.applicationId,
    DISCORD_API_URL: discord.apiUrl,
    DATABASE_URL: `sqlite://${join(dataDir, "reso.sqlite")}`,
    LOG_LEVEL: "info",
    ...overrides,
  };
  for (const [key, value] of Object.entries(env)) if (value === "") delete env[key];
  return env;
}

/** True when stdout holds a pino JSON line whose msg is "ready". */
function printedReady(stdout: string): boolean {
  return stdout.split("\n").some((line) => {
    if (!line.startsWith("{")) return false;
    try {
      return (JSON.parse(line) as { msg?: unknown }).msg === "ready";
    } catch {
      return false;
    }
  });
}

/**
 * Starts the bot and resolves once it logged `"msg":"ready"` and the server saw every shard ready.
 * Rejects (with the bot's output) if it exits first or takes too long. The child runs in `dataDir`
 * so a .env in the working tree cannot leak in and relative paths stay inside the temporary directory.
 */
export async function startBot(input: StartBotInput): Promise<RunningBot> {
  const dataDir = input.dataDir ?? (await mkdtemp(join(tmpdir(), "reso-e2e-")));
  if (!input.dataDir) createdDirs.add(dataDir);
  const child = spawn(process.execPath, [join(REPO_ROOT, input.entry ?? "dist/index.js")], {
    cwd: dataDir,
    env: botEnv(input.discord, dataDir, input.env),
    stdio: ["ignore", "pipe", "pipe"],
  });
  let all = "";
  let stdout = "";
  const listeners = new Set<() => void>();
  const notify = (): void => {
    for (const listener of [...listeners]) listener();
  };
  child.stdout?.setEncoding("utf8").on("data", (chunk: string) => {
    all += chunk;
    stdout += chunk;
    notify();
  });
  child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
    all += chunk;
    notify();
  });
  const exited = new Promise<number | null>((resolve) => {
    child.once("exit", (code) => {
      notify();
      resolve(code);
    });
  });
  let exitCode: number | null | undefined;
  void exited.then((code) => {
    exitCode = code;
    notify();
  });

  const waitFor = (done: () => boolean, what: string, timeoutMs: number): Promise<void> =>
    new Promise((resolve, reject) => {
      const check = (): void => {
        if (done()) {
          finish();
          resolve();
        } else if (exitCode !== undefined || child.exitCode !== null || child.signalCode !== null) {
          finish();
          reject(new Error(`the bot exited (code ${child.exitCode ?? exitCode}) before ${what}. Output:\n${all}`));
        }
      };
      const timer = setTimeout(() => {
        finish();
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}. Output:\n${all}`));
      }, timeoutMs);
      const finish = (): void => {
        clearTimeout(timer);
        listeners.delete(check);
      };
      listeners.add(check);
      check();
    });

  const bot: RunningBot = {
    process: child,
    dataDir,
    output: () => all,
    waitForOutput: (re, timeoutMs = 10_000) => waitFor(() => re.test(all), `output matching ${re}`, timeoutMs),
    async stop(signal = "SIGTERM") {
      running.delete(bot);
      if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
      child.kill(signal);
      const killer = setTimeout(() => child.kill("SIGKILL"), 5000);
      const code = await exited;
      clearTimeout(killer);
      return code;
    },
  };
  running.add(bot);
  try {
    const timeoutMs = input.readyTimeoutMs ?? 20_000;
    await waitFor(() => printedReady(stdout), 'a JSON log line with "msg":"ready"', timeoutMs);
    await input.discord.waitForReady(timeoutMs);
  } catch (error) {
    await bot.stop("SIGKILL");
    throw error;
  }
  return bot;
}

/** Stops every bot still running and removes the data directories the harness created (use in afterEach). */
export async function stopAllBots(): Promise<void> {
  await Promise.all([...running].map((bot) => bot.stop()));
  await Promise.all([...createdDirs].map((dir) => rm(dir, { recursive: true, force: true })));
  createdDirs.clear();
}

/**
 * Runs a script (relative to the repo root, e.g. "dist/deploy-commands.js") to completion with exactly `env`
 * (see botEnv). It runs in the system temp directory by default, so a .env in the working tree cannot leak in.
 */
export function runNodeScript(
  relPath: string,
  env: NodeJS.ProcessEnv,
  options: { cwd?: string; timeoutMs?: number } = {},
): Promise<ScriptResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(REPO_ROOT, relPath)], {
      cwd: options.cwd ?? tmpdir(),
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
    });
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`${relPath} did not finish within ${options.timeoutMs ?? 30_000} ms.\n${stdout}${stderr}`));
    }, options.timeoutMs ?? 30_000);
    child.once("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}
