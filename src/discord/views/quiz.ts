import { type APIEmbed, ButtonBuilder, ButtonStyle, EmbedBuilder, escapeMarkdown } from "discord.js";
import type { QuizStrings } from "../../content/quiz-strings.js";
import type { QuizItem, StudyQuestionNumber } from "../../content/types.js";
import type { CourseCatalog } from "../../domain/course.js";
import type { QuizSession, SessionAnswer } from "../../domain/quiz/quizService.js";
import { truncate } from "../../domain/text.js";
import { customId } from "../customId.js";
import { citedSectionButtons, type View } from "./course.js";
import { row } from "./layout.js";
import { answerRow, describeOptions, letteredOptions } from "./options.js";
import { palette } from "./palette.js";

const COMMAND = "quiz";
const escapedTexts = new Map<string, string>();

/**
 * A bank text (prompt, option, explanation) escaped for Markdown, once per text: escapeMarkdown's regular
 * expressions cost more than the rest of a view, and the bank's texts are few and fixed.
 */
function escapedText(text: string): string {
  let escaped = escapedTexts.get(text);
  if (escaped === undefined) {
    escaped = escapeMarkdown(text);
    escapedTexts.set(text, escaped);
  }
  return escaped;
}

/**
 * An embed from its API data. Not with setters: even with validators disabled, each nullable setter (colour,
 * title, description) builds and throws away an Error with its stack; nor with the constructor, which snake-cases
 * every key with lodash. Together a few percent of an answer's CPU (docs/benchmarks.md). The local Discord
 * server's schemas still check every embed in the end-to-end tests.
 */
function embedOf(data: APIEmbed): EmbedBuilder {
  const embed = new EmbedBuilder();
  Object.assign(embed.data, data);
  return embed;
}

export const quizActions = {
  answer: "a",
  answerMany: "m",
  show: "show",
  summary: "end",
  retry: "retry",
  start: "new",
} as const;

/** "quiz:new:<question or 0>:<count>": starts a fresh session, from any message. */
export function newQuizId(question: StudyQuestionNumber | null, count: number): string {
  return customId(COMMAND, quizActions.start, question ?? 0, count);
}

export function itemView(session: QuizSession, position: number, item: QuizItem, strings: QuizStrings): View {
  const shown = letteredOptions(item, session.optionOrders?.[position]);
  const options = shown.map(({ letter, option }) => `**${letter}.** ${escapedText(option.text)}`);
  const embed = embedOf({
    color: palette.practice,
    author: { name: strings.chapter(item.question) },
    title: strings.itemTitle(position + 1, session.itemIds.length),
    description: [
      escapedText(item.prompt),
      "",
      ...(item.kind === "truefalse" ? [] : options),
      ...(item.kind === "multiple" ? ["", `*${strings.selectAll}*`] : []),
    ]
      .join("\n")
      .trim(),
  });
  const answers = answerRow(item, shown, strings.chooseOptions, ButtonStyle.Secondary, {
    menu: customId(COMMAND, quizActions.answerMany, session.id, position),
    button: (optionId) => customId(COMMAND, quizActions.answer, session.id, position, optionId),
  });
  return { embeds: [embed], components: [answers] };
}

export function resultView(input: {
  session: QuizSession;
  position: number;
  item: QuizItem;
  answer: SessionAnswer;
  duplicate: boolean;
  catalog: CourseCatalog;
  strings: QuizStrings;
}): View {
  const { session, position, item, answer, strings } = input;
  const shown = letteredOptions(item, session.optionOrders?.[position]);
  const describe = (ids: readonly string[]) =>
    describeOptions(shown, ids, (letter, text) => `${letter}. ${escapedText(text)}`);
  const embed = embedOf({
    color: answer.correct ? palette.success : palette.failure,
    author: { name: `${strings.chapter(item.question)} · ${strings.itemTitle(position + 1, session.itemIds.length)}` },
    title: answer.correct ? strings.right : strings.wrong,
    description: escapedText(item.prompt),
    fields: [
      { name: strings.yourAnswer, value: truncate(describe(answer.chosen) || "—", 1024) },
      ...(answer.correct ? [] : [{ name: strings.rightAnswer, value: truncate(describe(item.correct), 1024) }]),
      { name: strings.why, value: truncate(escapedText(item.explanation), 1024) },
    ],
    footer: { text: strings.pointsEarned(answer.points) },
  });

  const rereadButtons = citedSectionButtons(input.catalog, item.sources, strings.reread);
  const isLast = position + 1 >= session.itemIds.length;
  const next = new ButtonBuilder()
    .setCustomId(
      isLast
        ? customId(COMMAND, quizActions.summary, session.id)
        : customId(COMMAND, quizActions.show, session.id, position + 1),
    )
    .setLabel(isLast ? strings.seeSummary : strings.next)
    .setEmoji({ name: isLast ? "🏁" : "▶️" })
    .setStyle(ButtonStyle.Primary);
  return {
    ...(input.duplicate ? { content: strings.alreadyCounted } : {}),
    embeds: [embed],
    components: [row(next, ...rereadButtons)],
  };
}

export function summaryView(
  session: QuizSession,
  bank: (id: string) => QuizItem | undefined,
  streakDays: number,
  strings: QuizStrings,
): View {
  const answers = Object.values(session.answers);
  const right = answers.filter((answer) => answer.correct).length;
  const points = answers.reduce((sum, answer) => sum + answer.points, 0);
  const perChapter = new Map<StudyQuestionNumber, { right: number; total: number }>();
  const missed: string[] = [];
  session.itemIds.forEach((itemId, position) => {
    const item = bank(itemId);
    if (!item) return;
    const tally = perChapter.get(item.question) ?? { right: 0, total: 0 };
    const answer = session.answers[position];
    tally.total += 1;
    if (answer?.correct) tally.right += 1;
    else missed.push(itemId);
    perChapter.set(item.question, tally);
  });
  const lines = [...perChapter.entries()]
    .sort(([a], [b]) => a - b)
    .map(([question, tally]) => strings.summaryChapter(strings.chapter(question), tally.right, tally.total));
  const embed = new EmbedBuilder()
    .setColor(palette.practice)
    .setTitle(strings.summaryTitle)
    .setDescription(
      [
        strings.summaryScore(right, session.itemIds.length, points),
        "",
        ...lines,
        "",
        strings.streakLine(Math.max(1, streakDays)),
      ].join("\n"),
    );
  const buttons: ButtonBuilder[] = [];
  if (missed.length > 0) {
    buttons.push(
      new ButtonBuilder()
        .setCustomId(customId(COMMAND, quizActions.retry, session.id))
        .setLabel(strings.retryMissed(missed.length))
        .setEmoji({ name: "🔁" })
        .setStyle(ButtonStyle.Primary),
    );
  }
  buttons.push(newQuizButton(session.question, session.itemIds.length, strings));
  return { embeds: [embed], components: [row(...buttons)] };
}

export function expiredView(question: StudyQuestionNumber | null, count: number, strings: QuizStrings): View {
  return { content: strings.sessionExpired, embeds: [], components: [row(newQuizButton(question, count, strings))] };
}

function newQuizButton(question: StudyQuestionNumber | null, count: number, strings: QuizStrings): ButtonBuilder {
  return new ButtonBuilder()
    .setCustomId(newQuizId(question, count))
    .setLabel(strings.newQuiz)
    .setEmoji({ name: "🎯" })
    .setStyle(ButtonStyle.Secondary);
}
