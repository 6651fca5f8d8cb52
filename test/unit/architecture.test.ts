import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "../..");
const discordDir = join(root, "src/discord");

/** The modules a TypeScript file imports (static, type-only, re-exports and dynamic imports alike). */
function importsOf(source: string): string[] {
  return ts.preProcessFile(source, true, true).importedFiles.map((file) => file.fileName);
}

/** Why an import breaks the layer rule, or undefined: Discord stays out of the domain, and out of the content. */
function violation(layer: "domain" | "content", importer: string, specifier: string): string | undefined {
  const discordLibrary = specifier === "discord.js" || specifier.startsWith("@discordjs/");
  if (layer === "domain" && discordLibrary) return `${specifier} (the discord.js library)`;
  if (!specifier.startsWith(".")) return undefined;
  const target = resolve(dirname(importer), specifier);
  if (target === discordDir || target.startsWith(`${discordDir}/`)) return `${specifier} (src/discord)`;
  return undefined;
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".ts"))
    .map((name) => join(dir, name));
}

function violations(layer: "domain" | "content"): string[] {
  return tsFiles(join(root, "src", layer)).flatMap((file) =>
    importsOf(readFileSync(file, "utf8")).flatMap((specifier) => {
      const why = violation(layer, file, specifier);
      return why ? [`${relative(root, file)} imports ${why}`] : [];
    }),
  );
}

describe("architecture", () => {
  it("GIVEN every file under src/domain THEN none imports discord.js or src/discord", () => {
    expect(violations("domain")).toEqual([]);
  });

  it("GIVEN every file under src/content THEN none imports src/discord", () => {
    expect(violations("content")).toEqual([]);
  });

  it("GIVEN imports that cross the line THEN the rule names them, and lets the others pass", () => {
    const domainFile = join(root, "src/domain/quiz/example.ts");
    const contentFile = join(root, "src/content/example.ts");
    const found = (source: string, layer: "domain" | "content", file: string) =>
      importsOf(source).filter((specifier) => violation(layer, file, specifier));
    expect(
      found(
        [
          'import { EmbedBuilder } from "discord.js";',
          'import type { REST } from "@discordjs/rest";',
          'export { paletteOf } from "../../discord/views/palette.js";',
          'const lazy = await import("../../discord/markdown.js");',
          'import type { QuizItem } from "../../content/types.js";',
          'import Keyv from "keyv";',
        ].join("\n"),
        "domain",
        domainFile,
      ),
    ).toEqual(["discord.js", "@discordjs/rest", "../../discord/views/palette.js", "../../discord/markdown.js"]);
    expect(
      found(
        'import { renderCourseText } from "../discord/markdown.js";\nimport { CourseCatalog } from "../domain/course.js";',
        "content",
        contentFile,
      ),
    ).toEqual(["../discord/markdown.js"]);
    // A folder whose name merely starts with "discord" is not src/discord.
    expect(violation("content", contentFile, "../discordish/x.js")).toBeUndefined();
  });
});

describe("the documented layout", () => {
  const layoutTable = () => {
    const text = readFileSync(join(root, "docs/architecture.md"), "utf8");
    const section = text.slice(text.indexOf("## Layout"), text.indexOf("\n## ", text.indexOf("## Layout") + 1));
    return [...section.matchAll(/^\| `([^`]+)`/gm)].map((match) => (match[1] ?? "").replace(/\/$/, ""));
  };

  it("GIVEN docs/architecture.md's Layout table THEN every folder and loose file of src/ has its row", () => {
    const documented = new Set(layoutTable());
    const entries = readdirSync(join(root, "src"), { withFileTypes: true })
      .filter((entry) => entry.name !== "types")
      .map((entry) => `src/${entry.name}`);
    expect(entries.filter((entry) => !documented.has(entry))).toEqual([]);
  });

  it("GIVEN the Layout table THEN every path it names exists", () => {
    const missing = layoutTable().filter((path) => !existsSync(join(root, path)));
    expect(missing).toEqual([]);
  });
});
