import { describe, expect, it } from "vitest";
import type { Grader } from "../../src/domain/grading/grade.js";
import { lazyGrader } from "../../src/domain/grading/lazy.js";
import { grader } from "./grader.js";

const answer = "Les internautes aiment, commentent et partagent les publications, et la marque leur répond vite.";

describe("GIVEN the course grader built lazily (off the bot's way to the gateway)", () => {
  it("THEN nothing is built until the first grade or warm(), then once, and it grades as the grader does", () => {
    let builds = 0;
    const lazy = lazyGrader(() => {
      builds++;
      return grader;
    });
    expect(builds).toBe(0);
    expect(lazy.grader.grade(1, answer)).toEqual(grader.grade(1, answer));
    lazy.warm();
    expect(lazy.grader.inspect(1, answer)).toEqual(grader.inspect(1, answer));
    expect(builds).toBe(1);
  });

  it("THEN a build that throws throws at that use and is tried again at the next", () => {
    let attempts = 0;
    const lazy = lazyGrader((): Grader => {
      attempts++;
      if (attempts === 1) throw new Error("grille cassée");
      return grader;
    });
    expect(() => lazy.warm()).toThrow("grille cassée");
    expect(lazy.grader.grade(1, answer).question).toBe(1);
    expect(attempts).toBe(2);
  });
});
