import { z } from "zod";
import {
  courseFileSchema,
  documentFrontMatterSchema,
  quizFileSchema,
  rubricFileSchema,
  tipsFileSchema,
} from "./schema.js";

/**
 * The JSON Schemas of the pack's files, generated from the zod schemas (never written by hand): an editor with
 * the YAML extension reads the one named on a file's first line and completes and checks the file as the
 * teacher types. `npm run content:schemas` writes them to src/content/schemas/; a test keeps them current.
 */
export const packSchemaFiles = {
  "cours.schema.json": courseFileSchema,
  "document.schema.json": documentFrontMatterSchema,
  "quiz.schema.json": quizFileSchema,
  "astuces.schema.json": tipsFileSchema,
  "grille.schema.json": rubricFileSchema,
} as const;

export type PackSchemaFile = keyof typeof packSchemaFiles;

/** The first line of a pack file of this kind, for a file in `depth` folders below the pack's root. */
export function schemaModeline(file: PackSchemaFile, depth: number): string {
  return `yaml-language-server: $schema=${"../".repeat(depth)}schemas/${file}`;
}

/** Each schema file's text: JSON Schema draft-07 (what the YAML language server reads best) of what a teacher writes. */
export function packJsonSchemas(): Record<PackSchemaFile, string> {
  return Object.fromEntries(
    Object.entries(packSchemaFiles).map(([file, schema]) => [
      file,
      `${JSON.stringify(z.toJSONSchema(schema, { io: "input", target: "draft-07" }), null, 2)}\n`,
    ]),
  ) as Record<PackSchemaFile, string>;
}
