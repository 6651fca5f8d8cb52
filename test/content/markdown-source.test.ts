import { describe, expect, it } from "vitest";
import { parseMarkdownSource } from "../../src/content/pack/source.js";

describe("GIVEN a course document in Markdown", () => {
  const text = [
    "### Un intertitre",
    "Un paragraphe avec * étoile, _souligné_, ~tilde~, a | b, `code` et 85 % *gras*.",
    "• Un élément de liste",
    "• Un autre, avec « guillemets » et une URL-like: pas de lien",
    "> pas une citation pour Discord",
    "1. Une question numérotée ?",
    "* Une note de bas de page",
  ].join("\n\n");
  const source = `---\nid: doc\ntitle: Titre\ndescription: Une description.\nsource: test\n---\n\n## Première section {#premiere}\n\n${text}\n\n## Seconde  section   {#seconde}   \n\nFin.\n`;

  it("THEN each section's text is exactly what is written between its heading and the next", () => {
    const parsed = parseMarkdownSource(source);
    expect(parsed.problems).toEqual([]);
    expect(parsed.frontMatter?.value).toEqual({
      id: "doc",
      title: "Titre",
      description: "Une description.",
      source: "test",
    });
    expect(parsed.sections).toEqual([
      { id: "premiere", title: "Première section", text, position: { line: 8, column: 1 } },
      { id: "seconde", title: "Seconde  section", text: "Fin.", position: { line: 24, column: 1 } },
    ]);
  });

  it("THEN a ## inside a code block is text, not a section", () => {
    const parsed = parseMarkdownSource(`---\nid: d\n---\n\n## A {#a}\n\n\`\`\`\n## pas un titre\n\`\`\`\n`);
    expect(parsed.sections.map((section) => section.id)).toEqual(["a"]);
    expect(parsed.sections[0]?.text).toBe("```\n## pas un titre\n```");
  });
});
