import Keyv from "keyv";
import { describe, expect, it } from "vitest";
import { ManualClock } from "../../src/domain/clock.js";
import type { Grader } from "../../src/domain/grading/grade.js";
import type { GradeResult } from "../../src/domain/grading/types.js";
import { KeyedLock } from "../../src/domain/locks.js";
import { QuizService } from "../../src/domain/quiz/quizService.js";
import { POINTS_PER_GRADE_POINT, WrittenAnswers } from "../../src/domain/written/writtenAnswers.js";
import { quizBank } from "../pack.js";

/** A grader whose result the test chooses: the service's rules are tested, not the grader's. */
function fixedGrader(result: Partial<GradeResult>): Grader {
  const full = (question: 1 | 2 | 3 | 4): GradeResult => ({
    question,
    score: 7,
    band: "good",
    covered: ["a"],
    missing: ["b"],
    flags: {},
    ...result,
  });
  return {
    grade: full,
    inspect: () => {
      throw new Error("not used");
    },
  };
}

function setUp(result: Partial<GradeResult> = {}) {
  const clock = new ManualClock("2026-03-10T20:00:00Z");
  const store = new Keyv();
  const locks = new KeyedLock();
  const quiz = new QuizService({
    store,
    clock,
    locks,
    bank: quizBank,
    settingsOf: async () => ({ timeZone: "Europe/Paris", season: 0 }),
  });
  const written = new WrittenAnswers({
    grader: fixedGrader(result),
    quiz,
    store: new Keyv(),
    clock,
    locks,
    timeZoneOf: async () => "Europe/Paris",
  });
  return { clock, quiz, written };
}

const submission = { guildId: "g", userId: "u", name: "Léa", question: 2 as const, text: "Une réponse rédigée." };

describe("written answers", () => {
  it("GIVEN the first answer of the day THEN it counts: points, best grade; the second the same day does not", async () => {
    const { quiz, written } = setUp();
    const first = await written.submit(submission);
    expect(first).toMatchObject({ status: "graded", counted: true, points: 7 * POINTS_PER_GRADE_POINT });
    const second = await written.submit(submission);
    expect(second).toMatchObject({ status: "graded", counted: false, points: 0 });
    expect(await quiz.profile("g", "u")).toMatchObject({ points: 14, bestGrades: { 2: 7 } });
    expect((await written.history("g", "u")).map((record) => record.counted)).toEqual([false, true]);
  });

  it("GIVEN Paris midnight passed (22:30 UTC in winter) THEN a new day: the answer counts again", async () => {
    const { clock, quiz, written } = setUp();
    await written.submit(submission);
    clock.set("2026-03-10T22:59:00Z");
    expect((await written.submit(submission)).status === "graded" && (await quiz.profile("g", "u"))?.points).toBe(14);
    clock.set("2026-03-10T23:01:00Z");
    const nextDay = await written.submit(submission);
    expect(nextDay).toMatchObject({ counted: true });
    expect((await quiz.profile("g", "u"))?.points).toBe(28);
  });

  it("GIVEN an answer not in French THEN nothing is graded, counted or kept", async () => {
    const { quiz, written } = setUp({ score: 0, band: "insufficient", covered: [], flags: { notFrench: true } });
    expect((await written.submit(submission)).status).toBe("not-french");
    expect(await quiz.profile("g", "u")).toBeUndefined();
    expect(await written.history("g", "u")).toEqual([]);
  });

  it("GIVEN a lower grade later THEN the best grade stays the best", async () => {
    const { clock, quiz } = setUp();
    const store = new Keyv();
    const locks = new KeyedLock();
    const high = new WrittenAnswers({
      grader: fixedGrader({ score: 9 }),
      quiz,
      store,
      clock,
      locks,
      timeZoneOf: async () => "UTC",
    });
    const low = new WrittenAnswers({
      grader: fixedGrader({ score: 4, band: "partial" }),
      quiz,
      store,
      clock,
      locks,
      timeZoneOf: async () => "UTC",
    });
    await high.submit(submission);
    clock.advance(24 * 3600 * 1000);
    await low.submit(submission);
    expect((await quiz.profile("g", "u"))?.bestGrades).toEqual({ 2: 9 });
  });
});
