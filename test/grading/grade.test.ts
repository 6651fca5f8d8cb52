import { describe, expect, it } from "vitest";
import type { Rubric } from "../../src/content/types.js";
import { createGrader, gradingRules, scoreOf } from "../../src/domain/grading/grade.js";
import { bandOf } from "../../src/domain/grading/types.js";
import { rubricOf, studyQuestions } from "../pack.js";
import { grader } from "./grader.js";

const questions = [1, 2, 3, 4] as const;

describe("GIVEN the score rules", () => {
  it("THEN bands are 0–3 insufficient, 4–6 partial, 7–10 good", () => {
    expect([0, 3, 4, 6, 7, 10].map(bandOf)).toEqual([
      "insufficient",
      "insufficient",
      "partial",
      "partial",
      "good",
      "good",
    ]);
  });

  it("THEN the covered share of weight gives the score, full marks from 70%", () => {
    expect(scoreOf(0, 8)).toBe(0);
    expect(scoreOf(2, 8)).toBe(4);
    expect(scoreOf(4, 8)).toBe(7);
    expect(scoreOf(7, 10)).toBe(10);
    expect(scoreOf(10, 10)).toBe(10);
    expect(scoreOf(1, 0)).toBe(0);
  });
});

describe("GIVEN a small rubric", () => {
  const idea = (id: string, expression: string, weight?: number) => ({
    id,
    label: id,
    expressions: [expression],
    sources: ["specificites/introduction" as const],
    negatable: true,
    ...(weight ? { weight } : {}),
  });
  const question = {
    ideas: [idea("aaa", "alpha", 2), idea("bbb", "bravo"), idea("ccc", "charlie"), idea("ddd", "delta")],
    modelAnswer: "",
  };
  const small: Rubric = new Map([1, 2, 3, 4].map((number) => [number, question]));
  const smallGrader = createGrader({ rubric: small, questions: studyQuestions, courseTexts: [] });
  const padding =
    " Voici une phrase de plus pour que la réponse soit assez développée. Et une autre encore, car un correcteur attend des explications, des exemples et une conclusion.";

  it("THEN covered and missing list every idea, in rubric order", () => {
    const result = smallGrader.grade(1, `Il y a delta et alpha dans cette réponse.${padding}`);
    expect(result.covered).toEqual(["aaa", "ddd"]);
    expect(result.missing).toEqual(["bbb", "ccc"]);
  });

  it("THEN one or two ideas reach partial and stay there, whatever their weight; three can be good", () => {
    expect(smallGrader.grade(1, `Il y a bravo ici, rien de plus.${padding}`).score).toBe(4);
    expect(smallGrader.grade(1, `Il y a alpha ici, rien de plus.${padding}`).score).toBe(5);
    expect(smallGrader.grade(1, `Il y a bravo et charlie ici.${padding}`).score).toBe(6);
    expect(smallGrader.grade(1, `Il y a alpha et bravo ici.${padding}`).score).toBe(6);
    expect(smallGrader.grade(1, `Il y a alpha, bravo et charlie ici.${padding}`).band).toBe("good");
    expect(smallGrader.grade(1, `Rien de tout cela ici.${padding}`).score).toBe(0);
  });

  it("THEN two light ideas of a long rubric still reach the floor of two ideas", () => {
    const names = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf"];
    const wide = { ideas: names.map((name) => idea(name, name)), modelAnswer: "" };
    const wideGrader = createGrader({
      rubric: new Map([1, 2, 3, 4].map((question) => [question, wide])),
      questions: studyQuestions,
      courseTexts: [],
    });
    // 2 of 7 weights is 4/10 by weight alone; two ideas in the student's own words are worth at least 5.
    expect(wideGrader.grade(1, `Il y a alpha et bravo ici.${padding}`).score).toBe(gradingRules.ideaCountFloors[2]);
  });

  it("THEN an undeveloped answer (a list of key words) is at most partial", () => {
    const result = smallGrader.grade(1, "alpha, bravo, charlie et delta, voilà tout ce que je sais.");
    expect(result.covered).toHaveLength(4);
    expect(result.score).toBe(gradingRules.undevelopedCap);
  });

  it("THEN a very short answer is flagged and capped", () => {
    const result = smallGrader.grade(1, "alpha bravo");
    expect(result.flags).toEqual({ tooShort: true });
    expect(result.score).toBeLessThanOrEqual(gradingRules.caps.tooShort);
  });

  it("THEN an answer in another language scores 0 and is flagged, with no idea covered", () => {
    const result = smallGrader.grade(1, "The answer is alpha and bravo and charlie, which is what the course says.");
    expect(result).toMatchObject({ score: 0, band: "insufficient", covered: [], flags: { notFrench: true } });
    expect(result.missing).toHaveLength(4);
  });
});

describe("GIVEN the real rubric", () => {
  it.each(questions)("THEN the model answer of question %i is graded good, unflagged", (question) => {
    const result = grader.grade(question, rubricOf(question).modelAnswer);
    expect(result.flags).toEqual({});
    expect(result.band).toBe("good");
    expect(result.covered.length).toBeGreaterThanOrEqual(rubricOf(question).ideas.length - 1);
  });

  it("THEN grading is fast enough to answer a student in seconds", () => {
    const longest = rubricOf(3).modelAnswer.repeat(2).slice(0, 2000);
    const start = performance.now();
    for (let i = 0; i < 20; i++) for (const question of questions) grader.grade(question, longest);
    expect((performance.now() - start) / 80).toBeLessThan(100);
  });
});
