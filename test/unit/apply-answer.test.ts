import { describe, expect, it } from "vitest";
import { applyAnswer, emptyProfile, type QuizSession, SESSION_LIFETIME_MS } from "../../src/domain/quiz/profile.js";
import { quizBank } from "../pack.js";

const [item] = quizBank;
if (!item) throw new Error("the quiz bank is empty");
const now = Date.parse("2026-03-10T09:00:00Z");
const session: QuizSession = { id: "s1", createdAt: now, question: null, itemIds: [item.id], answers: {} };
const right = { chosen: [...item.correct], correct: true };

describe("applyAnswer", () => {
  it("GIVEN a right answer THEN points, counts, streak, review state, activity and session change, the input does not", () => {
    const before = emptyProfile("Ana");
    const frozen = structuredClone(before);
    const applied = applyAnswer(before, {
      name: "Ana B.",
      session,
      position: 0,
      item,
      answer: { ...right, points: 13 },
      today: "2026-03-10",
      now,
      retention: 0.9,
    });
    expect(before).toEqual(frozen);
    expect(applied.profile).toMatchObject({ name: "Ana B.", points: 13, answered: 1, correct: 1 });
    expect(applied.profile.streak.lastDay).toBe("2026-03-10");
    expect(applied.profile.items[item.id]).toMatchObject({ lastDay: "2026-03-10", attempts: 1, correct: 1 });
    // FSRS's first "Good": the first learning step, due again ten minutes later.
    expect(applied.profile.items[item.id]?.card).toMatchObject({ state: 1, reps: 1, lapses: 0, lastReview: now });
    expect(applied.profile.items[item.id]?.card.due).toBe(now + 10 * 60_000);
    expect(applied.profile.activity).toEqual({ "2026-03-10": 1 });
    expect(applied.session.answers[0]).toEqual({ ...right, points: 13 });
    expect(applied.profile.sessions.s1).toEqual(applied.session);
    expect(applied.facts).toMatchObject({ firstOfMember: true, firstOfDay: true, question: item.question });
  });

  it("GIVEN a wrong answer and an expired session in the profile THEN an Again review, no points, the old session dropped", () => {
    const old: QuizSession = { ...session, id: "old", createdAt: now - SESSION_LIFETIME_MS };
    const before = { ...emptyProfile("Ana"), sessions: { old } };
    const applied = applyAnswer(before, {
      name: "Ana",
      session,
      position: 0,
      item,
      answer: { chosen: ["zzz"], correct: false, points: 0 },
      today: "2026-03-10",
      now,
      retention: 0.9,
    });
    expect(applied.profile).toMatchObject({ points: 0, answered: 1, correct: 0 });
    // FSRS's first "Again": the first learning step, due again a minute later.
    expect(applied.profile.items[item.id]?.card).toMatchObject({ state: 1, reps: 1, due: now + 60_000 });
    expect(Object.keys(applied.profile.sessions)).toEqual(["s1"]);
  });
});
