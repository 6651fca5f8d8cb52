import { describe, expect, it } from "vitest";
import { courseDocuments } from "../../src/content/course/index.js";
import { quizBank } from "../../src/content/quiz-bank.js";
import { rubric } from "../../src/content/rubric.js";
import { tipBank } from "../../src/content/tip-bank.js";
import type { QuizItem } from "../../src/content/types.js";
import { typographyProblems, writtenTexts } from "../../src/content/validate.js";

/**
 * What a program can check of the content review's rules (December 2026) for the quiz and tip banks.
 * The rest (distractors a student would really pick, no two items on the same fact, faithfulness) is a teacher's read.
 */

/** Case, apostrophes, quotes and spaces folded, so that a quotation is compared word for word. */
function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[\s\u00a0\u202f]+/gu, " ")
    .trim();
}

const courseText = fold(
  courseDocuments
    .flatMap((document) => [document.title, ...document.sections.flatMap((section) => [section.title, section.text])])
    .join("\n"),
);

/** The top-level « … » quotations of a text (a quotation may hold « » of its own). */
function quotations(text: string): string[] {
  const found: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "«") {
      if (depth === 0) start = i + 1;
      depth++;
    } else if (text[i] === "»" && depth > 0) {
      depth--;
      if (depth === 0) found.push(text.slice(start, i));
    }
  }
  return found;
}

/**
 * The parts of a quotation that are not in the course, word for word. Words may be left out only where "…" (or
 * "[…]") stands; parts of fewer than three words (« cool », « Love », a single term) are not checked.
 */
function misquoted(quotation: string): string[] {
  return quotation
    .split(/\[…\]|…/u)
    .map((part) => fold(part).replace(/^[\s,.;:!?()]+|[\s,.;:!?]+$/gu, ""))
    .filter((part) => part.split(" ").length >= 3)
    .filter((part) => !courseText.includes(part));
}

const documentTitles = courseDocuments.map((document) => fold(document.title));

describe("GIVEN the quiz bank", () => {
  it("THEN each study question has at least 14 items", () => {
    for (const question of [1, 2, 3, 4] as const) {
      expect(
        quizBank.filter((item) => item.question === question).length,
        `question ${question}`,
      ).toBeGreaterThanOrEqual(14);
    }
  });

  it("THEN the right option is the strictly longest one in at most a third of the single-answer items", () => {
    const isLongestKey = (item: QuizItem) => {
      const key = item.options.find((option) => option.id === item.correct[0]);
      if (!key) return false;
      return item.options.every((option) => option === key || option.text.length < key.text.length);
    };
    const singles = quizBank.filter((item) => item.kind === "single");
    const cued = singles.filter(isLongestKey).map((item) => item.id);
    expect(cued.length, `longest right option: ${cued.join(", ")}`).toBeLessThanOrEqual(singles.length / 3);
  });

  it("THEN every prompt names its document by the title /cours shows", () => {
    const unnamed = quizBank
      .filter((item) => !quotations(item.prompt).some((quotation) => documentTitles.includes(fold(quotation))))
      .map((item) => item.id);
    expect(unnamed).toEqual([]);
  });

  it("THEN every quotation of the course in prompts and explanations is exact, with … where words are left out", () => {
    const wrong = quizBank.flatMap((item) =>
      [item.prompt, item.explanation]
        .flatMap(quotations)
        .filter((quotation) => !documentTitles.includes(fold(quotation)))
        .flatMap(misquoted)
        .map((part) => `${item.id}: ${part}`),
    );
    expect(wrong).toEqual([]);
  });
});

describe("GIVEN the tip bank", () => {
  it("THEN every quotation of the course is exact, with … where words are left out", () => {
    const wrong = tipBank.flatMap((tip) =>
      [tip.title, tip.text]
        .flatMap(quotations)
        .flatMap(misquoted)
        .map((part) => `${tip.id}: ${part}`),
    );
    expect(wrong).toEqual([]);
  });
});

describe("GIVEN the text we write (quiz items and tips)", () => {
  it("THEN a no-break space, never a plain one, stands before ? ! : ; and inside « »", () => {
    expect(typographyProblems(writtenTexts(quizBank, tipBank))).toEqual([]);
  });

  it("THEN so do the rubric's idea labels and model answers, which students read too", () => {
    const texts = ([1, 2, 3, 4] as const).flatMap((question) => [
      { where: `grille ${question} (réponse modèle)`, text: rubric[question].modelAnswer },
      ...rubric[question].ideas.map((idea) => ({ where: `grille ${question} (${idea.id})`, text: idea.label })),
    ]);
    expect(typographyProblems(texts)).toEqual([]);
  });

  it("THEN a plain space there is named, with where it is", () => {
    const problems = typographyProblems([
      { where: "quiz x", text: "Vrai ou faux ? Oui." },
      { where: "astuce y", text: "Un «\u00a0mot »." },
      { where: "astuce z", text: "Bien\u00a0: «\u00a0mot\u00a0»\u00a0; fin\u202f!" },
    ]);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^quiz x : espace ordinaire/);
    expect(problems[1]).toMatch(/^astuce y : espace ordinaire/);
  });
});

describe("GIVEN the quotation checks", () => {
  it("THEN nested guillemets stay inside their quotation, and a dropped word without … is caught", () => {
    expect(
      quotations("Il dit « que si elle pense que l'information est utile, importante ou « cool » ! » ici"),
    ).toEqual([" que si elle pense que l'information est utile, importante ou « cool » ! "]);
    expect(misquoted("la communication commerciale doit être conçue pour encourager l'engagement")).toHaveLength(1);
    expect(misquoted("la communication commerciale sur les réseaux sociaux doit donc être conçue")).toEqual([]);
    expect(misquoted("La communication commerciale… doit donc être conçue pour encourager l'engagement")).toEqual([]);
  });
});
