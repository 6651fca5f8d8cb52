/**
 * `npm run bench:rapport`: what `/rapport` does with a big class, without Discord: the profiles read from a
 * SQLite file through Réso's own Stores and summarized in one pass (rows, mastery, medians, mastered counts), the
 * report built, the CSV written (and zipped when Discord could not carry it), the class statistics' counts set.
 * Wall time, each step's time and the event loop's longest delay (`perf_hooks.monitorEventLoopDelay`) over the
 * whole of it, three runs, the median printed; and in each run the floor, what any report pays whatever its
 * code: the same rows read by the same SQL and parsed by JSON.parse, nothing else (the ratio cancels the
 * machine's load, which changes from run to run on a shared machine). And the event loop's floor: its longest
 * delay, in this process, over 3 s of nothing but arithmetic in 5 ms slices with a turn between them, what the
 * machine's scheduling alone adds to any delay.
 * BENCH_REPORT_MEMBERS sets the class size (100,000), BENCH_REPORT_RUNS the runs (3).
 */
import { mkdtemp, rm } from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { setImmediate } from "node:timers/promises";
import { createLogger } from "../../src/app/logger.js";
import { reportCsvColumns } from "../../src/content/class-strings.js";
import { loadCoursePack } from "../../src/content/index.js";
import { ManualClock } from "../../src/domain/clock.js";
import { GuildSettingsRepository } from "../../src/domain/guildSettings.js";
import { KeyedLock } from "../../src/domain/locks.js";
import { QuizService } from "../../src/domain/quiz/quizService.js";
import { itemsPerQuestion } from "../../src/domain/report/chartData.js";
import { buildReport, guildProfileChunks } from "../../src/domain/report/classReport.js";
import { summarizeClass } from "../../src/domain/report/classSummary.js";
import { csvAttachment, reportCsv } from "../../src/domain/report/reportCsv.js";
import { Stores } from "../../src/store/store.js";
import { seedScoredGuild } from "./seed.js";

const MEMBERS = Number(process.env.BENCH_REPORT_MEMBERS ?? 100_000);
const RUNS = Number(process.env.BENCH_REPORT_RUNS ?? 3);
const GUILD = "1400000000000000001";
const TODAY = "2026-03-12";

interface RunResult {
  readonly ms: number;
  readonly maxDelayMs: number;
  readonly steps: Record<string, number>;
  readonly floorMs: number;
  readonly floorDelayMs: number;
  readonly load: number;
  readonly csvBytes: number;
  readonly sentBytes: number;
  readonly zipped: boolean;
}

/** The steps of `/rapport`'s execute (src/commands/rapport.ts), in its order, minus the Discord calls. */
async function rapport(
  stores: Stores,
  quiz: QuizService,
  settings: GuildSettingsRepository,
): Promise<Omit<RunResult, "floorMs" | "floorDelayMs" | "load">> {
  const delay = monitorEventLoopDelay({ resolution: 5 });
  delay.enable();
  const started = performance.now();
  const steps: Record<string, number> = {};
  let last = started;
  const step = (name: string) => {
    const now = performance.now();
    steps[name] = now - last;
    last = now;
  };
  const { season } = await settings.get(GUILD);
  const [stats, board, summary] = await Promise.all([
    quiz.stats.read(GUILD),
    quiz.leaderboard(GUILD),
    summarizeClass({
      profiles: guildProfileChunks(stores.namespace("quiz"), GUILD, season),
      mastery: (profile) => quiz.mastery(profile),
      questions: [...new Set(quiz.bank.map((item) => item.question))],
      itemsPerQuestion: itemsPerQuestion(quiz.bank),
      today: TODAY,
    }),
  ]);
  step("profiles read and summarized");
  buildReport({ stats, board, summary, item: (id) => quiz.item(id) });
  step("report");
  const csv = await reportCsv({ summary, headers: reportCsvColumns });
  step("CSV (sort, ranks, text)");
  const sent = await csvAttachment(csv, `rapport-reso-${TODAY}.csv`);
  step("ZIP");
  await quiz.stats.add(GUILD, { kind: "mastery", mastered: summary.mastered });
  await quiz.stats.read(GUILD);
  step("mastered counts stored");
  const ms = performance.now() - started;
  delay.disable();
  return {
    ms,
    maxDelayMs: delay.max / 1e6,
    steps,
    csvBytes: csv.length,
    sentBytes: sent?.data.length ?? 0,
    zipped: sent?.zipped ?? false,
  };
}

/** The floor: the guild's profile rows read by the same SQL, a page of 1,000 at a time, and parsed. Nothing kept. */
async function floor(stores: Stores): Promise<number> {
  const adapter = stores.namespace("quiz").store as {
    query(sql: string, parameters: unknown[]): Promise<{ key: string; value: string }[]>;
    opts: { table: string };
  };
  const from = `quiz:${QuizService.profileKey(GUILD, "")}`;
  const until = `${from.slice(0, -1)};`;
  const sql = `SELECT key, value FROM "${adapter.opts.table}" WHERE key > ? AND key < ? ORDER BY key LIMIT 1000`;
  const started = performance.now();
  let points = 0;
  for (let after = from; ; ) {
    const rows = await adapter.query(sql, [after, until]);
    for (const row of rows) points += (JSON.parse(row.value) as { value: { points: number } }).value.points;
    const lastRow = rows.at(-1);
    if (!lastRow || rows.length < 1000) break;
    after = lastRow.key;
  }
  if (points < 0) throw new Error("unreachable: keeps the parse from being optimized away");
  return performance.now() - started;
}

/** The event loop's longest delay over `ms` of arithmetic in 5 ms slices, a turn given between them. */
async function delayFloor(ms: number): Promise<number> {
  const delay = monitorEventLoopDelay({ resolution: 5 });
  delay.enable();
  let sum = 0;
  for (const end = performance.now() + ms; performance.now() < end; ) {
    for (const stop = performance.now() + 5; performance.now() < stop; ) sum += Math.sqrt(sum + 1);
    await setImmediate();
  }
  delay.disable();
  if (sum < 0) throw new Error("unreachable: keeps the loop from being optimized away");
  return delay.max / 1e6;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const seconds = (ms: number) => (ms / 1000).toFixed(2);

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), "reso-bench-rapport-"));
  try {
    const databaseUrl = `sqlite://${join(dir, "reso.sqlite")}`;
    const seed = await seedScoredGuild({ databaseUrl, guildId: GUILD, count: MEMBERS });
    console.log(`seeded ${MEMBERS.toLocaleString("en")} profiles in ${(seed.ms / 1000).toFixed(1)} s`);
    const stores = await Stores.open(databaseUrl, createLogger({ level: "warn" }));
    const settings = new GuildSettingsRepository(stores.namespace("settings"), new KeyedLock());
    const quiz = new QuizService({
      store: stores.namespace("quiz"),
      clock: new ManualClock("2026-03-12T17:00:00Z"),
      locks: new KeyedLock(),
      bank: loadCoursePack().quiz,
      settingsOf: (guildId) => settings.get(guildId),
    });
    const runs: RunResult[] = [];
    for (let run = 0; run < RUNS; run++) {
      const floorDelayMs = await delayFloor(3000);
      const floorMs = await floor(stores);
      const result = { ...(await rapport(stores, quiz, settings)), floorMs, floorDelayMs, load: loadavg()[0] ?? 0 };
      runs.push(result);
      console.log(
        `run ${run + 1}: ${seconds(result.ms)} s (floor ${seconds(floorMs)} s, ${(result.ms / floorMs).toFixed(2)}×), ` +
          `event loop delay max ${result.maxDelayMs.toFixed(1)} ms (floor ${result.floorDelayMs.toFixed(1)} ms), load average ${result.load.toFixed(2)}, ` +
          `CSV ${(result.csvBytes / 2 ** 20).toFixed(2)} MiB, sent ${(result.sentBytes / 2 ** 20).toFixed(2)} MiB` +
          `${result.zipped ? " (zip)" : ""}`,
      );
      console.log(
        `  ${Object.entries(result.steps)
          .map(([name, ms]) => `${name} ${seconds(ms)} s`)
          .join(", ")}`,
      );
    }
    console.log(
      `median of ${RUNS}: ${seconds(median(runs.map((run) => run.ms)))} s, ` +
        `floor ${seconds(median(runs.map((run) => run.floorMs)))} s, ` +
        `ratio ${median(runs.map((run) => run.ms / run.floorMs)).toFixed(2)}×, ` +
        `event loop delay max ${median(runs.map((run) => run.maxDelayMs)).toFixed(1)} ms ` +
        `(floor ${median(runs.map((run) => run.floorDelayMs)).toFixed(1)} ms), ` +
        `load average ${median(runs.map((run) => run.load)).toFixed(2)} (${MEMBERS.toLocaleString("en")} members)`,
    );
    await stores.close();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
