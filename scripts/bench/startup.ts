/**
 * `npm run bench:startup`: how long Réso takes from `npm start` to the gateway's IDENTIFY when nothing changed since
 * the last build, against the floor (a bare discord.js bot, `node scripts/bench/floor-bot.mjs`), on the local
 * Discord test server. Also `node dist/index.js`, as the service files start Réso. Three runs of each, interleaved
 * (floor, npm start, node dist/index.js, then again) so that the machine's noise falls on all three alike; the
 * medians and their ratio to the floor's are written between the markers of docs/performance.md.
 *
 * Timed: from just before spawn() to the moment the local gateway handles the IDENTIFY (it marks the session ready
 * synchronously), with a fresh server, a fresh data folder (SQLite) and the e2e harness's environment each time.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { LocalDiscord } from "../../test/discord-server/index.js";
import { botEnv, REPO_ROOT } from "../../test/e2e/harness.js";
import { machineBusyMs } from "./proc.js";
import { machineInfo } from "./report.js";
import { sleep } from "./students.js";

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

interface Contender {
  readonly label: string;
  readonly command: string;
  readonly args: readonly string[];
}

const contenders: readonly Contender[] = [
  {
    label: "floor: `node floor-bot.mjs` (bare discord.js)",
    command: process.execPath,
    args: ["scripts/bench/floor-bot.mjs"],
  },
  { label: "Réso: `npm start`", command: npm, args: ["start"] },
  { label: "Réso: `node dist/index.js` (service files)", command: process.execPath, args: ["dist/index.js"] },
];

/** Milliseconds from spawning `contender` to its IDENTIFY reaching a fresh local Discord. */
async function timeOnce(contender: Contender): Promise<number> {
  const discord = await LocalDiscord.start();
  const dataDir = await mkdtemp(join(tmpdir(), "reso-bench-startup-"));
  let child: ChildProcess | undefined;
  let output = "";
  try {
    const startedAt = performance.now();
    // Its own process group: npm's child (the bot) is stopped with it.
    child = spawn(contender.command, [...contender.args], {
      cwd: REPO_ROOT,
      env: botEnv(discord, dataDir),
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    });
    child.stdout?.setEncoding("utf8").on("data", (chunk: string) => {
      output += chunk;
    });
    child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
      output += chunk;
    });
    await discord.waitForReady(60_000);
    const elapsed = performance.now() - startedAt;
    // A build inside the timed run would measure tsc, not the start-up: the bench runs on a fresh build.
    if (output.includes("Compilation de Réso"))
      throw new Error(`npm start compiled Réso: run the bench again\n${output}`);
    return elapsed;
  } catch (error) {
    throw new Error(`${contender.label}: ${String(error)}\n${output}`);
  } finally {
    if (child) await stopGroup(child);
    await discord.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

async function stopGroup(child: ChildProcess): Promise<void> {
  const group = child.pid;
  if (child.exitCode !== null || child.signalCode !== null || group === undefined) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  process.kill(-group, "SIGTERM");
  const killer = setTimeout(() => process.kill(-group, "SIGKILL"), 5000);
  await exited;
  clearTimeout(killer);
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? Number.NaN) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

/** Waits (30 s at most) until the rest of the machine uses less than a quarter of a core. */
async function waitForQuiet(): Promise<void> {
  for (let tries = 0; tries < 30; tries++) {
    const before = machineBusyMs();
    const own = process.cpuUsage();
    await sleep(1000);
    const used = process.cpuUsage(own);
    if (machineBusyMs() - before - (used.user + used.system) / 1000 < 250) return;
  }
}

const samples = new Map<Contender, number[]>(contenders.map((contender) => [contender, []]));
const loads: number[] = [];
for (let run = 1; run <= RUNS; run++) {
  for (const contender of contenders) {
    await waitForQuiet();
    loads.push(loadavg()[0] ?? 0);
    const ms = await timeOnce(contender);
    samples.get(contender)?.push(ms);
    process.stdout.write(`run ${run}: ${contender.label}: ${ms.toFixed(0)} ms\n`);
  }
}

const machine = machineInfo();
const floor = median(samples.get(contenders[0] as Contender) ?? []);
const rows = contenders.map((contender) => {
  const values = samples.get(contender) ?? [];
  const value = median(values);
  const runs = values.map((ms) => ms.toFixed(0)).join(", ");
  return `| ${contender.label} | ${value.toFixed(0)} ms | ${runs} | ${(value / floor).toFixed(2)} × |`;
});
const table = [
  `Run of ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC on ${machine.nproc} CPUs (\`nproc\`), ` +
    `${machine.cpuModel}, Node ${machine.node}; 1-minute load average ${Math.min(...loads).toFixed(1)}–` +
    `${Math.max(...loads).toFixed(1)} during the runs (the machine is shared). Median of ${RUNS} runs, interleaved.`,
  "",
  "| started as | spawn → IDENTIFY (median) | runs | vs floor |",
  "| --- | ---: | --- | ---: |",
  ...rows,
].join("\n");
process.stdout.write(`\n${table}\n`);

const START = "<!-- bench:startup:start -->";
const END = "<!-- bench:startup:end -->";
const docPath = join(REPO_ROOT, "docs", "performance.md");
const doc = await readFile(docPath, "utf8");
const from = doc.indexOf(START);
const to = doc.indexOf(END);
if (from === -1 || to < from) throw new Error(`${docPath} lacks the ${START} … ${END} markers`);
await writeFile(docPath, `${doc.slice(0, from + START.length)}\n${table}\n${doc.slice(to)}`);
process.stdout.write(`written to ${docPath}\n`);
