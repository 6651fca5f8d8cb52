import { describe, expect, it } from "vitest";
import { pack } from "../pack.js";

/**
 * Stores written before the course became a pack keep working: every id they hold (quiz items in profiles,
 * sessions and class statistics, tips in rotations, rubric ideas in results) is still the same in the pack.
 * An id may disappear (a retired item), never be renamed or reused.
 */
const numbered = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, index) => `${prefix}${String(index + 1).padStart(2, "0")}`);

describe("GIVEN the ids of the course as it was written in TypeScript", () => {
  it("THEN the pack has every quiz item, tip and rubric idea under the same id", () => {
    expect(pack.quiz.map((item) => item.id)).toEqual([
      ...numbered("q1-", 12),
      ...numbered("q2-", 12),
      ...numbered("q3-", 13),
      ...numbered("q4-", 14),
    ]);
    expect(pack.tips.map((tip) => tip.id)).toEqual(numbered("astuce-", 53));
    expect([...pack.rubric.values()].flatMap((question) => question.ideas.map((idea) => idea.id))).toEqual([
      "reactions-des-internautes",
      "participation-active",
      "dialogue-avec-la-marque",
      "abonnement-communaute",
      "reactivite",
      "engagement-visibilite",
      "fideliser",
      "visibilite-portee",
      "ambassadeurs",
      "ecoute-retours",
      "image-et-ventes",
      "relation-de-qualite",
      "partage-rapide",
      "visibilite-notoriete",
      "face-sombre",
      "image-en-danger",
      "reagir-et-transparence",
      "reponse-nuancee",
      "outils-de-ciblage",
      "criteres-de-ciblage",
      "donnees-des-profils",
      "message-personnalise",
      "mesurer-et-optimiser",
      "choisir-le-reseau",
    ]);
    expect(pack.questions.map((question) => question.number)).toEqual([1, 2, 3, 4]);
  });
});
