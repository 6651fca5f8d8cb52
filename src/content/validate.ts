import { z } from "zod";
import type { CourseDocument, QuizItem, Tip } from "./types.js";

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

/**
 * French typography of the text we write (quiz items, tips): a no-break space (U+00A0, as in the study questions,
 * or U+202F), never a plain one, before ? ! : ; and inside « ». A plain space lets Discord wrap a lone "?" or "»"
 * onto its own line. The course's own text is left as the documents wrote it and is not checked.
 */
const plainSpaceBeforeSign = / [?!:;»]|« /u;

/** One line per text (labelled by `where`) with a plain space where French typography wants a no-break one. */
export function typographyProblems(texts: readonly { where: string; text: string }[]): string[] {
  return texts
    .filter(({ text }) => plainSpaceBeforeSign.test(text))
    .map(({ where, text }) => {
      const at = text.search(plainSpaceBeforeSign);
      return `${where} : espace ordinaire au lieu d'une espace insécable : « …${text.slice(Math.max(0, at - 20), at + 3)}… »`;
    });
}

/** The texts of the quiz bank and the tip bank that typographyProblems checks, labelled by item or tip. */
export function writtenTexts(items: readonly QuizItem[], tips: readonly Tip[]): { where: string; text: string }[] {
  return [
    ...items.flatMap((item) => [
      { where: `quiz ${item.id} (énoncé)`, text: item.prompt },
      ...item.options.map((option) => ({ where: `quiz ${item.id} (option ${option.id})`, text: option.text })),
      { where: `quiz ${item.id} (explication)`, text: item.explanation },
    ]),
    ...tips.flatMap((tip) => [
      { where: `astuce ${tip.id} (titre)`, text: tip.title },
      { where: `astuce ${tip.id} (texte)`, text: tip.text },
    ]),
  ];
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
