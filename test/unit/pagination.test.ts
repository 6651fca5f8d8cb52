import { describe, expect, it } from "vitest";
import { paginate } from "../../src/domain/pagination.js";

const squash = (text: string) => text.replace(/\s+/g, " ").trim();

describe("paginate", () => {
  it("GIVEN a short text THEN one page, unchanged", () => {
    expect(paginate("Une phrase.", 100)).toEqual(["Une phrase."]);
  });

  it("GIVEN paragraphs THEN cuts between paragraphs and keeps every character", () => {
    const text = ["Premier paragraphe assez long.", "Deuxième paragraphe, lui aussi.", "Troisième."].join("\n\n");
    const pages = paginate(text, 70);
    expect(pages).toEqual(["Premier paragraphe assez long.\n\nDeuxième paragraphe, lui aussi.", "Troisième."]);
  });

  it("GIVEN one long paragraph THEN cuts after a sentence, never inside a word", () => {
    const sentence = "Les réseaux sociaux sont des environnements en temps réel. ";
    const text = sentence.repeat(40).trim();
    const pages = paginate(text, 300);
    for (const page of pages) {
      expect(page.length).toBeLessThanOrEqual(300);
      expect(page.endsWith(".")).toBe(true);
    }
    expect(squash(pages.join(" "))).toBe(squash(text));
  });

  it("GIVEN a text without any break THEN still respects the limit", () => {
    const text = "x".repeat(250);
    const pages = paginate(text, 100);
    expect(pages.map((page) => page.length)).toEqual([100, 100, 50]);
    expect(pages.join("")).toBe(text);
  });
});
