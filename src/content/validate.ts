import { z } from "zod";
import type { CourseDocument, Tip } from "./types.js";

/** Discord's limits that the course data must respect wherever it is shown. */
export const discordLimits = {
  embedTitle: 256,
  embedDescription: 4096,
  selectOptionLabel: 100,
  selectOptionDescription: 100,
  choiceName: 100,
} as const;

const id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "doit être en kebab-case (a-z, 0-9, tirets)")
  .max(40);
const text = z
  .string()
  .trim()
  .min(1, "ne doit pas être vide")
  .refine((value) => !/\[bookmark:|powered by Disqus|https?:\/\//i.test(value), "contient des débris web");

const sectionSchema = z.object({
  id,
  title: text.max(discordLimits.embedTitle),
  text: text.refine((value) => !/\n{3,}/.test(value), "contient des lignes vides en trop"),
});

const documentSchema = z.object({
  id,
  title: text.max(discordLimits.embedTitle),
  description: text.max(discordLimits.selectOptionDescription),
  source: z.string().min(1),
  sections: z.array(sectionSchema).min(1),
});

/** Problems in the course data, one line each; empty when the course is sound. */
export function courseProblems(documents: readonly CourseDocument[]): string[] {
  const problems: string[] = [];
  const parsed = z.array(documentSchema).min(1).safeParse(documents);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push(`cours.${issue.path.join(".")} : ${issue.message}`);
  }
  problems.push(
    ...duplicates(
      documents.map((document) => document.id),
      "document",
    ),
  );
  for (const document of documents) {
    problems.push(
      ...duplicates(
        document.sections.map((section) => section.id),
        `section de ${document.id}`,
      ),
    );
  }
  return problems;
}

/** The longest a daily tip's text may be: one glance in the channel. */
export const TIP_TEXT_MAX = 600;

const tipSchema = z.object({
  id,
  title: text.max(discordLimits.embedTitle),
  text: text.max(TIP_TEXT_MAX, `dépasse ${TIP_TEXT_MAX} caractères`),
  sources: z.array(z.string()).min(1, "doit citer au moins une section du cours"),
});

/** Problems in the tip bank, one line each; `catalogRefs` are the course's "document/section" refs. */
export function tipProblems(tips: readonly Tip[], catalogRefs: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const parsed = z.array(tipSchema).min(1, "la banque d'astuces est vide").safeParse(tips);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      problems.push(`${["astuces", ...issue.path].join(".")} : ${issue.message}`);
    }
  }
  problems.push(
    ...duplicates(
      tips.map((tip) => tip.id),
      "astuce",
    ),
  );
  for (const tip of tips) {
    for (const ref of tip.sources) {
      if (!catalogRefs.has(ref)) problems.push(`astuce ${tip.id} : cite une section qui n'existe pas : ${ref}`);
    }
  }
  return problems;
}

export function duplicates(ids: readonly string[], kind: string): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const value of ids) (seen.has(value) ? repeated : seen).add(value);
  return [...repeated].map((value) => `identifiant de ${kind} en double : ${value}`);
}

/** Raised at start when the content is broken: the bot refuses to serve a course it cannot show. */
export class ContentError extends Error {
  override name = "ContentError";
  constructor(readonly problems: readonly string[]) {
    super(`Contenu invalide :\n${problems.join("\n")}`);
  }
}
