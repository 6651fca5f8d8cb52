import { KeyvSqlite } from "@keyv/sqlite";
import Keyv, { type KeyvStoreAdapter } from "keyv";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ManualClock } from "../../src/domain/clock.js";
import { KeyedLock } from "../../src/domain/locks.js";
import { profilesByGuild, rebuildBoard, sameBoard } from "../../src/domain/quiz/boardRepair.js";
import { applyChanges, emptyBoard, memberCount } from "../../src/domain/quiz/leaderboard.js";
import { QuizService } from "../../src/domain/quiz/quizService.js";
import { guarded, isStoreUnavailable, SERVER_STORE_TIMEOUT_MS, StoreUnavailableError } from "../../src/store/store.js";
import { quizBank } from "../pack.js";

const GUILD = "1310000000000000100";
const LEA = "1310000000000000402";
const HUGO = "1310000000000000403";

/**
 * A real SQLite adapter (in memory) whose writes of matching keys fail while `failing` says so: the store
 * going away in the middle of an answer, between two of its writes.
 */
function flakyStore() {
  const sqlite = new KeyvSqlite({ uri: "sqlite://:memory:" });
  const control = { failing: (_key: string) => false, failures: 0 };
  const flaky = new Proxy(sqlite, {
    get(target, property, receiver) {
      if (property === "set") {
        return async (key: string, value: unknown) => {
          if (control.failing(key)) throw new Error("SQLITE_IOERR: disk I/O error");
          return target.set(key, value);
        };
      }
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === "function" ? value.bind(target) : value;
    },
  }) as unknown as KeyvStoreAdapter;
  const store = new Keyv({
    store: guarded(flaky, "sqlite", () => {
      control.failures += 1;
    }),
    namespace: "quiz",
    useKeyPrefix: true,
    throwOnErrors: true,
  });
  store.on("error", () => {});
  const quiz = new QuizService({
    store,
    clock: new ManualClock("2026-03-10T18:00:00Z"),
    locks: new KeyedLock(),
    bank: quizBank,
    settingsOf: async () => ({ timeZone: "Europe/Paris", season: 0 }),
    random: () => 0.42,
  });
  return { store, quiz, control, close: () => sqlite.disconnect() };
}

async function rightAnswer(quiz: QuizService, userId: string, sessionId: string) {
  const session = await quiz.session(GUILD, userId, sessionId);
  const item = quiz.item(session?.itemIds[0] ?? "");
  if (!item) throw new Error("no item");
  return quiz.answer({ guildId: GUILD, userId, name: userId, sessionId, position: 0, chosen: [...item.correct] });
}

async function newSession(quiz: QuizService, userId: string): Promise<string> {
  const session = await quiz.startSession({ guildId: GUILD, userId, name: userId, question: 2, count: 1 });
  if (!session) throw new Error("no session");
  return session.id;
}

afterEach(() => {
  vi.useRealTimers();
});

describe("store failures", () => {
  it("GIVEN an adapter that throws THEN Keyv rethrows a StoreUnavailableError, found through any cause chain", async () => {
    const { store, control, close } = flakyStore();
    control.failing = () => true;
    const error = await store.set("profile:x", 1).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect((error as Error).message).toBe("store sqlite set failed: SQLITE_IOERR: disk I/O error");
    expect(isStoreUnavailable(new Error("board write", { cause: error }))).toBe(true);
    expect(isStoreUnavailable(new Error("something else"))).toBe(false);
    await close();
  });

  it("GIVEN a Redis or PostgreSQL operation with no answer THEN it fails after the timeout instead of hanging", async () => {
    vi.useFakeTimers();
    const silent: KeyvStoreAdapter = {
      get: () => new Promise(() => {}),
      set: () => new Promise(() => {}),
      delete: async () => true,
      clear: async () => {},
      on: () => silent,
      opts: {},
      namespace: undefined,
    } as unknown as KeyvStoreAdapter;
    const pending = guarded(silent, "redis").get("profile:x");
    const outcome = expect(pending).rejects.toThrow(/store redis get failed: no answer within 10000 ms/);
    await vi.advanceTimersByTimeAsync(SERVER_STORE_TIMEOUT_MS);
    await outcome;
  });

  it("GIVEN the profile write failing THEN the answer fails and nothing is counted; the retry counts once", async () => {
    const { quiz, control, close } = flakyStore();
    const sessionId = await newSession(quiz, LEA);
    control.failing = (key) => key.includes("profile:");
    await expect(rightAnswer(quiz, LEA, sessionId)).rejects.toBeInstanceOf(StoreUnavailableError);
    control.failing = () => false;
    expect((await quiz.profile(GUILD, LEA))?.points).toBe(0);
    expect(memberCount(await quiz.leaderboard(GUILD))).toBe(0);

    expect((await rightAnswer(quiz, LEA, sessionId)).status).toBe("recorded");
    expect((await quiz.profile(GUILD, LEA))?.points).toBe(10);
    expect(memberCount(await quiz.leaderboard(GUILD))).toBe(1);
    await close();
  });

  it("GIVEN the leaderboard write failing after the profile's THEN the answer stands, the retry is not counted twice, and a rebuild from the profiles repairs the board", async () => {
    const { store, quiz, control, close } = flakyStore();
    const hugoSession = await newSession(quiz, HUGO);
    await rightAnswer(quiz, HUGO, hugoSession);
    await quiz.settled();
    const leaSession = await newSession(quiz, LEA);
    control.failing = (key) => key.includes("board:");
    // The leaderboard follows the profile's write after the reply: the answer is stored and shown.
    expect((await rightAnswer(quiz, LEA, leaSession)).status).toBe("recorded");
    await quiz.settled();
    control.failing = () => false;
    // Counted as a store failure: the run's mark stays, and the next start rebuilds the board (src/app/recovery.ts).
    expect(control.failures).toBe(1);

    // The answer is in the profile (the truth), once: a retry says so.
    expect((await quiz.profile(GUILD, LEA))?.points).toBe(10);
    expect((await rightAnswer(quiz, LEA, leaSession)).status).toBe("duplicate");
    expect((await quiz.profile(GUILD, LEA))?.points).toBe(10);
    // The board missed Léa's change: what the start-up after an unclean stop repairs.
    const stale = await quiz.leaderboard(GUILD);
    expect(memberCount(stale)).toBe(1);

    const profiles = (await profilesByGuild(store, (guildId) => guildId === GUILD)).get(GUILD);
    expect([...(profiles?.keys() ?? [])].sort()).toEqual([HUGO, LEA].sort());
    const rebuilt = rebuildBoard(profiles ?? new Map(), 0, stale, Date.parse("2026-03-10T19:00:00Z"));
    expect(sameBoard(stale, rebuilt)).toBe(false);
    expect(memberCount(rebuilt)).toBe(2);
    expect(rebuilt.top.map((entry) => [entry.userId, entry.points])).toEqual([
      [HUGO, 10],
      [LEA, 10],
    ]);
    // Hugo keeps the time he reached his points (ties keep their order); Léa's is the repair's.
    expect(rebuilt.top[0]?.at).toBe(stale.top[0]?.at);
    await quiz.board.replace(GUILD, rebuilt);
    expect(sameBoard(await quiz.leaderboard(GUILD), rebuilt)).toBe(true);
    await close();
  });

  it("GIVEN profiles of another guild, an earlier term or no points THEN the rebuild leaves them out", () => {
    const profile = (points: number, season?: number) => ({
      name: "x",
      points,
      answered: 1,
      correct: 1,
      streak: { current: 0, best: 0, lastDay: null },
      items: {},
      sessions: {},
      ...(season === undefined ? {} : { season }),
    });
    const profiles = new Map([
      [LEA, profile(20, 1)],
      [HUGO, profile(30, 0)],
      ["1310000000000000404", profile(0, 1)],
    ]);
    const board = rebuildBoard(profiles as never, 1, emptyBoard, 5);
    expect(board.top.map((entry) => entry.userId)).toEqual([LEA]);
    const same = applyChanges(emptyBoard, [{ userId: LEA, name: "x", from: 0, to: 20, at: 1 }]);
    expect(sameBoard(board, same)).toBe(true);
  });
});
