import Keyv from "keyv";
import { describe, expect, it } from "vitest";
import { ManualClock } from "../../src/domain/clock.js";
import { KeyedLock } from "../../src/domain/locks.js";
import { BoardWriter } from "../../src/domain/quiz/boardWriter.js";
import { memberCount } from "../../src/domain/quiz/leaderboard.js";
import { profileCache } from "../../src/domain/quiz/profileCache.js";
import { type Profile, QuizService } from "../../src/domain/quiz/quizService.js";
import { WriteThroughCache } from "../../src/domain/writeThroughCache.js";
import { quizBank } from "../pack.js";

const GUILD = "1310000000000000100";
const OTHER_GUILD = "1310000000000000200";

/** A Keyv in memory that records the reads reaching it and the writes landed, and can hold its writes back or fail them. */
function countingStore() {
  const keyv = new Keyv({ throwOnErrors: true });
  keyv.on("error", () => {});
  const reads: string[] = [];
  const writes: string[] = [];
  const control = { stall: undefined as Promise<void> | undefined, fail: false };
  const get = keyv.get.bind(keyv);
  const set = keyv.set.bind(keyv);
  keyv.get = ((key: string) => {
    reads.push(key);
    return get(key);
  }) as typeof keyv.get;
  keyv.set = (async (key: string, value: unknown) => {
    // A write takes a turn of the event loop, as a real store's does; it counts once it lands.
    await new Promise((resolve) => setImmediate(resolve));
    if (control.stall) await control.stall;
    writes.push(key);
    if (control.fail) throw new Error("disk I/O error");
    return set(key, value);
  }) as typeof keyv.set;
  const counts = () => ({ reads: reads.length, writes: writes.length });
  return { keyv, reads, writes, control, counts };
}

function service(store: Keyv, settings = { timeZone: "Europe/Paris", season: 0 }) {
  return new QuizService({
    store,
    clock: new ManualClock("2026-03-10T18:00:00Z"),
    locks: new KeyedLock(),
    bank: quizBank,
    settingsOf: async () => settings,
    startNewSeason: async () => {
      settings.season += 1;
    },
    random: () => 0.42,
  });
}

async function answerNext(quiz: QuizService, userId: string, sessionId: string, position: number, guildId = GUILD) {
  const session = await quiz.session(guildId, userId, sessionId);
  const item = quiz.item(session?.itemIds[position] ?? "");
  if (!item) throw new Error("no item");
  return quiz.answer({ guildId, userId, name: userId, sessionId, position, chosen: [...item.correct] });
}

async function newSession(quiz: QuizService, userId: string, guildId = GUILD): Promise<string> {
  const session = await quiz.startSession({ guildId, userId, name: userId, question: null, count: 5 });
  if (!session) throw new Error("no session");
  return session.id;
}

describe("the answer path", () => {
  it("GIVEN a member answering THEN each answer reads nothing from the store and writes it once before it returns", async () => {
    const { keyv, reads, writes, counts } = countingStore();
    const quiz = service(keyv);
    const sessionId = await newSession(quiz, "lea");
    expect(reads).toEqual([QuizService.profileKey(GUILD, "lea")]); // the one read: the member was unknown
    await answerNext(quiz, "lea", sessionId, 0);
    await quiz.settled();

    for (let position = 1; position < 5; position++) {
      const before = counts();
      const outcome = await answerNext(quiz, "lea", sessionId, position);
      expect(outcome.status).toBe("recorded");
      // Before the result is shown: the profile, once; no read (the session's item came from memory too).
      expect(counts()).toEqual({ reads: before.reads, writes: before.writes + 1 });
      expect(writes.at(-1)).toBe(QuizService.profileKey(GUILD, "lea"));
      // After it: the leaderboard and the class statistics, one write each, still no read.
      await quiz.settled();
      expect(counts()).toEqual({ reads: before.reads, writes: before.writes + 3 });
    }
    expect((await quiz.profile(GUILD, "lea"))?.points).toBe(50);
    expect((await keyv.get(QuizService.profileKey(GUILD, "lea"))) as Profile).toMatchObject({ points: 50 });
  });

  it("GIVEN many answers at once THEN the leaderboard and statistics writes are coalesced, and read back exact", async () => {
    const { keyv, writes } = countingStore();
    const quiz = service(keyv);
    const members = Array.from({ length: 20 }, (_, index) => `m${index}`);
    const sessions = await Promise.all(members.map((member) => newSession(quiz, member)));
    await quiz.settled();
    const before = writes.length;
    await Promise.all(members.map((member, index) => answerNext(quiz, member, sessions[index] ?? "", 0)));
    // Read right after the answers: the leaderboard waits for the changes queued before it.
    const board = await quiz.leaderboard(GUILD);
    expect(memberCount(board)).toBe(20);
    expect((await quiz.stats.read(GUILD)).answers).toBe(20);
    const aggregateWrites = writes.slice(before).filter((key) => !key.startsWith("profile:"));
    expect(aggregateWrites.length).toBeLessThan(10);
    expect(await keyv.get(BoardWriter.key(GUILD))).toEqual(board);
  });

  it("GIVEN the profile's write failing THEN the answer fails, memory is not ahead of the store, and a retry counts once", async () => {
    const { keyv, control } = countingStore();
    const quiz = service(keyv);
    const sessionId = await newSession(quiz, "lea");
    control.fail = true;
    await expect(answerNext(quiz, "lea", sessionId, 0)).rejects.toThrow("disk I/O error");
    control.fail = false;
    expect((await quiz.profile(GUILD, "lea"))?.answered).toBe(0);
    expect((await answerNext(quiz, "lea", sessionId, 0)).status).toBe("recorded");
    expect((await answerNext(quiz, "lea", sessionId, 0)).status).toBe("duplicate");
    await quiz.settled();
    expect(memberCount(await quiz.leaderboard(GUILD))).toBe(1);
  });

  it("GIVEN a member erased THEN the profile is gone from memory and store, and a new answer starts from nothing", async () => {
    const { keyv } = countingStore();
    const quiz = service(keyv);
    const sessionId = await newSession(quiz, "lea");
    await answerNext(quiz, "lea", sessionId, 0);
    await quiz.forgetMember(GUILD, "lea");
    expect(await quiz.profile(GUILD, "lea")).toBeUndefined();
    expect(await keyv.get(QuizService.profileKey(GUILD, "lea"))).toBeUndefined();
    const late = { guildId: GUILD, userId: "lea", name: "lea", sessionId, position: 1, chosen: ["a"] };
    expect((await quiz.answer(late)).status).toBe("expired");
    expect(memberCount(await quiz.leaderboard(GUILD))).toBe(0);
  });

  it("GIVEN a leaderboard reset THEN the kept profiles count from zero in the new term, learning kept", async () => {
    const { keyv } = countingStore();
    const quiz = service(keyv);
    const sessionId = await newSession(quiz, "lea");
    await answerNext(quiz, "lea", sessionId, 0);
    await quiz.resetLeaderboard(GUILD);
    const profile = await quiz.profile(GUILD, "lea");
    expect(profile?.points).toBe(0);
    expect(Object.keys(profile?.items ?? {})).toHaveLength(1);
    await answerNext(quiz, "lea", sessionId, 1);
    expect((await quiz.profile(GUILD, "lea"))?.points).toBe(10);
    expect((await quiz.leaderboard(GUILD)).top.map((entry) => entry.points)).toEqual([10]);
  });

  it("GIVEN a guild leaving the process THEN its profiles are read from the store again, other guilds' are kept", async () => {
    const { keyv, reads } = countingStore();
    const quiz = service(keyv);
    await newSession(quiz, "lea");
    await newSession(quiz, "hugo", OTHER_GUILD);
    // Another process owned the guild meanwhile (a reshard) and wrote its profile.
    const key = QuizService.profileKey(GUILD, "lea");
    await keyv.set(key, { ...((await keyv.get(key)) as Profile), points: 70 });
    quiz.profiles.forgetGuild(GUILD);
    const before = reads.length;
    expect((await quiz.profile(GUILD, "lea"))?.points).toBe(70);
    expect((await quiz.profile(OTHER_GUILD, "hugo"))?.points).toBe(0);
    expect(reads.slice(before)).toEqual([key]);
  });
});

describe("WriteThroughCache", () => {
  const guildOf = (key: string) => key.split(":")[1];
  const cache = (store: Keyv, maxSize = 1_000) =>
    new WriteThroughCache<{ n: number }>(store, { maxSize, sizeOf: () => 100, guildOf });

  it("GIVEN readers at once THEN one store read; a write while a read is in flight wins over it", async () => {
    const { keyv, reads, control } = countingStore();
    await keyv.set("k:g:a", { n: 1 });
    const kept = cache(keyv);
    const [first, second] = await Promise.all([kept.get("k:g:a"), kept.get("k:g:a")]);
    expect([first, second]).toEqual([{ n: 1 }, { n: 1 }]);
    expect(reads).toEqual(["k:g:a"]);

    const other = cache(keyv);
    let release = () => {};
    const reading = other.get("k:g:a");
    control.stall = new Promise((resolve) => {
      release = resolve;
    });
    const writing = other.set("k:g:a", { n: 2 });
    await reading;
    release();
    await writing;
    expect(await other.get("k:g:a")).toEqual({ n: 2 });
  });

  it("GIVEN more than its bound THEN the least recently used are read again, with their right value", async () => {
    const { keyv, reads } = countingStore();
    const kept = cache(keyv, 500);
    for (let index = 0; index < 8; index++) await kept.set(`k:g:${index}`, { n: index });
    expect(kept.size).toBe(5);
    expect(await kept.get("k:g:0")).toEqual({ n: 0 });
    expect(await kept.get("k:g:7")).toEqual({ n: 7 });
    expect(reads).toEqual(["k:g:0"]);
  });

  it("GIVEN an unknown key THEN its absence is remembered: a second read does not reach the store", async () => {
    const { keyv, reads } = countingStore();
    const kept = profileCache(keyv);
    expect(await kept.get("profile:g:nobody")).toBeUndefined();
    expect(await kept.get("profile:g:nobody")).toBeUndefined();
    expect(reads).toEqual(["profile:g:nobody"]);
  });
});
