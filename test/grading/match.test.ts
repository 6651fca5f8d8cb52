import { describe, expect, it } from "vitest";
import {
  type CompiledIdea,
  compileExpression,
  compileIdea,
  ExpressionError,
  findMatches,
  matchIdea,
  withinOneEdit,
} from "../../src/domain/grading/match.js";
import { analyse } from "../../src/domain/grading/normalize.js";

function covers(text: string, expressions: string[], negatable = true): boolean {
  const idea: CompiledIdea = compileIdea({ id: "idee", expressions, negatable });
  return matchIdea(analyse(text).sentences, idea).covered;
}

describe("GIVEN an expression of the rubric", () => {
  it("THEN it matches whatever the case, accents, number, gender and verb form", () => {
    expect(covers("Les COMMUNAUTES fidelisees", ["communauté fidélisée"])).toBe(true);
    expect(covers("ils partagent les publications", ["partager publication"])).toBe(true);
    expect(covers("une publication partagée", ["publication partager"])).toBe(true);
  });

  it("THEN its words must come in order, in the same sentence, within a small window", () => {
    expect(covers("répondre très vite et efficacement aux commentaires", ["répondre commentaire"])).toBe(true);
    expect(covers("aux commentaires il faut répondre", ["répondre commentaire"])).toBe(false);
    expect(covers("Il faut répondre. Les commentaires arrivent.", ["répondre commentaire"])).toBe(false);
    expect(
      covers("répondre aux clients, aux fans, aux amis, aux inconnus et aux commentaires", ["répondre commentaire"]),
    ).toBe(false);
  });

  it("THEN function words in the answer are skipped but those written in the expression are required", () => {
    expect(covers("faire vraiment partie de la communauté", ["faire partie communauté"])).toBe(true);
    expect(covers("oui et non", ["oui et non"])).toBe(true);
    expect(covers("oui mais non", ["oui et non"])).toBe(false);
  });

  it("THEN alternatives, prefixes and exact words work", () => {
    expect(covers("réagir rapidement", ["réagir|répondre vite|rapidement"])).toBe(true);
    expect(covers("des clients fidèles", ["fidél*"])).toBe(true);
    expect(covers("la fidélité", ["fidél*"])).toBe(true);
    expect(covers("la portée des posts", ["=portée"])).toBe(true);
    expect(covers("ils portent la marque", ["=portée"])).toBe(false);
  });

  it("THEN a function word of the expression matches itself only", () => {
    expect(covers("ses abonnés", ["se abonner"])).toBe(false);
    expect(covers("ils s'abonnent", ["se abonner"])).toBe(true);
  });

  it("THEN one typo is tolerated in long words only", () => {
    expect(covers("la comunauté", ["communauté"])).toBe(true);
    expect(covers("des outils de siblage", ["outil ciblage"])).toBe(true);
    expect(covers("l'engagment", ["engagement"])).toBe(true);
    expect(covers("la vue", ["vie"])).toBe(false);
    // Two different words that differ in their last letter are not a typo.
    expect(covers("les personnes", ["personnel"])).toBe(false);
  });

  it("THEN malformed expressions are refused", () => {
    expect(() => compileExpression("a||b")).toThrow(ExpressionError);
    expect(() => compileExpression("bouche-à-oreille|ambassadeur")).toThrow(ExpressionError);
    expect(() => compileExpression("fi*")).toThrow(ExpressionError);
    expect(() => compileExpression("   ")).toThrow(ExpressionError);
  });

  it("THEN findMatches returns the matched words", () => {
    const sentence = analyse("Les marques répondent vite aux clients").sentences[0] ?? [];
    const matches = findMatches(sentence, compileExpression("répond* vite"));
    expect(matches.map((match) => match.map((token) => token.word))).toEqual([["repondent", "vite"]]);
  });
});

describe("GIVEN two words to compare for a typo", () => {
  it("THEN one insertion, deletion, substitution or swap is within one edit", () => {
    expect(withinOneEdit("communaute", "comunaute")).toBe(true);
    expect(withinOneEdit("ciblage", "siblage")).toBe(true);
    expect(withinOneEdit("interet", "intreet")).toBe(true);
    expect(withinOneEdit("visibilite", "visibilitee")).toBe(true);
    expect(withinOneEdit("visibilite", "visiblite")).toBe(true);
    expect(withinOneEdit("reaction", "relation")).toBe(false);
    expect(withinOneEdit("abc", "abcde")).toBe(false);
  });
});
