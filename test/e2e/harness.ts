/**
 * End-to-end harness: runs the built bot (dist/index.js, what `npm start` runs) as a child process against a
 * LocalDiscord server, with a clean environment and a private data directory.
 *
 * Two variables run the same suite in the scale-out set-up (see README, "Tests"):
 * - RESO_E2E_STORE=redis://127.0.0.1:6379 (or postgresql://user@host/db): the bot's store is that server
 *   instead of an SQLite file; each data directory gets its own Redis logical database (1, 2, … emptied on
 *   first use) or its own PostgreSQL database (reso_e2e_1, … recreated on first use). Run the files one at
 *   a time (`--no-file-parallelism`): numbering restarts in each test file.
 * - RESO_E2E_SHARDS=2: startBot runs `dist/shard.js` (`npm run start:sharded`) with SHARD_COUNT=2, and waits
 *   for every shard process to log "ready".
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createClient } from "@keyv/redis";
import pg from "pg";
import type { LocalDiscord } from "../discord-server/index.js";

/** The repository root (the folder holding package.json and dist/). */
export const REPO_ROOT: string = fileURLToPath(new URL("../..", import.meta.url));

/** The shared store server the suite runs against (RESO_E2E_STORE); undefined: one SQLite file per data directory. */
export const E2E_STORE: string | undefined = process.env.RESO_E2E_STORE?.trim() || undefined;
/** Shard processes per bot (RESO_E2E_SHARDS); undefined: one process, `npm start`. */
export const E2E_SHARDS: number | undefined = parseShards(process.env.RESO_E2E_SHARDS);
/** The suite runs on SQLite files: tests of SQLite-only faults (a corrupt file...) skip otherwise. */
export const ON_SQLITE: boolean = E2E_STORE === undefined;

function parseShards(value: string | undefined): number | undefined {
  if (!value?.trim()) return undefined;
  const count = Number(value);
  if (!Number.isInteger(count) || count < 1)
    throw new Error(`RESO_E2E_SHARDS must be a positive integer, got ${value}`);
  return count;
}

// ---------------------------------------------------------------------------------------------
// One store per data directory on the shared server

const storeOfDir = new Map<string, string>();
const prepared = new Map<string, Promise<void>>();

/** The DATABASE_URL of `dataDir`: its SQLite file, or its own database on the shared server. */
export function storeUrlFor(dataDir: string): string {
  if (!E2E_STORE) return `sqlite://${join(dataDir, "reso.sqlite")}`;
  let url = storeOfDir.get(dataDir);
  if (!url) {
    const index = storeOfDir.size + 1;
    const base = new URL(E2E_STORE);
    if (base.protocol.startsWith("redis")) base.pathname = `/${index}`;
    else base.pathname = `/reso_e2e_${index}`;
    url = base.toString();
    storeOfDir.set(dataDir, url);
  }
  return url;
}

/** Empties (Redis) or recreates (PostgreSQL) a data directory's database the first time a bot uses it. */
export function prepareStore(databaseUrl: string | undefined): Promise<void> {
  if (!E2E_STORE || !databaseUrl || ![...storeOfDir.values()].includes(databaseUrl)) return Promise.resolve();
  let done = prepared.get(databaseUrl);
  if (!done) {
    done = databaseUrl.startsWith("redis") ? flushRedis(databaseUrl) : recreatePostgres(databaseUrl);
    prepared.set(databaseUrl, done);
  }
  return done;
}

async function flushRedis(databaseUrl: string): Promise<void> {
  const client = createClient({ url: databaseUrl });
  try {
    await client.connect();
    await client.flushDb();
  } finally {
    if (client.isOpen) await client.close();
  }
}

async function recreatePostgres(databaseUrl: string): Promise<void> {
  const target = new URL(databaseUrl);
  const name = target.pathname.slice(1);
  const admin = new URL(E2E_STORE ?? databaseUrl);
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
}

export interface StartBotInput {
  discord: LocalDiscord;
  /** Data directory; default: a new temporary directory, removed by stopAllBots(). */
  dataDir?: string;
  /** Extra variables; a key set to "" is removed from the child's environment (to test missing variables). */
  env?: Record<string, string>;
  /** Script to run, relative to the repo root; default "dist/index.js" ("dist/shard.js" with RESO_E2E_SHARDS). */
  entry?: string;
  /** Shard processes that must each log "ready"; default: RESO_E2E_SHARDS for dist/shard.js, else 1. */
  shards?: number;
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
  for (const bot of running) killTree(bot.process, "SIGKILL");
});

/** Signals a bot; a sharding manager runs in its own process group, which SIGKILL takes whole (as kill -9 of a service would). */
function killTree(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.exitCode !== null || child.signalCode !== null) return;
  try {
    if (signal === "SIGKILL" && child.pid !== undefined && groupLeaders.has(child)) process.kill(-child.pid, signal);
    else child.kill(signal);
  } catch {
    child.kill(signal);
  }
}
const groupLeaders = new WeakSet<ChildProcess>();

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
    DATABASE_URL: overrides.DATABASE_URL ?? storeUrlFor(dataDir),
    LOG_LEVEL: "info",
    ...overrides,
  };
  for (const [key, value] of Object.entries(env)) if (value === "") delete env[key];
  return env;
}

/** How many processes wrote a pino JSON line whose msg is "ready" to stdout (one per shard process). */
function readyProcesses(stdout: string): number {
  const pids = new Set<unknown>();
  for (const line of stdout.split("\n")) {
    if (!line.startsWith("{")) continue;
    try {
      const entry = JSON.parse(line) as { msg?: unknown; pid?: unknown };
      if (entry.msg === "ready") pids.add(entry.pid);
    } catch {
      // not a log line
    }
  }
  return pids.size;
}

/**
 * Starts the bot and resolves once it logged `"msg":"ready"` and the server saw every shard ready.
 * Rejects (with the bot's output) if it exits first or takes too long. The child runs in `dataDir`
 * so a .env in the working tree cannot leak in and relative paths stay inside the temporary directory.
 */
export async function startBot(input: StartBotInput): Promise<RunningBot> {
  const dataDir = input.dataDir ?? (await mkdtemp(join(tmpdir(), "reso-e2e-")));
  if (!input.dataDir) createdDirs.add(dataDir);
  const entry = input.entry ?? (E2E_SHARDS ? "dist/shard.js" : "dist/index.js");
  const sharded = entry === "dist/shard.js";
  const shards = input.shards ?? (sharded ? (E2E_SHARDS ?? 1) : 1);
  const env = botEnv(input.discord, dataDir, {
    // A test that names its shard count (and its .env's SHARD_COUNT) means it: RESO_E2E_SHARDS is only the default.
    ...(sharded && E2E_SHARDS && input.shards === undefined ? { SHARD_COUNT: String(E2E_SHARDS) } : {}),
    ...input.env,
  });
  await prepareStore(env.DATABASE_URL);
  const child = spawn(process.execPath, [join(REPO_ROOT, entry)], {
    cwd: dataDir,
    env,
    stdio: ["ignore", "pipe", "pipe"],
    // Its own process group: the manager's shard processes can be killed with it.
    detached: sharded,
  });
  if (sharded) groupLeaders.add(child);
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
      killTree(child, signal);
      // The manager gives its shards 10 s to stop cleanly.
      const killer = setTimeout(() => killTree(child, "SIGKILL"), sharded ? 15_000 : 5000);
      const code = await exited;
      clearTimeout(killer);
      return code;
    },
  };
  running.add(bot);
  try {
    const timeoutMs = input.readyTimeoutMs ?? 20_000;
    await waitFor(
      () => readyProcesses(stdout) >= shards,
      `a JSON log line with "msg":"ready" from ${shards} process(es)`,
      timeoutMs,
    );
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
  options: { cwd?: string; timeoutMs?: number; args?: readonly string[] } = {},
): Promise<ScriptResult> {
  return prepareStore(env.DATABASE_URL).then(() => runPrepared(relPath, env, options));
}

function runPrepared(
  relPath: string,
  env: NodeJS.ProcessEnv,
  options: { cwd?: string; timeoutMs?: number; args?: readonly string[] },
): Promise<ScriptResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(REPO_ROOT, relPath), ...(options.args ?? [])], {
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
