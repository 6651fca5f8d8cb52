/** The bench's results as JSON (docs/benchmarks.json) and as Markdown tables (docs/benchmarks.md, between markers). */
import { execFileSync } from "node:child_process";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { cpus, release, totalmem } from "node:os";
import { join } from "node:path";
import { REPO_ROOT } from "../../test/e2e/harness.js";
import type { SeedResult } from "./seed.js";
import { type LatencySummary, ms } from "./stats.js";
import type { StepOutcome } from "./students.js";
import type { Verification } from "./verify.js";

export interface StepResult extends Omit<StepOutcome, "errors" | "violations"> {
  readonly errors: readonly string[];
  readonly errorCount: number;
  readonly violations: readonly string[];
  readonly violationCount: number;
  /** The bot's user + system CPU time during the answer windows, divided by the answers. */
  readonly cpuMsPerInteraction: number;
  /** The same for the "Suivant" phases. */
  readonly cpuMsPerNext: number;
  /** CPU time of the bot and of the bench process (server + students) during the answer windows, in cores. */
  readonly botCpuShare: number;
  readonly benchCpuShare: number;
  /** The same for every other process of the machine (noise from outside the bench). */
  readonly otherCpuShare: number;
  /** VmHWM (peak so far) and VmRSS at the end of the step, MB. */
  readonly peakRss: number;
  readonly rss: number;
  readonly held: boolean;
  /** Runs of this step thrown away because other processes were busy meanwhile. */
  readonly noisyRuns: number;
}

export interface BotResult {
  readonly bot: "reso" | "floor";
  /** Answers acknowledged over the whole run (warm-up included). */
  readonly answers: number;
  readonly idleRss: number;
  readonly peakRss: number;
  readonly steps: readonly StepResult[];
  readonly classement: LatencySummary;
  readonly logLines: number;
  readonly seed?: SeedResult;
  readonly verification?: Verification;
}

export interface Machine {
  readonly nproc: number;
  readonly cpus: number;
  readonly cpuModel: string;
  readonly memoryGiB: number;
  readonly node: string;
  readonly kernel: string;
}

export interface BenchResult {
  readonly date: string;
  readonly machine: Machine;
  readonly config: { students: number; sessionSize: number; scoredMembers: number; heldP99Ms: number };
  readonly floor: BotResult;
  readonly reso: BotResult;
  readonly durationS: number;
}

export function machineInfo(): Machine {
  const run = (command: string, args: string[]) => {
    try {
      return execFileSync(command, args, { encoding: "utf8" }).trim();
    } catch {
      return "";
    }
  };
  const model = /^Model name:\s+(.+)$/m.exec(run("lscpu", []))?.[1] ?? cpus()[0]?.model ?? "unknown";
  return {
    nproc: Number(run("nproc", [])) || cpus().length,
    cpus: cpus().length,
    cpuModel: model.trim(),
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    kernel: release(),
  };
}

export function highestHeld(result: BotResult): number {
  return Math.max(0, ...result.steps.filter((step) => step.held).map((step) => step.rate));
}

function stepTable(result: BotResult): string {
  const rows = result.steps.map((step) =>
    [
      `${step.rate}`,
      `${step.answers.count}/${step.planned}`,
      step.achievedRate.toFixed(0),
      ms(step.answers.p50),
      ms(step.answers.p99),
      ms(step.answers.max),
      `${step.cpuMsPerInteraction.toFixed(2)} (${(step.botMainCpuMs / Math.max(1, step.answers.count)).toFixed(2)})`,
      `${pct(step.botCpuShare)} / ${pct(step.benchCpuShare)} / ${pct(step.otherCpuShare)}`,
      step.peakRss.toFixed(0),
      ms(step.nexts.p50),
      `${step.errorCount + step.violationCount}`,
      step.held ? "yes" : "**no**",
    ].join(" | "),
  );
  return [
    "| answers/s | answered | achieved/s | p50 ms | p99 ms | max ms | CPU ms / answer (main thread) | CPU, % of a core: bot / bench / others | peak RSS MB | “Suivant” p50 ms | errors | held |",
    "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|:---:|",
    ...rows.map((row) => `| ${row} |`),
  ].join("\n");
}

const pct = (share: number) => (share * 100).toFixed(0);

interface Target {
  readonly name: string;
  readonly target: string;
  readonly measured: string;
  readonly met: boolean;
}

export function targets(result: BenchResult): Target[] {
  const at = (bot: BotResult, rate: number) => bot.steps.find((step) => step.rate === rate);
  const reso200 = at(result.reso, 200);
  const floor200 = at(result.floor, 200);
  const p50Ratio = reso200 && floor200 ? reso200.answers.p50 / floor200.answers.p50 : Number.NaN;
  const p99Ratio = reso200 && floor200 ? reso200.answers.p99 / floor200.answers.p99 : Number.NaN;
  const resoMax = highestHeld(result.reso);
  const floorMax = highestHeld(result.floor);
  const sustained = result.reso.steps.filter((step) => step.held && step.rate >= 800);
  const verification = result.reso.verification;
  return [
    {
      name: "p50 at 200/s",
      target: "≤ 1.5 × floor",
      measured: `${p50Ratio.toFixed(2)} × (${ms(reso200?.answers.p50 ?? Number.NaN)} vs ${ms(floor200?.answers.p50 ?? Number.NaN)} ms)`,
      met: p50Ratio <= 1.5,
    },
    {
      name: "p99 at 200/s",
      target: "≤ 2 × floor",
      measured: `${p99Ratio.toFixed(2)} × (${ms(reso200?.answers.p99 ?? Number.NaN)} vs ${ms(floor200?.answers.p99 ?? Number.NaN)} ms)`,
      met: p99Ratio <= 2,
    },
    {
      name: "sustained rate",
      target: `≥ 800 answers/s, p99 < ${result.config.heldP99Ms} ms`,
      measured: `${resoMax}/s held${sustained.length > 0 ? ` (p99 ${ms(sustained.at(-1)?.answers.p99 ?? Number.NaN)} ms)` : ""}`,
      met: resoMax >= 800,
    },
    {
      name: "vs floor's highest rate",
      target: "≥ 0.5 × floor",
      measured: `${(resoMax / Math.max(1, floorMax)).toFixed(2)} × (${resoMax} vs ${floorMax}/s)`,
      met: resoMax >= floorMax / 2,
    },
    {
      name: "peak RSS",
      target: "< 150 MB",
      measured:
        `${result.reso.peakRss.toFixed(0)} MB, ${reso200?.peakRss.toFixed(0) ?? "—"} MB after 200/s ` +
        `(floor ${result.floor.peakRss.toFixed(0)} MB, ${floor200?.peakRss.toFixed(0) ?? "—"} MB)`,
      met: result.reso.peakRss < 150,
    },
    {
      name: `/classement, ${result.config.scoredMembers.toLocaleString("en")} scored`,
      target: "< 20 ms",
      measured: `p50 ${ms(result.reso.classement.p50)} ms, p99 ${ms(result.reso.classement.p99)} ms`,
      met: result.reso.classement.p99 < 20,
    },
    {
      name: "answers lost / double-counted",
      target: "0 / 0",
      measured: verification
        ? `${verification.lost} / ${verification.doubleCounted} (${verification.storedAnswers} stored, ${verification.ackedAnswers} acknowledged)`
        : "not checked",
      met:
        verification !== undefined &&
        verification.lost === 0 &&
        verification.doubleCounted === 0 &&
        verification.problems.length === 0,
    },
  ];
}

export function markdown(result: BenchResult): string {
  const { machine, floor, reso } = result;
  const ratios = reso.steps
    .map((step) => {
      const base = floor.steps.find((candidate) => candidate.rate === step.rate);
      if (!base) return undefined;
      const ratio = (a: number, b: number) => (a / b).toFixed(2);
      return `| ${step.rate} | ${ratio(step.answers.p50, base.answers.p50)} | ${ratio(step.answers.p99, base.answers.p99)} | ${ratio(step.cpuMsPerInteraction, base.cpuMsPerInteraction)} |`;
    })
    .filter((row): row is string => row !== undefined);
  const verification = reso.verification;
  return [
    `Run of ${result.date.slice(0, 16).replace("T", " ")} UTC, ${result.durationS.toFixed(0)} s (build not included), on ${machine.nproc} CPUs (\`nproc\`), ${machine.cpuModel}, ${machine.memoryGiB} GiB, Node ${machine.node}, Linux ${machine.kernel}. ${result.config.students} students, sessions of ${result.config.sessionSize} items; ${reso.answers.toLocaleString("en")} answers to Réso and ${floor.answers.toLocaleString("en")} to the floor, warm-up included. A rate is held when every answer is acknowledged, 95 % of it is achieved and p99 < ${result.config.heldP99Ms} ms.`,
    "",
    "**Targets**",
    "",
    "| target | wanted | measured | met |",
    "|---|---|---|:---:|",
    ...targets(result).map((t) => `| ${t.name} | ${t.target} | ${t.measured} | ${t.met ? "yes" : "**no**"} |`),
    "",
    "**Réso** (`node dist/index.js`, SQLite)",
    "",
    stepTable(reso),
    "",
    "**Floor** (minimal discord.js bot, fixed replies)",
    "",
    stepTable(floor),
    "",
    "**Réso / floor** at the same rate",
    "",
    "| answers/s | p50 | p99 | CPU / answer |",
    "|---:|---:|---:|---:|",
    ...ratios,
    "",
    `**Highest rate held:** Réso ${highestHeld(reso)}/s, floor ${highestHeld(floor)}/s. **RSS** after start-up: Réso ${reso.idleRss.toFixed(0)} MB, floor ${floor.idleRss.toFixed(0)} MB; **peak (VmHWM):** Réso ${reso.peakRss.toFixed(0)} MB, floor ${floor.peakRss.toFixed(0)} MB.`,
    "",
    `**\`/classement\`** with ${result.config.scoredMembers.toLocaleString("en")} scored members (${reso.classement.count} calls, one at a time): Réso p50 ${ms(reso.classement.p50)} ms, p99 ${ms(reso.classement.p99)} ms, max ${ms(reso.classement.max)} ms; floor p50 ${ms(floor.classement.p50)} ms, p99 ${ms(floor.classement.p99)} ms.`,
    "",
    verification
      ? `**Store check** after Réso stopped: ${verification.ackedAnswers} answers acknowledged (${verification.ackedRight} right), ${verification.storedAnswers} stored, ${verification.lost} lost, ${verification.doubleCounted} counted twice, ${verification.storedNotAcknowledged} stored without acknowledgement; ${verification.pointsStored} points stored = ${verification.pointsExpected} expected (10 × right answers acknowledged)${verification.problems.length > 0 ? `; problems: ${verification.problems.slice(0, 5).join("; ")}` : ""}.`
      : "",
  ].join("\n");
}

const START = "<!-- bench:results:start -->";
const END = "<!-- bench:results:end -->";

/** Writes the JSON and replaces the generated part of docs/benchmarks.md (the notes around it are kept). */
export async function writeReports(result: BenchResult): Promise<{ table: string }> {
  const docs = join(REPO_ROOT, "docs");
  await mkdir(docs, { recursive: true });
  await writeFile(join(docs, "benchmarks.json"), `${JSON.stringify(result, null, 2)}\n`);
  const table = markdown(result);
  const path = join(docs, "benchmarks.md");
  const current = await readFile(path, "utf8").catch(() => `# Benchmarks\n\n${START}\n${END}\n`);
  const from = current.indexOf(START);
  const to = current.indexOf(END);
  const next =
    from >= 0 && to > from
      ? `${current.slice(0, from + START.length)}\n${table}\n${current.slice(to)}`
      : `${current.trimEnd()}\n\n${START}\n${table}\n${END}\n`;
  await writeFile(path, next);
  // The files are checked by `npm test`'s lint: written the way Biome formats them (aligned tables).
  execFileSync(join(REPO_ROOT, "node_modules/.bin/biome"), ["format", "--write", path, join(docs, "benchmarks.json")], {
    cwd: REPO_ROOT,
    stdio: "ignore",
  });
  return { table };
}
