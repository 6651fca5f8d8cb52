import { describe, expect, it } from "vitest";
import { readPack } from "../../src/content/index.js";
import { discordLimits } from "../../src/content/validate.js";
import { renderCourseText, unrenderCourseText } from "../../src/discord/markdown.js";
import { PAGE_LIMIT } from "../../src/domain/course.js";
import { catalog, pack, quizBank } from "../pack.js";

const squash = (text: string) => text.replace(/\s+/g, " ").trim();

describe("course content", () => {
  it("GIVEN the five documents THEN they validate, with the four study questions as their own section", () => {
    expect(readPack().problems).toEqual([]);
    expect(catalog.documents).toHaveLength(5);
    const questions = catalog.section("specificites/travail-a-faire");
    expect(questions?.section.text.match(/^[1-4]\. /gm)).toHaveLength(4);
  });

  it("GIVEN every section THEN its pages fit an embed and hold its whole text", () => {
    for (const entry of catalog.sections) {
      for (const page of entry.pages) {
        expect(page.length).toBeGreaterThan(0);
        expect(page.length).toBeLessThanOrEqual(Math.min(PAGE_LIMIT, discordLimits.embedDescription));
      }
      expect(squash(unrenderCourseText(entry.pages.join("\n\n")))).toBe(squash(entry.section.text));
    }
  });

  it("GIVEN markdown characters in the text THEN they are escaped, and sub-headings become bold", () => {
    const rendered = renderCourseText("### Titre_x\n\n* Note : 85% *gras* ~barré~ `code` | a > b\n\n1. Une question ?");
    // Single ~ and | are not markdown; Discord only reads ~~ and || pairs.
    expect(rendered).toBe(
      "**Titre\\_x**\n\n\\* Note : 85% \\*gras\\* ~barré~ \\`code\\` | a > b\n\n1\\. Une question ?",
    );
    expect(unrenderCourseText(rendered)).toBe(
      "### Titre_x\n\n* Note : 85% *gras* ~barré~ `code` | a > b\n\n1. Une question ?",
    );
  });

  it("GIVEN reading order THEN previous/next cross document boundaries and stop at the ends", () => {
    const first = catalog.sections[0];
    const last = catalog.sections.at(-1);
    if (!first || !last) throw new Error("empty catalog");
    expect(catalog.neighbour(first, -1)).toBeUndefined();
    expect(catalog.neighbour(last, 1)).toBeUndefined();
    const endOfFirstDocument = catalog.sectionsOf("specificites").at(-1);
    if (!endOfFirstDocument) throw new Error("no section");
    expect(catalog.neighbour(endOfFirstDocument, 1)?.document.id).toBe("medias-sociaux");
  });
});

describe("course search", () => {
  it("GIVEN no accents and another case THEN finds the section by its title", () => {
    const [best] = catalog.searchSections("REACTIVITE");
    expect(best?.entry.ref).toBe("specificites/proximite-reactivite");
  });

  it("GIVEN words of the text THEN finds the section that holds them", () => {
    const refs = catalog.searchSections("mensonge évente").map((match) => match.entry.ref);
    expect(refs[0]).toBe("communitip/ne-jamais-mentir");
  });

  it("GIVEN a typo THEN still finds it", () => {
    expect(catalog.searchSections("linkedn")[0]?.entry.ref).toBe("medias-sociaux/linkedin");
  });

  it("GIVEN a document THEN searches only its sections, all of them in order for an empty query", () => {
    const inDocument = catalog.searchSections("", "like-love").map((match) => match.entry.section.id);
    expect(inDocument).toEqual(["introduction", "taille-audience", "like-au-love", "commentaire"]);
    for (const match of catalog.searchSections("facebook", "r-comme-reseaux")) {
      expect(match.entry.document.id).toBe("r-comme-reseaux");
    }
  });

  it("GIVEN a document query THEN ranks documents, all five for an empty query", () => {
    expect(catalog.searchDocuments("")).toHaveLength(5);
    expect(catalog.searchDocuments("communitip")[0]?.id).toBe("communitip");
    expect(catalog.searchDocuments("like love")[0]?.id).toBe("like-love");
  });

  it("GIVEN an id, a ref or an exact title without accents THEN resolves it; otherwise nothing", () => {
    expect(catalog.resolveDocument("medias-sociaux")?.id).toBe("medias-sociaux");
    expect(catalog.resolveSection("medias-sociaux/twitter")?.section.id).toBe("twitter");
    expect(catalog.resolveSection("twitter", "medias-sociaux")?.section.id).toBe("twitter");
    expect(catalog.resolveSection("proximite et reactivite")?.ref).toBe("specificites/proximite-reactivite");
    expect(catalog.resolveSection("medias-sociaux/twitter", "like-love")).toBeUndefined();
    expect(catalog.resolveSection("zzzz")).toBeUndefined();
  });
});

describe("quiz bank", () => {
  it("GIVEN the shipped course THEN each of its four study questions has at least 8 items", () => {
    expect(pack.questions.map((question) => question.number)).toEqual([1, 2, 3, 4]);
    for (const { number } of pack.questions) {
      expect(quizBank.filter((item) => item.question === number).length).toBeGreaterThanOrEqual(8);
    }
  });
});
