/**
 * `npx tsx scripts/bench/answerPath.ts [dist …]`: the CPU of Réso's own part of an answer, without Discord, for one
 * build or several compared in turn (each a `tsc` output folder: `dist`, or a private build of another version).
 * What `npm run bench` cannot isolate on a busy machine: its CPU per answer includes discord.js, and its latencies
 * the machine's other work. Here, in one process per build, on SQLite in a temporary folder: 300 members answer
 * sessions of 20 items (70 % right), 16 answers in flight at a time, each followed by its result view; the CPU time
 * of the process (all threads: the checkpoints of SQLite's log run in a worker thread) over the answers, and the store's reads and writes,
 * divided by the answers. Three runs per build, interleaved; the medians are printed.
 */
import { spawnSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const MEMBERS = 300;
const SESSIONS_PER_MEMBER = 3;
const SESSION_SIZE = 20;
const IN_FLIGHT = 16;
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const GUILD = "1310000000000000100";

interface RunResult {
  readonly cpuMsPerAnswer: number;
  readonly readsPerAnswer: number;
  readonly writesPerAnswer: number;
  readonly answers: number;
}

/** One run in this process, with the modules of `dist`: the measured part. */
async function run(dist: string): Promise<RunResult> {
  const from = (path: string) => import(join(resolve(dist), path));
  const { Stores } = await from("store/store.js");
  const { QuizService } = await from("domain/quiz/quizService.js");
  const { KeyedLock } = await from("domain/locks.js");
  const { systemClock } = await from("domain/clock.js");
  const { loadCoursePack } = await from("content/index.js");
  const { catalogOf } = await from("discord/catalog.js");
  const { resultView } = await from("discord/views/quiz.js");
  const { quizStrings } = await from("content/quiz-strings.js");
  const { createLogger } = await from("app/logger.js");
  const { disableValidators } = await import("discord.js");
  disableValidators();
  const pack = loadCoursePack();
  const catalog = catalogOf(pack);
  const strings = quizStrings.fr;
  const dir = await mkdtemp(join(tmpdir(), "reso-answer-path-"));
  const stores = await Stores.open(`sqlite://${join(dir, "reso.sqlite")}`, createLogger({ level: "warn" }));
  const store = stores.namespace("quiz");
  const counts = { reads: 0, writes: 0 };
  const get = store.get.bind(store);
  const set = store.set.bind(store);
  store.get = (...args: Parameters<typeof get>) => {
    counts.reads += 1;
    return get(...args);
  };
  store.set = (...args: Parameters<typeof set>) => {
    counts.writes += 1;
    return set(...args);
  };
  const quiz = new QuizService({
    store,
    clock: systemClock,
    locks: new KeyedLock(),
    bank: pack.quiz,
    settingsOf: async () => ({ timeZone: "Europe/Paris", season: 0 }),
  });
  const byId = new Map(pack.quiz.map((item: { id: string }) => [item.id, item]));
  const jobs: { userId: string; sessionId: string; position: number; itemId: string }[] = [];
  for (let member = 0; member < MEMBERS; member++) {
    const userId = `1320000000000${String(member).padStart(6, "0")}`;
    for (let index = 0; index < SESSIONS_PER_MEMBER; index++) {
      const session = await quiz.startSession({
        guildId: GUILD,
        userId,
        name: userId,
        question: null,
        count: SESSION_SIZE,
      });
      session.itemIds.forEach((itemId: string, position: number) => {
        jobs.push({ userId, sessionId: session.id, position, itemId });
      });
    }
  }
  // Members answer in turn, one item at a time each, as in a class: position by position.
  jobs.sort((a, b) => a.position - b.position);
  await quiz.settled?.();
  const before = { ...counts };
  const started = process.cpuUsage();
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const job = jobs[next++];
      if (!job) break;
      const item = byId.get(job.itemId) as { correct: string[]; options: { id: string }[] };
      const right = (next * 7919) % 10 < 7;
      const chosen = right ? item.correct : [item.options.find((o) => !item.correct.includes(o.id))?.id ?? "a"];
      const { userId, sessionId, position } = job;
      const outcome = await quiz.answer({ guildId: GUILD, userId, name: userId, sessionId, position, chosen });
      resultView({ ...outcome, position: job.position, duplicate: false, catalog, strings }).embeds[0]?.toJSON();
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  await quiz.settled?.();
  const used = process.cpuUsage(started);
  const answers = jobs.length;
  await stores.close();
  await rm(dir, { recursive: true, force: true });
  return {
    cpuMsPerAnswer: (used.user + used.system) / 1000 / answers,
    readsPerAnswer: (counts.reads - before.reads) / answers,
    writesPerAnswer: (counts.writes - before.writes) / answers,
    answers,
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

if (process.env.ANSWER_PATH_CHILD) {
  process.stdout.write(JSON.stringify(await run(process.env.ANSWER_PATH_CHILD)));
} else {
  const builds = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ["dist"];
  const results = new Map<string, RunResult[]>(builds.map((build) => [build, []]));
  for (let index = 0; index < RUNS; index++) {
    for (const build of builds) {
      // A fresh process per run and build: no JIT or heap shared between versions.
      const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url)], {
        env: { ...process.env, ANSWER_PATH_CHILD: build },
        encoding: "utf8",
      });
      if (child.status !== 0) throw new Error(`${build}: ${child.stderr}`);
      results.get(build)?.push(JSON.parse(child.stdout) as RunResult);
    }
  }
  for (const [build, runs] of results) {
    const cpu = runs.map((r) => r.cpuMsPerAnswer);
    process.stdout.write(
      `${build}: CPU ${median(cpu).toFixed(3)} ms per answer (runs ${cpu.map((v) => v.toFixed(3)).join(", ")}), ` +
        `store reads ${median(runs.map((r) => r.readsPerAnswer)).toFixed(2)} and writes ` +
        `${median(runs.map((r) => r.writesPerAnswer)).toFixed(2)} per answer, ${runs[0]?.answers} answers a run\n`,
    );
  }
}
