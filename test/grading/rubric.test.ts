import { describe, expect, it } from "vitest";
import { courseDocuments } from "../../src/content/course/index.js";
import { type Rubric, rubric, rubricProblems } from "../../src/content/rubric.js";
import { compileIdea } from "../../src/domain/grading/match.js";

const knownRefs = courseDocuments.flatMap((document) =>
  document.sections.map((section) => `${document.id}/${section.id}`),
);

describe("GIVEN the rubric", () => {
  it("THEN it has no problem: shape, unique ids, known sources", () => {
    expect(rubricProblems(rubric, knownRefs)).toEqual([]);
  });

  it("THEN every expression compiles for the matcher", () => {
    for (const question of [1, 2, 3, 4] as const) {
      for (const idea of rubric[question].ideas) expect(() => compileIdea(idea), idea.id).not.toThrow();
    }
  });
});

describe("GIVEN a broken rubric", () => {
  const first = rubric[1];
  const broken: Rubric = {
    ...rubric,
    1: {
      modelAnswer: "Trop courte.",
      ideas: [
        ...first.ideas.slice(0, 3),
        { ...(first.ideas[3] ?? first.ideas[0]), id: first.ideas[0]?.id ?? "x", sources: ["specificites/inconnue"] },
      ],
    },
  } as Rubric;

  it("THEN every problem is listed, one line each", () => {
    const problems = rubricProblems(broken, knownRefs);
    expect(problems).toEqual(
      expect.arrayContaining([
        "grille.1.modelAnswer : la réponse modèle doit faire au moins 600 caractères",
        `identifiant de idée de la grille en double : ${first.ideas[0]?.id}`,
        `grille.1.${first.ideas[0]?.id} : section inconnue specificites/inconnue`,
      ]),
    );
  });

  it("THEN a bad id and a bad expression are refused by the schema", () => {
    const idea = { ...(first.ideas[0] ?? { id: "", label: "", expressions: [], sources: [] }) };
    const bad: Rubric = {
      ...rubric,
      1: { ...first, ideas: [{ ...idea, id: "Pas Kebab", expressions: ["a <b>"] }, ...first.ideas.slice(1)] },
    };
    const problems = rubricProblems(bad, knownRefs);
    expect(problems.some((problem) => problem.startsWith("grille.1.ideas.0.id"))).toBe(true);
    expect(problems.some((problem) => problem.startsWith("grille.1.ideas.0.expressions.0"))).toBe(true);
  });
});
