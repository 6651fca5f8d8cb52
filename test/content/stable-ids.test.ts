import { describe, expect, it } from "vitest";
import { pack } from "../pack.js";

/**
 * Stores written before the course became a pack keep working: every id they hold (quiz items in profiles,
 * sessions and class statistics, tips in rotations, rubric ideas in results) is still the same in the pack.
 * An id may disappear (a retired item), never be renamed or reused.
 */
const numbered = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, index) => `${prefix}${String(index + 1).padStart(2, "0")}`);

/** The ids of the course as it was written in TypeScript, before the pack. */
const before = {
  quiz: [...numbered("q1-", 12), ...numbered("q2-", 12), ...numbered("q3-", 13), ...numbered("q4-", 14)],
  tips: numbered("astuce-", 53),
  ideas: [
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
  ],
};

/**
 * Retired by the content review of December 2026 (misfiled items refiled under new ids, redundant items, off-theme
 * tips and near-duplicates): never to be used again, since stores still hold them.
 */
const retired = {
  quiz: ["q1-05", "q2-03", "q3-06", "q3-10", "q3-13", "q4-14"],
  tips: ["astuce-03", "astuce-13", "astuce-16", "astuce-27", "astuce-28", "astuce-33"].concat([
    "astuce-44",
    "astuce-48",
    "astuce-51",
    "astuce-52",
    "astuce-53",
  ]),
  ideas: [] as string[],
};

describe("GIVEN the ids of the course as it was written in TypeScript", () => {
  const now = {
    quiz: pack.quiz.map((item) => item.id),
    tips: pack.tips.map((tip) => tip.id),
    ideas: [...pack.rubric.values()].flatMap((question) => question.ideas.map((idea) => idea.id)),
  };

  it.each(["quiz", "tips", "ideas"] as const)(
    "THEN every %s id kept is the same, and no retired id comes back",
    (kind) => {
      const kept = before[kind].filter((id) => !retired[kind].includes(id));
      expect(now[kind].filter((id) => before[kind].includes(id))).toEqual(kept);
      for (const id of retired[kind]) expect(now[kind]).not.toContain(id);
    },
  );

  it("THEN the study questions keep their numbers", () => {
    expect(pack.questions.map((question) => question.number)).toEqual([1, 2, 3, 4]);
  });
});
