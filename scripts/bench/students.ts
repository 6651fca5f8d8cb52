/**
 * Simulated students driving quiz sessions on the local Discord server.
 *
 * A step offers answers at a fixed rate, open loop: each answer is scheduled by the clock, whatever the bot's speed,
 * and goes to a free student. A student answers one item at a time and only after seeing the previous result; many
 * students are in flight. Each student keeps a few sessions open side by side, so that a measured window holds only
 * answer clicks: each open session gets one answer per window. Between windows, every answered session's "Suivant"
 * button is pressed (an unmeasured phase; its latency and cost are reported apart), which shows its next item.
 */
import { loadCoursePack } from "../../src/content/index.js";
import type { QuizItem } from "../../src/content/types.js";
import {
  customIds,
  type InteractionHandle,
  type LocalDiscord,
  type MessageState,
} from "../../test/discord-server/index.js";
import { cpuTimeMs, machineBusyMs, threadCpuMs } from "./proc.js";
import { type LatencySummary, summarize } from "./stats.js";

const pack = loadCoursePack();
const quizBank = pack.quiz;

/** Items per session: `/quiz nombre:20`. */
export const SESSION_SIZE = 20;
/** Share of answers the students get right. */
const RIGHT_SHARE = 0.7;
/** Beyond this, an interaction counts as unanswered (Discord itself gives up after 3 s). */
const RESPONSE_TIMEOUT_MS = 10_000;
/** Tries of each `/quiz` that opens a session before a step (not measured). */
const PREPARE_ATTEMPTS = 3;
/** "Suivant" clicks in flight during the phase between windows. */
const NEXT_CONCURRENCY = 32;

const itemsByPrompt = new Map(quizBank.map((item) => [item.prompt, item]));

/** The bank item a quiz message shows, found by its prompt (the first line of the embed, unescaped). */
export function itemOf(message: MessageState): QuizItem | undefined {
  const prompt = (message.embeds[0]?.description ?? "").split("\n")[0]?.replace(/\\([\\*_`~|>#\-[\]().])/g, "$1");
  return itemsByPrompt.get(prompt ?? "");
}

interface SessionCursor {
  /** The session's message: its item at `position`, or that item's result once answered in this window. */
  message: MessageState;
  position: number;
  answered: boolean;
}

interface Student {
  readonly id: string;
  /** Open sessions, oldest first; the first `parallel` are the ones answered in a window. */
  readonly sessions: SessionCursor[];
  /** Sessions still to answer in the current window. */
  todo: SessionCursor[];
}

/** An answer the bot acknowledged: what the store must hold afterwards, exactly once. */
export interface AckedAnswer {
  readonly userId: string;
  readonly sessionId: string;
  readonly position: number;
  readonly right: boolean;
}

export interface StepOutcome {
  readonly rate: number;
  readonly planned: number;
  /** Open sessions answered side by side by each student; a window holds at most students × parallel answers. */
  readonly parallel: number;
  readonly windows: number;
  /** Dispatch of INTERACTION_CREATE to the callback reaching the server, answer clicks only. */
  readonly answers: LatencySummary;
  /** The same for the "Suivant" clicks of the phases between windows (closed loop, 32 in flight). */
  readonly nexts: LatencySummary;
  /** Dispatch time minus scheduled time: how far the load generator fell behind its schedule. */
  readonly scheduleLag: LatencySummary;
  /** Answers acknowledged per second of answer window (first dispatch to last acknowledgement). */
  readonly achievedRate: number;
  /** Seconds of answer windows. */
  readonly windowSeconds: number;
  /** CPU time (ms) of the bot and of this process during the answer windows, and the bot's during "Suivant" phases. */
  readonly botCpuMs: number;
  /** The part of botCpuMs spent on the bot's main thread (the rest: SQLite's checkpoint worker, GC helpers). */
  readonly botMainCpuMs: number;
  readonly benchCpuMs: number;
  /** CPU time of every other process of the machine during the answer windows: noise, when it is not near 0. */
  readonly otherCpuMs: number;
  readonly botNextCpuMs: number;
  readonly errors: readonly string[];
  readonly violations: readonly string[];
}

export class Classroom {
  readonly #students: Student[];
  readonly acked: AckedAnswer[] = [];
  /** Answers whose callback never came or was refused: stored or not, the student saw no result. */
  readonly unacknowledged: string[] = [];
  /** Answers acknowledged so far, warm-up included. */
  answered = 0;
  /** Every rule the bot broke, as the server reported it (schema, late acknowledgement…). */
  readonly violations: string[] = [];

  constructor(
    private readonly discord: LocalDiscord,
    private readonly guildId: string,
    studentIds: readonly string[],
    /** Réso's results are checked one by one (right/wrong as chosen, no duplicate); the floor's are fixed. */
    private readonly checkResults: boolean,
    private readonly botPid: number,
  ) {
    this.#students = studentIds.map((id) => ({ id, sessions: [], todo: [] }));
  }

  get studentCount(): number {
    return this.#students.length;
  }

  /**
   * Opens sessions (`/quiz nombre:20`, not measured) until every student has at least `parallel` of them and
   * `answers` items left to answer in all.
   */
  async prepareSessions(parallel: number, answers: number, concurrency = 32): Promise<number> {
    const jobs: Student[] = [];
    for (const student of this.#students) {
      let open = student.sessions.length;
      let left = student.sessions.reduce((sum, cursor) => sum + SESSION_SIZE - cursor.position, 0);
      while (open < parallel || left < answers) {
        jobs.push(student);
        open += 1;
        left += SESSION_SIZE;
      }
    }
    await pool(jobs, concurrency, async (student) => {
      // Not measured: on a busy machine a bot may miss Discord's 3 s for a `/quiz` (404); it is asked again.
      let call: Awaited<ReturnType<InteractionHandle["response"]>> | undefined;
      let message: MessageState | undefined;
      for (let attempt = 1; attempt <= PREPARE_ATTEMPTS && !(call && call.status < 300 && message); attempt++) {
        const handle = await this.discord.sendCommand({
          name: "quiz",
          guildId: this.guildId,
          userId: student.id,
          options: [{ name: "nombre", value: SESSION_SIZE }],
        });
        call = await handle.response(RESPONSE_TIMEOUT_MS);
        message = handle.message();
      }
      if (!call || call.status >= 300 || !message) throw new Error(`/quiz failed for ${student.id}: ${call?.status}`);
      if (this.checkResults && message.embeds[0]?.title !== `Question 1/${SESSION_SIZE}`) {
        throw new Error(`/quiz gave an unexpected first message: ${JSON.stringify(message.embeds[0]?.title)}`);
      }
      student.sessions.push({ message, position: 0, answered: false });
    });
    this.#collect();
    return jobs.length;
  }

  /**
   * Moves the server's violations into `violations` and lets it forget what it recorded: a run of tens of
   * thousands of interactions would otherwise keep every payload, and the server's GC pauses would show up in
   * the latencies of both bots. Called only between phases, when no interaction is in flight.
   */
  #collect(): number {
    const fresh = this.discord.violations.map((v) => `${v.kind} ${v.method} ${v.route}: ${v.reason}`);
    this.violations.push(...fresh);
    this.discord.clearRecords();
    this.discord.forgetSettledInteractions();
    return fresh.length;
  }

  /** `planned` answers at `rate` per second, in windows of at most students × `parallel` answers. */
  async runStep(rate: number, planned: number, parallel: number): Promise<StepOutcome> {
    const samples = { answers: [] as number[], nexts: [] as number[], lags: [] as number[], errors: [] as string[] };
    let issued = 0;
    let windows = 0;
    let windowMs = 0;
    let botCpuMs = 0;
    let benchCpuMs = 0;
    let botNextCpuMs = 0;
    let botMainCpuMs = 0;
    let machineCpuMs = 0;
    const violationsBefore = this.violations.length;
    while (issued < planned) {
      for (const student of this.#students) student.todo = student.sessions.slice(0, parallel);
      const capacity = this.#students.reduce((sum, student) => sum + student.todo.length, 0);
      const count = Math.min(capacity, planned - issued);
      if (count === 0) throw new Error("no open session left: prepareSessions() opened too few");
      const cpuBefore = threadCpuMs(this.botPid);
      const benchBefore = process.cpuUsage();
      const machineBefore = machineBusyMs();
      const window = await this.#window(rate, count, samples);
      const cpuAfter = threadCpuMs(this.botPid);
      botCpuMs += cpuAfter.main + cpuAfter.others - cpuBefore.main - cpuBefore.others;
      botMainCpuMs += cpuAfter.main - cpuBefore.main;
      const bench = process.cpuUsage(benchBefore);
      benchCpuMs += (bench.user + bench.system) / 1000;
      machineCpuMs += machineBusyMs() - machineBefore;
      windowMs += window.durationMs;
      issued += count;
      windows += 1;
      const nextBefore = cpuTimeMs(this.botPid);
      await this.#pressNext(samples);
      botNextCpuMs += cpuTimeMs(this.botPid) - nextBefore;
      this.#collect();
    }
    return {
      rate,
      planned,
      parallel,
      windows,
      answers: summarize(samples.answers),
      nexts: summarize(samples.nexts),
      scheduleLag: summarize(samples.lags),
      achievedRate: (samples.answers.length * 1000) / Math.max(1, windowMs),
      windowSeconds: windowMs / 1000,
      botCpuMs,
      botMainCpuMs,
      benchCpuMs,
      otherCpuMs: Math.max(0, machineCpuMs - botCpuMs - benchCpuMs),
      botNextCpuMs,
      errors: samples.errors,
      violations: this.violations.slice(violationsBefore),
    };
  }

  /** One open-loop window: `count` answers scheduled every 1/rate s, each to a free student with a session to answer. */
  async #window(
    rate: number,
    count: number,
    samples: { answers: number[]; lags: number[]; errors: string[] },
  ): Promise<{ durationMs: number }> {
    const ready = shuffle(this.#students.filter((student) => student.todo.length > 0));
    const interval = 1000 / rate;
    const start = performance.now();
    let issued = 0;
    let inFlight = 0;
    let firstDispatch = Number.POSITIVE_INFINITY;
    let lastAck = start;
    let idle: (() => void) | undefined;
    while (issued < count) {
      const due = Math.min(count, Math.floor((performance.now() - start) / interval) + 1);
      while (issued < due) {
        const student = ready.shift();
        if (!student) break;
        const cursor = student.todo.shift() as SessionCursor;
        const scheduledAt = start + issued * interval;
        issued += 1;
        inFlight += 1;
        void this.#answer(student, cursor, scheduledAt, samples)
          .then((dispatchedAt) => {
            firstDispatch = Math.min(firstDispatch, dispatchedAt);
            lastAck = Math.max(lastAck, performance.now());
          })
          .catch((error: unknown) => {
            samples.errors.push(String(error));
            // Unacknowledged: whether or not it was stored, this session is left alone from now on.
            student.sessions.splice(student.sessions.indexOf(cursor), 1);
          })
          .finally(() => {
            if (student.todo.length > 0) ready.push(student);
            inFlight -= 1;
            if (inFlight === 0) idle?.();
          });
      }
      if (issued < count) await sleep(1);
    }
    if (inFlight > 0) await new Promise<void>((resolve) => (idle = resolve));
    return { durationMs: lastAck - Math.min(firstDispatch, lastAck) };
  }

  /** Answers the item a session shows, right or wrong; resolves with the answer's dispatch time. */
  async #answer(
    student: Student,
    cursor: SessionCursor,
    scheduledAt: number,
    samples: { answers: number[]; lags: number[] },
  ): Promise<number> {
    const { message } = cursor;
    const item = itemOf(message);
    const ids = customIds(message);
    const select = ids.find((id) => id.startsWith("quiz:m:"));
    const right = Math.random() < RIGHT_SHARE;
    const wrong = item?.options.find((option) => !item.correct.includes(option.id))?.id ?? "";
    let handle: InteractionHandle;
    let answerId: string;
    if (select) {
      if (!item) throw new Error("a select menu on an unknown item");
      answerId = select;
      handle = await this.discord.selectMenu({
        customId: select,
        values: right ? [...item.correct] : [wrong],
        message,
        userId: student.id,
      });
    } else {
      const choice = item ? (right ? item.correct[0] : wrong) : undefined;
      const button = ids.find((id) => id.startsWith("quiz:a:") && (choice === undefined || id.endsWith(`:${choice}`)));
      if (!button) throw new Error(`no answer button for ${String(choice)} in ${ids.join(", ")}`);
      answerId = button;
      handle = await this.discord.clickButton({ customId: button, message, userId: student.id });
    }
    const dispatchedAt = performance.now();
    samples.lags.push(dispatchedAt - scheduledAt);
    const [, , sessionId = "", position = ""] = answerId.split(":");
    const where = `${student.id}:${sessionId}:${position}`;

    const call = await handle.response(RESPONSE_TIMEOUT_MS).catch(() => undefined);
    if (!call || call.status >= 300) {
      this.unacknowledged.push(where);
      throw new Error(`answer ${where}: ${call ? `callback refused (${call.status})` : "no callback"}`);
    }
    samples.answers.push(call.receivedAt - dispatchedAt);
    this.answered += 1;
    const result = handle.message();
    if (!result) throw new Error(`answer ${where}: no result message`);
    if (this.checkResults) {
      const title = result.embeds[0]?.title;
      const expected = right ? "✅ Bonne réponse !" : "❌ Pas tout à fait.";
      if (Number(position) !== cursor.position)
        throw new Error(`answer ${where}: expected position ${cursor.position}`);
      if (title !== expected || result.content) {
        throw new Error(`answer ${where}: got ${JSON.stringify(title)} ${JSON.stringify(result.content)}`);
      }
      this.acked.push({ userId: student.id, sessionId, position: Number(position), right });
    }
    cursor.message = result;
    cursor.answered = true;
    return dispatchedAt;
  }

  /** Between windows: "Suivant" on every answered session (a finished session is closed instead). */
  async #pressNext(samples: { nexts: number[]; errors: string[] }): Promise<void> {
    const jobs: { student: Student; cursor: SessionCursor }[] = [];
    for (const student of this.#students) {
      for (const cursor of student.sessions) {
        if (!cursor.answered) continue;
        cursor.answered = false;
        cursor.position += 1;
        if (cursor.position < SESSION_SIZE) jobs.push({ student, cursor });
      }
      const open = student.sessions.filter((cursor) => cursor.position < SESSION_SIZE);
      student.sessions.splice(0, student.sessions.length, ...open);
    }
    await pool(jobs, NEXT_CONCURRENCY, async ({ student, cursor }) => {
      const next = customIds(cursor.message).find((id) => id.startsWith("quiz:show:"));
      if (!next) throw new Error(`no "Suivant" button for ${student.id}`);
      const handle = await this.discord.clickButton({ customId: next, message: cursor.message, userId: student.id });
      const dispatchedAt = performance.now();
      const call = await handle.response(RESPONSE_TIMEOUT_MS);
      const shown = handle.message();
      if (call.status >= 300 || !shown) {
        samples.errors.push(`"Suivant" ${next} for ${student.id}: callback refused (${call.status})`);
        student.sessions.splice(student.sessions.indexOf(cursor), 1);
        return;
      }
      samples.nexts.push(call.receivedAt - dispatchedAt);
      cursor.message = shown;
    });
  }
}

async function pool<T>(jobs: readonly T[], concurrency: number, work: (job: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const job = jobs[next++] as T;
      await work(job);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, jobs.length) }, worker));
}

function shuffle<T>(list: T[]): T[] {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [list[i], list[j]] = [list[j] as T, list[i] as T];
  }
  return list;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
