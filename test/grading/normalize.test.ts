import { describe, expect, it } from "vitest";
import { analyse, splitElisions, stemsOf } from "../../src/domain/grading/normalize.js";

const words = (text: string) => analyse(text).tokens.map((token) => token.word);
const shareStem = (a: string, b: string) => stemsOf(a).some((stem) => stemsOf(b).includes(stem));

describe("GIVEN French text to normalise", () => {
  it("THEN case and accents are folded", () => {
    expect(words("RÉACTIVITÉ Réactivité reactivite")).toEqual(["reactivite", "reactivite", "reactivite"]);
  });

  it("THEN elisions are expanded, with either apostrophe", () => {
    expect(words("l'engagement d’une marque qu'il n'aime pas, c'est l'avis")).toEqual([
      "le",
      "engagement",
      "de",
      "une",
      "marque",
      "que",
      "il",
      "ne",
      "aime",
      "pas",
      "ce",
      "est",
      "le",
      "avis",
    ]);
    expect(splitElisions("jusqu'à")).toEqual(["jusque", "à"]);
    expect(splitElisions("aujourd'hui")).toEqual(["aujourdhui"]);
  });

  it("THEN hyphenated words are split", () => {
    expect(words("est-elle un bouche-à-oreille ? des fake-news")).toEqual([
      "est",
      "elle",
      "un",
      "bouche",
      "a",
      "oreille",
      "des",
      "fake",
      "news",
    ]);
  });

  it("THEN plurals, feminines and verb forms share a stem", () => {
    expect(shareStem("communauté", "communautés")).toBe(true);
    expect(shareStem("actif", "active")).toBe(false); // Snowball keeps them apart: the rubric lists both
    expect(shareStem("active", "actives")).toBe(true);
    expect(shareStem("partager", "partagé")).toBe(true);
    expect(shareStem("partager", "partages")).toBe(true);
    expect(shareStem("partager", "partagent")).toBe(true); // "-ent" that Snowball leaves whole
    expect(shareStem("commenter", "commentent")).toBe(true);
    expect(shareStem("fidéliser", "fidélisation")).toBe(true);
    expect(shareStem("engagement", "engagements")).toBe(true);
  });

  it("THEN a word typed without its accents keeps the stem of the accented word", () => {
    expect(shareStem("réactivité", "reactivite")).toBe(true);
    expect(shareStem("notoriété", "notoriete")).toBe(true);
    expect(shareStem("intérêts", "interets")).toBe(true);
  });

  it("THEN sentences end on . ! ? ; … and new lines, and clauses on commas, colons and « mais », « car »…", () => {
    const analysis = analyse("Oui, c'est bien : on partage. Mais attention!\nDeux car trois");
    expect(analysis.sentences.map((sentence) => sentence.map((token) => token.word).join(" "))).toEqual([
      "oui ce est bien on partage",
      "mais attention",
      "deux car trois",
    ]);
    const clauses = (sentence: number) => new Set(analysis.sentences[sentence]?.map((token) => token.clause)).size;
    expect(clauses(0)).toBe(3);
    expect(clauses(2)).toBe(2);
  });

  it("THEN function words are marked so the matcher can skip them", () => {
    const tokens = analyse("les clients de la marque").tokens;
    expect(tokens.map((token) => token.stop)).toEqual([true, false, true, true, false]);
  });

  it("THEN an empty text gives no sentence", () => {
    expect(analyse("  \n ").sentences).toEqual([]);
  });
});
