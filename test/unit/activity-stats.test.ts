import Keyv from "keyv";
import { describe, expect, it } from "vitest";
import type { QuizItem } from "../../src/content/types.js";
import { ManualClock } from "../../src/domain/clock.js";
import { KeyedLock } from "../../src/domain/locks.js";
import {
  ACTIVITY_DAYS_KEPT,
  applyStatsEvents,
  classMastery,
  emptyClassStats,
  type StatsEvent,
} from "../../src/domain/quiz/classStats.js";
import { MEMBER_ACTIVITY_DAYS, QuizService, withActivity } from "../../src/domain/quiz/quizService.js";
import { dailyActivity, itemsPerQuestion, lastDays, median, memberWeeks } from "../../src/domain/report/chartData.js";
import { guildProfileChunks } from "../../src/domain/report/classReport.js";
import { summarizeClass } from "../../src/domain/report/classSummary.js";
import { quizBank } from "../pack.js";

const GUILD = "g1";

function service(clock: ManualClock, timeZone = "Europe/Paris", store = new Keyv()) {
  return new QuizService({
    store,
    clock,
    locks: new KeyedLock(),
    bank: quizBank,
    settingsOf: async () => ({ timeZone, season: 0 }),
    random: () => 0.5,
  });
}

/** One session of `items` (or `count` items of study question 1), all right or all wrong. */
async function play(quiz: QuizService, userId: string, items: number | string[], right: boolean) {
  const session = await quiz.startSession({
    guildId: GUILD,
    userId,
    name: userId,
    question: 1,
    count: typeof items === "number" ? items : items.length,
    ...(typeof items === "number" ? {} : { itemIds: items }),
  });
  if (!session) throw new Error("no session");
  for (const [position, itemId] of session.itemIds.entries()) {
    const item = quiz.item(itemId) as QuizItem;
    const chosen = right ? [...item.correct] : [item.options.find((o) => !item.correct.includes(o.id))?.id ?? ""];
    await quiz.answer({ guildId: GUILD, userId, name: userId, sessionId: session.id, position, chosen });
  }
}

const answer = (day: string, firstOfDay: boolean): StatsEvent => ({
  kind: "answer",
  userId: "u",
  itemId: "q1-01",
  correct: true,
  firstOfSession: false,
  firstOfMember: false,
  at: Date.parse(`${day}T12:00:00Z`),
  day,
  firstOfDay,
});

describe("daily activity in the class statistics", () => {
  it("GIVEN answers THEN each day counts its answers and each member once, from their profile's last day", async () => {
    // 23:30 in Paris on 11 March is already 12 March there: days are the guild's local days.
    const clock = new ManualClock("2026-03-11T23:30:00Z");
    const quiz = service(clock);
    await play(quiz, "lea", 3, true);
    await play(quiz, "hugo", 2, false);
    clock.advance(10 * 60 * 1000);
    await play(quiz, "lea", 2, true);
    clock.advance(24 * 60 * 60 * 1000);
    await play(quiz, "lea", 1, false);

    const stats = await quiz.stats.read(GUILD);
    expect(stats.days).toEqual({
      "2026-03-12": { members: 2, answers: 7 },
      "2026-03-13": { members: 1, answers: 1 },
    });
    expect((await quiz.profile(GUILD, "lea"))?.activity).toEqual({ "2026-03-12": 5, "2026-03-13": 1 });
  });

  it("GIVEN days older than the window THEN the statistics and the profile drop them", () => {
    const days = lastDays("2026-03-31", ACTIVITY_DAYS_KEPT + 5);
    const stats = applyStatsEvents(
      emptyClassStats,
      days.map((day) => answer(day, true)),
    );
    expect(Object.keys(stats.days ?? {})).toHaveLength(ACTIVITY_DAYS_KEPT);
    expect(stats.days?.[days[4] ?? ""]).toBeUndefined();
    expect(stats.days?.[days[5] ?? ""]).toEqual({ members: 1, answers: 1 });

    let activity: Record<string, number> = {};
    for (const day of lastDays("2026-03-31", MEMBER_ACTIVITY_DAYS + 3)) activity = withActivity(activity, day);
    expect(Object.keys(activity)).toHaveLength(MEMBER_ACTIVITY_DAYS);
    expect(activity["2026-03-31"]).toBe(1);
  });

  it("GIVEN the last 28 days THEN days nobody answered read zero, oldest first, ending today", () => {
    const stats = applyStatsEvents(emptyClassStats, [answer("2026-03-10", true), answer("2026-03-10", false)]);
    const days = dailyActivity(stats, "2026-03-12", 28);
    expect(days).toHaveLength(28);
    expect(days.at(-1)).toEqual({ day: "2026-03-12", members: 0, answers: 0 });
    expect(days.at(-3)).toEqual({ day: "2026-03-10", members: 1, answers: 2 });
    expect(days[0]?.day).toBe("2026-02-13");
  });

  it("GIVEN a member's answers THEN eight Monday-first weeks of cells end today", () => {
    // 12 March 2026 is a Thursday: seven full weeks and four days.
    const weeks = memberWeeks({ "2026-03-12": 3, "2026-03-09": 1, "2025-12-01": 9 }, "2026-03-12", 8);
    expect(weeks).toHaveLength(7 * 7 + 4);
    expect(weeks[0]).toMatchObject({ day: "2026-01-19", week: 0, weekday: 0, answers: 0 });
    expect(weeks.at(-1)).toMatchObject({ day: "2026-03-12", week: 7, weekday: 3, answers: 3 });
    expect(weeks.find((cell) => cell.day === "2026-03-09")).toMatchObject({ week: 7, weekday: 0, answers: 1 });
  });
});

describe("class mastery without reading every profile", () => {
  it("GIVEN answers that master and unmaster items THEN the counts match the profiles, and /rapport's reset sets them", async () => {
    const store = new Keyv();
    const clock = new ManualClock("2026-03-12T08:00:00Z");
    const quiz = service(clock, "Europe/Paris", store);
    const items = ["q1-01", "q1-02"];
    // Three right answers reach box 3, the first mastered box.
    for (const userId of ["lea", "lea", "lea", "hugo"]) await play(quiz, userId, items, true);
    await play(quiz, "lea", ["q1-02"], false);

    const stats = await quiz.stats.read(GUILD);
    const perQuestion = itemsPerQuestion(quizBank);
    const summary = await summarizeClass({
      profiles: guildProfileChunks(store, GUILD, 0),
      mastery: (profile) => quiz.mastery(profile),
      questions: [1, 2, 3, 4],
      itemsPerQuestion: perQuestion,
      today: "2026-03-12",
    });
    expect(stats.mastered).toEqual({ 1: 1 });
    expect(summary.mastered).toEqual({ 1: 1, 2: 0, 3: 0, 4: 0 });
    const lea = quiz.mastery(await quiz.profile(GUILD, "lea"));
    expect(classMastery(stats, perQuestion).get(1)).toBeCloseTo((lea.get(1) ?? Number.NaN) / 2, 10);

    // Statistics from before these counts existed: the report's full read sets them.
    await quiz.stats.add(GUILD, { kind: "mastery", mastered: { 1: 5, 2: 0, 3: 0, 4: 0 } });
    expect((await quiz.stats.read(GUILD)).mastered).toEqual({ 1: 5, 2: 0, 3: 0, 4: 0 });
  });

  it("GIVEN members' mastery THEN the median is the middle member's", () => {
    expect(median([])).toBe(0);
    expect(median([0.5, 0.1, 0.9])).toBe(0.5);
    expect(median([0.1, 0.2, 0.6, 1])).toBeCloseTo(0.4, 10);
  });
});
