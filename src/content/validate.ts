import type { QuizItem, Tip } from "./types.js";

export { discordLimits, TIP_TEXT_MAX } from "./pack/schema.js";

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

/** Raised at start when the content is broken: the bot refuses to serve a course it cannot show. */
export class ContentError extends Error {
  override name = "ContentError";
  constructor(readonly problems: readonly string[]) {
    super(`Contenu invalide :\n${problems.join("\n")}`);
  }
}
