import type Keyv from "keyv";
import { describe, expect, it } from "vitest";
import type { StudyQuestionNumber } from "../../src/content/types.js";
import { scanPrefixChunks } from "../../src/domain/keyScan.js";
import { emptyProfile, type Profile, QuizService } from "../../src/domain/quiz/quizService.js";
import { median } from "../../src/domain/report/chartData.js";
import { guildProfileChunks, type MemberProfile } from "../../src/domain/report/classReport.js";
import { summarizeClass } from "../../src/domain/report/classSummary.js";

const QUESTIONS: StudyQuestionNumber[] = [1, 2, 3];
const PER_QUESTION = new Map<StudyQuestionNumber, number>([
  [1, 4],
  [2, 5],
  [3, 3],
]);

/** Mastery read from the profile's single item box, different per question, so every figure is checked per question. */
const mastery = (profile: Profile) =>
  new Map(QUESTIONS.map((question) => [question, ((profile.items.x?.box ?? 0) * question) / 15]));

function member(index: number, box: number | undefined): MemberProfile {
  const items =
    box === undefined ? {} : { x: { box, lastDay: "2026-03-10", lastCorrect: true, attempts: 1, correct: 1 } };
  return { userId: `u${index}`, profile: { ...emptyProfile(`N${index}`), points: index * 10, items } as Profile };
}

describe("the class summary (one pass over the profiles)", () => {
  it("GIVEN members with and without answers, read in chunks THEN learners, mean, median and mastered counts are the direct figures", async () => {
    const boxes = [1, 5, undefined, 3, 4, undefined, 2, 5];
    const members = boxes.map((box, index) => member(index, box));
    const summary = await summarizeClass({
      profiles: [members.slice(0, 3), [], members.slice(3)],
      mastery,
      questions: QUESTIONS,
      itemsPerQuestion: PER_QUESTION,
      today: "2026-03-12",
    });
    const learners = members.filter(({ profile }) => Object.keys(profile.items).length > 0);
    expect(summary.learners).toBe(6);
    expect(summary.rows.map((row) => row.name)).toEqual(members.map(({ profile }) => profile.name));
    for (const question of QUESTIONS) {
      const own = learners.map(({ profile }) => mastery(profile).get(question) ?? 0);
      expect(summary.mean.get(question)).toBeCloseTo(own.reduce((sum, value) => sum + value, 0) / own.length, 12);
      expect(summary.median.get(question)).toBe(median(own));
      const items = PER_QUESTION.get(question) ?? 0;
      const pairs = members.reduce(
        (sum, { profile }) => sum + Math.round((mastery(profile).get(question) ?? 0) * items),
        0,
      );
      expect(summary.mastered[question]).toBe(pairs);
    }
    // Boxes of learners 1, 5, 3, 4, 2, 5: the middle two are 3 and 4.
    expect(summary.median.get(1)).toBeCloseTo(3.5 / 15, 12);
  });

  it("GIVEN nobody answered yet THEN every figure is 0, and each member still has a row", async () => {
    const summary = await summarizeClass({
      profiles: [[member(0, undefined), member(1, undefined)]],
      mastery,
      questions: QUESTIONS,
      itemsPerQuestion: PER_QUESTION,
      today: "2026-03-12",
    });
    expect(summary.learners).toBe(0);
    expect([...summary.mean.values()]).toEqual([0, 0, 0]);
    expect([...summary.median.values()]).toEqual([0, 0, 0]);
    expect(summary.mastered).toEqual({ 1: 0, 2: 0, 3: 0 });
    expect(summary.rows).toHaveLength(2);
  });

  it("GIVEN a store whose listing repeats a key (Redis's SCAN may) THEN each member is read once", async () => {
    const prefix = QuizService.profileKey("g1", "");
    const listing: [string, unknown][] = [
      [`${prefix}a`, { ...emptyProfile("A"), points: 10 }],
      [`${prefix}b`, { ...emptyProfile("B"), points: 20 }],
      ["stats:g1", { answers: 1 }],
      [`${prefix}a`, { ...emptyProfile("A"), points: 10 }],
    ];
    const store = {
      store: {},
      iterator: async function* () {
        yield* listing;
      },
    } as unknown as Keyv;
    const read: MemberProfile[] = [];
    for await (const chunk of guildProfileChunks(store, "g1", 0)) read.push(...chunk);
    expect(read.map(({ userId }) => userId)).toEqual(["a", "b"]);
    const entries: unknown[] = [];
    for await (const chunk of scanPrefixChunks(store, "stats:")) entries.push(...chunk);
    expect(entries).toEqual([["stats:g1", { answers: 1 }]]);
  });
});
