import { z } from "zod";
import type { CourseDocument, CourseSection } from "../types.js";
import type { ParsedDocument, ProblemList } from "./files.js";
import { sectionSchema } from "./schema.js";

const french = { error: z.locales.fr().localeError } as const;

/**
 * The course documents: each section's heading id, title and text checked (at its "##" line), ids unique
 * in their document, document ids unique across the course. Returns the documents that are whole.
 */
export function checkDocuments(problems: ProblemList, parsed: readonly ParsedDocument[]): CourseDocument[] {
  const documents: CourseDocument[] = [];
  const documentFiles = new Map<string, string>();
  for (const { file, frontMatter, sections } of parsed) {
    const front = frontMatter.value;
    if (front && frontMatter.source) {
      const first = documentFiles.get(front.id);
      if (first) {
        problems.add(
          file,
          frontMatter.source.locate(["id"]),
          `identifiant de document en double : « ${front.id} » (déjà dans ${problems.display(first)})`,
        );
      } else documentFiles.set(front.id, file);
    }
    const checked: CourseSection[] = [];
    const sectionIds = new Set<string>();
    for (const section of sections) {
      if (section.id === undefined) {
        problems.add(
          file,
          section.position,
          `la section « ${section.title} » n'a pas d'identifiant : écrivez « ## ${section.title} {#son-id} »`,
        );
        continue;
      }
      const result = sectionSchema.safeParse({ id: section.id, title: section.title, text: section.text }, french);
      if (!result.success) {
        for (const issue of result.error.issues) {
          const field = { id: "identifiant", title: "titre", text: "texte" }[String(issue.path[0])] ?? "section";
          problems.add(file, section.position, `section « ${section.id} », ${field} : ${issue.message}`);
        }
        continue;
      }
      if (sectionIds.has(section.id)) {
        problems.add(file, section.position, `identifiant de section en double dans ce document : « ${section.id} »`);
        continue;
      }
      sectionIds.add(section.id);
      // The text as written: the schema's trim must not change what the round trip keeps.
      checked.push({ id: section.id, title: section.title, text: section.text });
    }
    if (front && checked.length === sections.length && checked.length > 0)
      documents.push({ ...front, sections: checked });
  }
  return documents;
}
