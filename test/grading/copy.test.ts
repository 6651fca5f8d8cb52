import { describe, expect, it } from "vitest";
import { buildCopyIndex, copiedPositions, copiedShare } from "../../src/domain/grading/copy.js";
import { wordsOf } from "../../src/domain/grading/normalize.js";
import { courseDocuments } from "../pack.js";
import { grader } from "./grader.js";

const paragraph =
  "Les plateformes de médias sociaux offrent des outils de ciblage avancés qui permettent aux entreprises de diffuser leur message auprès d'un public spécifique.";

describe("GIVEN a reference text indexed in runs of 8 words", () => {
  const index = buildCopyIndex([wordsOf(paragraph)], 8);

  it("THEN a retyped copy is found, whatever the apostrophes, accents and case", () => {
    const retyped =
      "les plateformes de medias sociaux offrent des outils de ciblage avances qui permettent aux entreprises de diffuser leur message aupres d’un public specifique";
    expect(copiedShare(wordsOf(retyped), index)).toBe(1);
  });

  it("THEN a short quote inside the student's own words is a small share", () => {
    const own =
      "Je pense que c'est utile : les plateformes de médias sociaux offrent des outils de ciblage, donc on peut choisir les gens selon leur âge, leur ville et ce qu'ils aiment, et la pub leur correspond mieux.";
    const share = copiedShare(wordsOf(own), index);
    expect(share).toBeGreaterThan(0);
    expect(share).toBeLessThan(0.3);
  });

  it("THEN the same words in another order are not a copy", () => {
    const reordered =
      "un public spécifique reçoit le message que diffusent les entreprises grâce aux outils avancés de ciblage";
    expect(copiedShare(wordsOf(reordered), index)).toBe(0);
  });

  it("THEN only the words inside a long enough run are marked", () => {
    const words = wordsOf("Bref, des outils de ciblage avancés qui permettent aux entreprises de diffuser, voilà.");
    const positions = copiedPositions(words, index);
    expect([...positions].map((position) => words[position])).toEqual([
      "des",
      "outils",
      "de",
      "ciblage",
      "avances",
      "qui",
      "permettent",
      "aux",
      "entreprises",
      "de",
      "diffuser",
    ]);
  });

  it("THEN an empty answer has no copied share", () => {
    expect(copiedShare([], index)).toBe(0);
  });
});

describe("GIVEN answers graded against the real course", () => {
  it("THEN a pasted course paragraph is flagged and scores low", () => {
    const section = courseDocuments.find((document) => document.id === "r-comme-reseaux")?.sections[3];
    const pasted = section?.text.split("\n\n")[1] ?? "";
    const result = grader.grade(3, pasted);
    expect(result.flags.copiedFromCourse).toBe(true);
    expect(result.score).toBeLessThanOrEqual(3);
    expect(result.band).toBe("insufficient");
  });

  it("THEN the ideas the student wrote in their own words next to a paste still count", () => {
    const text =
      "Le contenu sur les réseaux sociaux a le potentiel de devenir viral, atteignant ainsi un large public en peu de temps. Les entreprises doivent créer du contenu qui incite à être partagé par leur audience. Moi je pense que c'est à double tranchant.";
    const result = grader.grade(3, text);
    expect(result.flags.copiedFromCourse).toBe(true);
    expect(result.covered).toEqual(["reponse-nuancee"]);
  });

  it("THEN the question repeated as the answer is flagged, not taken for a course copy", () => {
    const result = grader.grade(
      2,
      "Quel est l’intérêt d’avoir une communauté active ? C'est l'intérêt d'avoir une communauté active.",
    );
    expect(result.flags).toEqual({ copiedQuestion: true });
    expect(result.score).toBe(0);
  });

  it("THEN an answer that starts by restating the question is not flagged", () => {
    const result = grader.grade(
      2,
      "L'intérêt d'avoir une communauté active est de fidéliser les clients, qui restent attachés à la marque, et d'augmenter la visibilité des publications grâce aux partages. Les membres deviennent aussi des ambassadeurs.",
    );
    expect(result.flags).toEqual({});
  });
});
