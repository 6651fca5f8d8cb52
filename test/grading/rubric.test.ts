import { describe, expect, it } from "vitest";
import { compileIdea } from "../../src/domain/grading/match.js";
import { pack, rubricOf } from "../pack.js";

/** Editorial rules of the shipped course's rubric (a class's own pack may be smaller: see test/content). */
describe("GIVEN the rubric of the shipped course", () => {
  it.each(pack.questions.map((question) => question.number))(
    "THEN question %i has 4 to 7 key ideas and a model answer of 600 to 1200 characters",
    (question) => {
      const rubric = rubricOf(question);
      expect(rubric.ideas.length).toBeGreaterThanOrEqual(4);
      expect(rubric.ideas.length).toBeLessThanOrEqual(7);
      expect(rubric.modelAnswer.length).toBeGreaterThanOrEqual(600);
      expect(rubric.modelAnswer.length).toBeLessThanOrEqual(1200);
    },
  );

  it("THEN every expression compiles for the matcher", () => {
    for (const { number } of pack.questions) {
      for (const idea of rubricOf(number).ideas) expect(() => compileIdea(idea), idea.id).not.toThrow();
    }
  });
});
