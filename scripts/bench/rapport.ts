/**
 * `npm run bench:rapport`: what `/rapport` does with a big class, without Discord: the profiles scanned from a
 * SQLite file through Réso's own Stores, the report built, the CSV written (and zipped when Discord could not
 * carry it), the class's mastery counts and the chart's medians. Wall time and the event loop's longest delay
 * (`perf_hooks.monitorEventLoopDelay`) over the whole of it, three runs, the median printed.
 * BENCH_REPORT_MEMBERS sets the class size (100,000), BENCH_REPORT_RUNS the runs (3).
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { createLogger } from "../../src/app/logger.js";
import { loadCoursePack } from "../../src/content/index.js";
import { ManualClock } from "../../src/domain/clock.js";
import { GuildSettingsRepository } from "../../src/domain/guildSettings.js";
import { KeyedLock } from "../../src/domain/locks.js";
import { QuizService } from "../../src/domain/quiz/quizService.js";
import { masteredCounts, masteryMedians } from "../../src/domain/report/chartData.js";
import {
  buildReport,
  csvAttachment,
  guildProfiles,
  masteryOnce,
  reportCsv,
} from "../../src/domain/report/classReport.js";
import { Stores } from "../../src/store/store.js";
import { seedScoredGuild } from "./seed.js";

const MEMBERS = Number(process.env.BENCH_REPORT_MEMBERS ?? 100_000);
const RUNS = Number(process.env.BENCH_REPORT_RUNS ?? 3);
const GUILD = "1400000000000000001";

interface RunResult {
  readonly ms: number;
  readonly maxDelayMs: number;
  readonly csvBytes: number;
  readonly sentBytes: number;
  readonly zipped: boolean;
}

/** The steps of `/rapport`'s execute (src/commands/rapport.ts), in its order, minus the Discord calls. */
async function rapport(stores: Stores, quiz: QuizService, settings: GuildSettingsRepository): Promise<RunResult> {
  const delay = monitorEventLoopDelay({ resolution: 5 });
  delay.enable();
  const started = performance.now();
  const pack = quiz.bank;
  const { season } = await settings.get(GUILD);
  const [stats, board, profiles] = await Promise.all([
    quiz.stats.read(GUILD),
    quiz.leaderboard(GUILD),
    guildProfiles(stores.namespace("quiz"), GUILD, season),
  ]);
  const questions = [...new Set(pack.map((item) => item.question))];
  const mastery = await masteryOnce(profiles, (profile) => quiz.mastery(profile));
  const report = buildReport({ stats, board, profiles, item: (id) => quiz.item(id), mastery, questions });
  const csv = await reportCsv({ profiles, today: "2026-03-12", mastery, questions });
  const sent = await csvAttachment(csv, "rapport-reso-2026-03-12.csv");
  masteredCounts(profiles, quiz.bank);
  masteryMedians(profiles, mastery, [...report.mastery.keys()]);
  const ms = performance.now() - started;
  delay.disable();
  return {
    ms,
    maxDelayMs: delay.max / 1e6,
    csvBytes: csv.length,
    sentBytes: sent?.data.length ?? 0,
    zipped: sent?.zipped ?? false,
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

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
      const result = await rapport(stores, quiz, settings);
      runs.push(result);
      console.log(
        `run ${run + 1}: ${(result.ms / 1000).toFixed(2)} s, event loop delay max ${result.maxDelayMs.toFixed(1)} ms, ` +
          `CSV ${(result.csvBytes / 2 ** 20).toFixed(2)} MiB, sent ${(result.sentBytes / 2 ** 20).toFixed(2)} MiB` +
          `${result.zipped ? " (zip)" : ""}`,
      );
    }
    console.log(
      `median of ${RUNS}: ${(median(runs.map((run) => run.ms)) / 1000).toFixed(2)} s, ` +
        `event loop delay max ${median(runs.map((run) => run.maxDelayMs)).toFixed(1)} ms (${MEMBERS.toLocaleString("en")} members)`,
    );
    await stores.close();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
