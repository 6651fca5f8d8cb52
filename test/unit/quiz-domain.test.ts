import Keyv from "keyv";
import { describe, expect, it } from "vitest";
import type { QuizItem } from "../../src/content/types.js";
import { ManualClock } from "../../src/domain/clock.js";
import { KeyedLock } from "../../src/domain/locks.js";
import { isRightAnswer, validChoice } from "../../src/domain/quiz/grading.js";
import { applyChanges, emptyBoard, rankedTop, rankOf } from "../../src/domain/quiz/leaderboard.js";
import { daysUntilDue, nextProgress } from "../../src/domain/quiz/leitner.js";
import { migrateItem } from "../../src/domain/quiz/migration.js";
import { QuizService, SESSION_LIFETIME_MS } from "../../src/domain/quiz/quizService.js";
import { selectItems, shuffle } from "../../src/domain/quiz/selection.js";
import { currentStreak, emptyStreak, extendStreak } from "../../src/domain/quiz/streak.js";
import { localDay } from "../../src/domain/time.js";
import { quizBank } from "../pack.js";

const PARIS = "Europe/Paris";
const fixedRandom = () => 0.42;

function service(clock = new ManualClock("2026-03-10T18:00:00Z"), store = new Keyv()) {
  let season = 0;
  return {
    clock,
    store,
    quiz: new QuizService({
      store,
      clock,
      locks: new KeyedLock(),
      bank: quizBank,
      settingsOf: async () => ({ timeZone: PARIS, season }),
      startNewSeason: async () => {
        season += 1;
      },
      random: fixedRandom,
    }),
  };
}

function rightChoice(item: QuizItem): string[] {
  return [...item.correct];
}

function wrongChoice(item: QuizItem): string[] {
  const wrong = item.options.find((option) => !item.correct.includes(option.id));
  if (!wrong) throw new Error(`item ${item.id} has no wrong option`);
  return [wrong.id];
}

describe("Leitner boxes (the released scheduler, kept for migration and the simulation)", () => {
  it("GIVEN right answers THEN climbs one box at a time up to 5; a wrong one sends it back to 1", () => {
    let progress = nextProgress(undefined, true, "2026-01-05");
    expect(progress.box).toBe(2);
    for (let step = 0; step < 6; step += 1) progress = nextProgress(progress, true, "2026-01-05");
    expect(progress.box).toBe(5);
    progress = nextProgress(progress, false, "2026-01-06");
    expect(progress).toMatchObject({ box: 1, lastCorrect: false, attempts: 8, correct: 7 });
  });

  it("GIVEN a box THEN due after its interval (box 1 today, box 2 tomorrow, box 5 in two weeks)", () => {
    expect(
      daysUntilDue({ box: 1, lastDay: "2026-01-05", lastCorrect: false, attempts: 1, correct: 0 }, "2026-01-05"),
    ).toBe(0);
    expect(
      daysUntilDue({ box: 2, lastDay: "2026-01-05", lastCorrect: true, attempts: 1, correct: 1 }, "2026-01-05"),
    ).toBe(1);
    expect(
      daysUntilDue({ box: 5, lastDay: "2026-01-05", lastCorrect: true, attempts: 4, correct: 4 }, "2026-01-10"),
    ).toBe(9);
  });
});

describe("streaks", () => {
  it("GIVEN answers on consecutive local days THEN the streak grows; a gap restarts it; the best stays", () => {
    let streak = extendStreak(emptyStreak, "2026-01-05");
    streak = extendStreak(streak, "2026-01-05");
    streak = extendStreak(streak, "2026-01-06");
    streak = extendStreak(streak, "2026-01-07");
    expect(streak).toEqual({ current: 3, best: 3, lastDay: "2026-01-07" });
    streak = extendStreak(streak, "2026-01-09");
    expect(streak).toEqual({ current: 1, best: 3, lastDay: "2026-01-09" });
    expect(currentStreak(streak, "2026-01-10")).toBe(1);
    expect(currentStreak(streak, "2026-01-11")).toBe(0);
  });

  it("GIVEN answers either side of midnight in Paris (not UTC) THEN they are two days", () => {
    // 23:30 and 00:30 Paris time in winter are 22:30 and 23:30 UTC: one UTC day, two Paris days.
    const before = localDay(new Date("2026-01-05T22:30:00Z"), PARIS);
    const after = localDay(new Date("2026-01-05T23:30:00Z"), PARIS);
    expect([before, after]).toEqual(["2026-01-05", "2026-01-06"]);
    expect(extendStreak(extendStreak(emptyStreak, before), after).current).toBe(2);
  });

  it("GIVEN the spring-forward night (23 h) and the fall-back night (25 h) THEN days still follow each other", () => {
    const spring = [new Date("2026-03-28T21:00:00Z"), new Date("2026-03-29T21:00:00Z")].map((date) =>
      localDay(date, PARIS),
    );
    expect(spring).toEqual(["2026-03-28", "2026-03-29"]);
    const autumn = [
      new Date("2026-10-24T22:30:00Z"),
      new Date("2026-10-25T22:59:00Z"),
      new Date("2026-10-25T23:01:00Z"),
    ].map((date) => localDay(date, PARIS));
    expect(autumn).toEqual(["2026-10-25", "2026-10-25", "2026-10-26"]);
    let streak = emptyStreak;
    for (const day of [...spring, ...autumn]) streak = extendStreak(streak, day);
    expect(streak.current).toBe(2);
  });
});

describe("item selection", () => {
  const bank = quizBank.filter((item) => item.question === 1);
  const at = { now: Date.parse("2026-02-10T18:00:00Z"), timeZone: PARIS };

  it("GIVEN nothing answered THEN new items of the chosen question, no repeats", () => {
    const ids = selectItems({ bank: quizBank, progress: {}, question: 1, count: 5, ...at, random: fixedRandom });
    expect(ids).toHaveLength(5);
    expect(new Set(ids).size).toBe(5);
    for (const id of ids) expect(id.startsWith("q1-")).toBe(true);
  });

  it("GIVEN due items THEN they come first, lowest retrievability first; new and not-due items as the scope says", () => {
    const [missed, due, notDue, stale, ...rest] = bank;
    if (!missed || !due || !notDue || !stale) throw new Error("bank too small");
    const progress = {
      // Due on 02-16 (7 days), recall about 97 % a day after.
      [notDue.id]: migrateItem({ box: 4, lastDay: "2026-02-09", lastCorrect: true, attempts: 3, correct: 3 }),
      // Due on 02-12, recall about 93 % after 5 days: below the one above.
      [stale.id]: migrateItem({ box: 4, lastDay: "2026-02-05", lastCorrect: true, attempts: 3, correct: 3 }),
      // Due on 02-09: overdue, recall 90 % after one day of a 1-day stability.
      [due.id]: migrateItem({ box: 2, lastDay: "2026-02-08", lastCorrect: true, attempts: 1, correct: 1 }),
      // Missed today: due today, but just seen (whole days elapsed: 0), so recall counts 100 %.
      [missed.id]: migrateItem({ box: 1, lastDay: "2026-02-10", lastCorrect: false, attempts: 1, correct: 0 }),
    };
    const input = { bank, progress, question: null, count: bank.length, ...at, random: fixedRandom };
    const fill = selectItems(input);
    expect(fill.slice(0, 2)).toEqual([due.id, missed.id]);
    expect(new Set(fill.slice(2, -2))).toEqual(new Set(rest.map((item) => item.id)));
    // Not due yet: the likeliest forgotten first.
    expect(fill.slice(-2)).toEqual([stale.id, notDue.id]);
    expect(selectItems({ ...input, scope: "review" })).toEqual(fill.slice(0, -2));
    expect(new Set(selectItems({ ...input, scope: "new" }))).toEqual(new Set(rest.map((item) => item.id)));
    // Free practice: what is due, then what is likeliest forgotten, new items last.
    const practice = selectItems({ ...input, scope: "practice" });
    expect(practice.slice(0, 4)).toEqual([due.id, missed.id, stale.id, notDue.id]);
  });

  it("GIVEN more asked than exist THEN every item once", () => {
    const ids = selectItems({ bank, progress: {}, question: 1, count: 99, ...at, random: Math.random });
    expect(new Set(ids).size).toBe(bank.length);
  });

  it("GIVEN a seeded random THEN the shuffle is a permutation", () => {
    expect(shuffle([1, 2, 3, 4], fixedRandom).sort()).toEqual([1, 2, 3, 4]);
  });
});

describe("grading quiz answers", () => {
  const multiple = quizBank.find((item) => item.kind === "multiple");
  if (!multiple) throw new Error("no multiple item");

  it("GIVEN a select-all item THEN right only with exactly the right options", () => {
    expect(isRightAnswer(multiple, multiple.correct)).toBe(true);
    expect(isRightAnswer(multiple, multiple.correct.slice(1))).toBe(false);
    expect(isRightAnswer(multiple, [...multiple.correct, ...wrongChoice(multiple)])).toBe(false);
  });

  it("GIVEN unknown or repeated options THEN the choice is refused or deduplicated", () => {
    expect(validChoice(multiple, ["zz"])).toBeUndefined();
    expect(validChoice(multiple, [])).toBeUndefined();
    const single = quizBank.find((item) => item.kind === "single");
    expect(single && validChoice(single, ["a", "b"])).toBeUndefined();
    expect(validChoice(multiple, ["a", "a"])).toEqual(["a"]);
  });
});

describe("leaderboard", () => {
  it("GIVEN ties THEN they share a rank and the next rank skips (1, 2, 2, 4)", () => {
    const at = 0;
    const board = applyChanges(emptyBoard, [
      { userId: "a", name: "A", from: 0, to: 50, at },
      { userId: "b", name: "B", from: 0, to: 30, at: 1 },
      { userId: "c", name: "C", from: 0, to: 30, at: 2 },
      { userId: "d", name: "D", from: 0, to: 10, at },
    ]);
    expect(rankedTop(board, 10).map(({ rank, entry }) => `${rank}${entry.userId}`)).toEqual(["1a", "2b", "2c", "4d"]);
    expect(rankOf(board, 0)).toBeNull();
  });

  it("GIVEN a member moving up THEN the histogram moves them, never counting them twice", () => {
    let board = applyChanges(emptyBoard, [{ userId: "a", name: "A", from: 0, to: 10, at: 0 }]);
    board = applyChanges(board, [{ userId: "a", name: "A", from: 10, to: 20, at: 1 }]);
    expect(board.histogram).toEqual({ 20: 1 });
    expect(board.top).toHaveLength(1);
  });
});

describe("QuizService", () => {
  it("GIVEN a session THEN a right answer scores, is stored, and reviews the item's FSRS card", async () => {
    const { quiz } = service();
    const session = await quiz.startSession({ guildId: "g", userId: "u", name: "Ana", question: 2, count: 3 });
    if (!session) throw new Error("no session");
    const item = quiz.item(session.itemIds[0] ?? "");
    if (!item) throw new Error("no item");
    const outcome = await quiz.answer({
      guildId: "g",
      userId: "u",
      name: "Ana",
      sessionId: session.id,
      position: 0,
      chosen: rightChoice(item),
    });
    expect(outcome.status).toBe("recorded");
    const profile = await quiz.profile("g", "u");
    expect(profile).toMatchObject({ points: 10, answered: 1, correct: 1, streak: { current: 1 } });
    expect(profile?.items[item.id]?.card).toMatchObject({ reps: 1, lapses: 0, state: 1 });
    expect(await quiz.rank("g", 10)).toBe(1);
  });

  it("GIVEN the same answer twice, even at the same instant THEN it counts once and says so", async () => {
    const { quiz } = service();
    const session = await quiz.startSession({ guildId: "g", userId: "u", name: "Ana", question: null, count: 2 });
    if (!session) throw new Error("no session");
    const item = quiz.item(session.itemIds[0] ?? "");
    if (!item) throw new Error("no item");
    const click = () =>
      quiz.answer({
        guildId: "g",
        userId: "u",
        name: "Ana",
        sessionId: session.id,
        position: 0,
        chosen: rightChoice(item),
      });
    const outcomes = await Promise.all([click(), click()]);
    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(["duplicate", "recorded"]);
    const late = await quiz.answer({
      guildId: "g",
      userId: "u",
      name: "Ana",
      sessionId: session.id,
      position: 0,
      chosen: wrongChoice(item),
    });
    expect(late.status).toBe("duplicate");
    expect((await quiz.profile("g", "u"))?.points).toBe(10);
  });

  it("GIVEN fifty students answering at once THEN every point is stored and the board counts all of them", async () => {
    const { quiz } = service();
    const students = Array.from({ length: 50 }, (_, index) => `s${index}`);
    const sessions = await Promise.all(
      students.map((userId) => quiz.startSession({ guildId: "g", userId, name: userId, question: 1, count: 2 })),
    );
    await Promise.all(
      students.flatMap((userId, index) => {
        const session = sessions[index];
        if (!session) throw new Error("no session");
        return session.itemIds.map((itemId, position) => {
          const item = quiz.item(itemId);
          if (!item) throw new Error("no item");
          return quiz.answer({
            guildId: "g",
            userId,
            name: userId,
            sessionId: session.id,
            position,
            chosen: rightChoice(item),
          });
        });
      }),
    );
    for (const userId of students) expect((await quiz.profile("g", userId))?.points).toBe(20);
    const board = await quiz.leaderboard("g");
    expect(board.histogram).toEqual({ 20: 50 });
  });

  it("GIVEN a session older than 24 h THEN its buttons answer 'expired'", async () => {
    const { quiz, clock } = service();
    const session = await quiz.startSession({ guildId: "g", userId: "u", name: "Ana", question: 3, count: 1 });
    if (!session) throw new Error("no session");
    clock.advance(SESSION_LIFETIME_MS + 1);
    const outcome = await quiz.answer({
      guildId: "g",
      userId: "u",
      name: "Ana",
      sessionId: session.id,
      position: 0,
      chosen: ["a"],
    });
    expect(outcome.status).toBe("expired");
    expect(await quiz.session("g", "u", session.id)).toBeUndefined();
  });

  it("GIVEN a forged option or position THEN nothing is counted", async () => {
    const { quiz } = service();
    const session = await quiz.startSession({ guildId: "g", userId: "u", name: "Ana", question: 4, count: 1 });
    if (!session) throw new Error("no session");
    expect(
      (
        await quiz.answer({
          guildId: "g",
          userId: "u",
          name: "Ana",
          sessionId: session.id,
          position: 0,
          chosen: ["zz"],
        })
      ).status,
    ).toBe("invalid");
    expect(
      (await quiz.answer({ guildId: "g", userId: "u", name: "Ana", sessionId: session.id, position: 7, chosen: ["a"] }))
        .status,
    ).toBe("invalid");
    expect((await quiz.profile("g", "u"))?.answered).toBe(0);
  });

  it("GIVEN answered items THEN mastery is their mean retrievability, unseen items counting 0, and it decays", async () => {
    const { quiz, clock } = service();
    const q1 = quizBank.filter((item) => item.question === 1);
    const half = q1.slice(0, q1.length / 2);
    const session = await quiz.startSession({
      guildId: "g",
      userId: "u",
      name: "Ana",
      question: 1,
      count: 20,
      itemIds: half.map((item) => item.id),
    });
    if (!session) throw new Error("no session");
    for (const [position, item] of half.entries()) {
      await quiz.answer({
        guildId: "g",
        userId: "u",
        name: "Ana",
        sessionId: session.id,
        position,
        chosen: rightChoice(item),
      });
    }
    const again = await quiz.startSession({
      guildId: "g",
      userId: "u",
      name: "Ana",
      question: 1,
      count: 20,
      itemIds: half.map((item) => item.id),
    });
    if (!again) throw new Error("no session");
    for (const [position, item] of half.entries()) {
      await quiz.answer({
        guildId: "g",
        userId: "u",
        name: "Ana",
        sessionId: again.id,
        position,
        chosen: rightChoice(item),
      });
    }
    const profile = await quiz.profile("g", "u");
    const mastery = quiz.mastery(profile);
    // Just reviewed: recalled for sure.
    expect(mastery.get(1)).toBeCloseTo(0.5);
    expect(mastery.get(2)).toBe(0);
    clock.advance(10 * 86_400_000);
    const later = quiz.mastery(profile).get(1) ?? 0;
    expect(later).toBeLessThan(0.5 * 0.9);
    expect(later).toBeGreaterThan(0.25);
    expect(quiz.mastery(profile, clock.now().getTime() - 10 * 86_400_000).get(1)).toBeCloseTo(0.5);
  });

  it("GIVEN a new term THEN points, answers and the board start from zero while review cards and streaks stay", async () => {
    const { quiz } = service();
    const session = await quiz.startSession({ guildId: "g", userId: "u", name: "Ana", question: 1, count: 1 });
    const item = quiz.item(session?.itemIds[0] ?? "");
    if (!session || !item) throw new Error("no session");
    await quiz.answer({
      guildId: "g",
      userId: "u",
      name: "Ana",
      sessionId: session.id,
      position: 0,
      chosen: rightChoice(item),
    });
    await quiz.resetLeaderboard("g");
    const profile = await quiz.profile("g", "u");
    expect(profile).toMatchObject({ points: 0, answered: 0, correct: 0, streak: { current: 1 } });
    expect(profile?.items[item.id]?.card.reps).toBe(1);
    expect((await quiz.leaderboard("g")).top).toEqual([]);
    const next = await quiz.startSession({ guildId: "g", userId: "u", name: "Ana", question: 2, count: 1 });
    const nextItem = quiz.item(next?.itemIds[0] ?? "");
    if (!next || !nextItem) throw new Error("no session");
    await quiz.answer({
      guildId: "g",
      userId: "u",
      name: "Ana",
      sessionId: next.id,
      position: 0,
      chosen: rightChoice(nextItem),
    });
    expect((await quiz.profile("g", "u"))?.points).toBe(10);
    expect((await quiz.leaderboard("g")).histogram).toEqual({ 10: 1 });
  });
});
