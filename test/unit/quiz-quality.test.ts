import { describe, expect, it } from "vitest";
import type { QuizItem } from "../../src/content/types.js";
import { typographyProblems, writtenTexts } from "../../src/content/validate.js";
import { courseDocuments, quizBank, rubricOf, tipBank } from "../pack.js";

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

/**
 * The rubric ideas each item works on (none for an item that sets the context). Every idea of a question's rubric
 * must be worked on by an item of that question; a new item must be added here.
 */
const ideasOfItem: Record<string, readonly string[]> = {
  "q1-01": ["reactions-des-internautes"],
  "q1-02": ["participation-active"],
  "q1-03": ["abonnement-communaute"],
  "q1-04": ["reactions-des-internautes"],
  "q1-06": ["engagement-visibilite"],
  "q1-07": ["abonnement-communaute"],
  "q1-08": ["dialogue-avec-la-marque", "participation-active"],
  "q1-09": ["engagement-visibilite"],
  "q1-10": ["dialogue-avec-la-marque"],
  "q1-11": ["engagement-visibilite"],
  "q1-12": ["dialogue-avec-la-marque"],
  "q1-13": ["dialogue-avec-la-marque"],
  "q1-14": ["reactivite"],
  "q1-15": ["reactivite"],
  "q1-16": ["participation-active"],
  "q1-17": ["dialogue-avec-la-marque"],
  "q1-18": [],
  "q1-19": ["participation-active"],
  "q2-01": ["fideliser"],
  "q2-02": ["ambassadeurs"],
  "q2-04": ["relation-de-qualite"],
  "q2-05": ["image-et-ventes"],
  "q2-06": ["relation-de-qualite"],
  "q2-07": ["relation-de-qualite"],
  "q2-08": ["visibilite-portee"],
  "q2-09": ["image-et-ventes"],
  "q2-10": ["ecoute-retours"],
  "q2-11": ["relation-de-qualite"],
  "q2-12": ["relation-de-qualite"],
  "q2-13": ["relation-de-qualite"],
  "q2-14": ["relation-de-qualite"],
  "q2-15": ["image-et-ventes"],
  "q3-01": ["reponse-nuancee"],
  "q3-02": ["face-sombre"],
  "q3-03": ["partage-rapide"],
  "q3-04": ["contenu-a-partager"],
  "q3-05": ["face-sombre", "image-en-danger", "reagir-et-transparence"],
  "q3-07": ["reagir-et-transparence"],
  "q3-08": ["image-en-danger", "reagir-et-transparence"],
  "q3-09": ["reponse-nuancee"],
  "q3-11": ["image-en-danger", "reagir-et-transparence"],
  "q3-12": ["reagir-et-transparence"],
  "q3-14": ["contenu-a-partager", "visibilite-notoriete"],
  "q3-15": ["visibilite-notoriete"],
  "q3-16": ["partage-rapide"],
  "q3-17": ["contenu-a-partager"],
  "q4-01": ["criteres-de-ciblage", "outils-de-ciblage"],
  "q4-02": ["message-personnalise"],
  "q4-03": ["mesurer-et-optimiser"],
  "q4-04": ["mesurer-et-optimiser"],
  "q4-05": ["choisir-le-reseau"],
  "q4-06": ["donnees-des-profils"],
  "q4-07": ["outils-de-ciblage"],
  "q4-08": ["choisir-le-reseau"],
  "q4-09": ["choisir-le-reseau"],
  "q4-10": ["outils-de-ciblage"],
  "q4-11": ["choisir-le-reseau"],
  "q4-12": ["outils-de-ciblage"],
  "q4-13": ["choisir-le-reseau"],
  "q4-15": ["outils-de-ciblage"],
  "q4-16": ["choisir-le-reseau"],
  "q4-17": ["choisir-le-reseau"],
  "q4-18": ["choisir-le-reseau"],
};

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

  it("THEN every idea of each question's rubric, « Instantanéité et réactivité » included, has items", () => {
    expect(Object.keys(ideasOfItem).sort()).toEqual(quizBank.map((item) => item.id).sort());
    for (const question of [1, 2, 3, 4] as const) {
      const worked = new Set(
        quizBank.filter((item) => item.question === question).flatMap((item) => ideasOfItem[item.id] ?? []),
      );
      const ideas = rubricOf(question).ideas.map((idea) => idea.id);
      for (const id of worked) expect(ideas, `question ${question}`).toContain(id);
      expect(
        ideas.filter((id) => !worked.has(id)),
        `question ${question}`,
      ).toEqual([]);
    }
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
      { where: `grille ${question} (réponse modèle)`, text: rubricOf(question).modelAnswer },
      ...rubricOf(question).ideas.map((idea) => ({ where: `grille ${question} (${idea.id})`, text: idea.label })),
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
