import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { packJsonSchemas } from "../../src/content/pack/jsonSchemas.js";
import { DEFAULT_PACK_DIR } from "../../src/content/pack/location.js";

const packs = {
  "src/content": DEFAULT_PACK_DIR,
  "test/fixtures/pack-mini": join(import.meta.dirname, "../fixtures/pack-mini"),
};

/** The pack's YAML and Markdown files, relative to its folder. */
function packFiles(root: string): string[] {
  const inFolder = (folder: string, extension: string) =>
    readdirSync(join(root, folder))
      .filter((name) => name.endsWith(extension))
      .map((name) => join(folder, name));
  return [...inFolder(".", ".yaml"), ...inFolder("cours", ".md"), ...inFolder("quiz", ".yaml")];
}

describe.each(Object.entries(packs))("GIVEN the pack in %s", (_, root) => {
  it("THEN its JSON Schemas are those the zod schemas generate (npm run content:schemas)", () => {
    for (const [file, text] of Object.entries(packJsonSchemas())) {
      expect(readFileSync(join(root, "schemas", file), "utf8"), file).toBe(text);
    }
  });

  it("THEN every file names its schema on its first YAML line, and the schema is there", () => {
    for (const file of packFiles(root)) {
      const lines = readFileSync(join(root, file), "utf8").split("\n");
      const line = file.endsWith(".md") ? lines[1] : lines[0];
      const schema = /^# yaml-language-server: \$schema=(\S+)$/.exec(line ?? "")?.[1];
      expect(schema, file).toBeDefined();
      const target = join(root, dirname(file), schema ?? "");
      expect(existsSync(target), `${file} → ${relative(root, target)}`).toBe(true);
    }
  });
});
