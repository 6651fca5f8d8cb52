import { ButtonBuilder, ButtonStyle, EmbedBuilder } from "discord.js";
import type { ReviewStrings } from "../../content/review-strings.js";
import type { StudyQuestionNumber } from "../../content/types.js";
import type { ReviewForecast } from "../../domain/quiz/mastery.js";
import type { SelectionScope } from "../../domain/quiz/selection.js";
import { customId } from "../customId.js";
import type { View } from "./course.js";
import { row } from "./layout.js";

const REVIEW_COLOUR = 0x805ad5;

/** "quiz:new:<question or 0>:<count>:<scope>": a session of that scope (see selection.ts). */
export function scopedQuizId(question: StudyQuestionNumber | null, count: number, scope: SelectionScope): string {
  return customId("quiz", "new", question ?? 0, count, scope);
}

/** The line above `/quiz`'s first item: how many reviews are due today. */
export function dueTodayHeader(strings: ReviewStrings, forecast: ReviewForecast): string {
  return `**${strings.dueTodayTitle(forecast.dueToday)}**${forecast.dueToday > 0 ? `\n${strings.dueTodayIntro}` : ""}`;
}

/**
 * `/quiz` when nothing is due today: when the next review is, and the choice between new items (when some are
 * left) and free practice (the items likeliest forgotten).
 */
export function nothingDueView(input: {
  strings: ReviewStrings;
  forecast: ReviewForecast;
  newItems: number;
  question: StudyQuestionNumber | null;
  count: number;
}): View {
  const { strings, forecast } = input;
  const lines = [
    forecast.nextDueDay ? strings.nextDue(strings.formatDay(forecast.nextDueDay)) : strings.allDone,
    strings.noneDueOffer,
  ];
  const buttons: ButtonBuilder[] = [];
  if (input.newItems > 0) {
    buttons.push(
      new ButtonBuilder()
        .setCustomId(scopedQuizId(input.question, input.count, "new"))
        .setLabel(strings.newItems(input.newItems))
        .setEmoji({ name: "✨" })
        .setStyle(ButtonStyle.Primary),
    );
  }
  buttons.push(
    new ButtonBuilder()
      .setCustomId(scopedQuizId(input.question, input.count, "practice"))
      .setLabel(strings.freePractice)
      .setEmoji({ name: "🧠" })
      .setStyle(input.newItems > 0 ? ButtonStyle.Secondary : ButtonStyle.Primary),
  );
  const embed = new EmbedBuilder()
    .setColor(REVIEW_COLOUR)
    .setTitle(strings.dueTodayTitle(0))
    .setDescription(lines.join("\n\n"));
  return { embeds: [embed], components: [row(...buttons)] };
}

/** The summary's "more": a free-practice session, the likeliest forgotten items first. */
export function moreButton(strings: ReviewStrings, question: StudyQuestionNumber | null, count: number): ButtonBuilder {
  return new ButtonBuilder()
    .setCustomId(scopedQuizId(question, count, "practice"))
    .setLabel(strings.more)
    .setEmoji({ name: "🧠" })
    .setStyle(ButtonStyle.Secondary);
}

/** `/score`'s reviews: due today, over the next 7 days, and the next date. */
export function reviewsField(strings: ReviewStrings, forecast: ReviewForecast): { name: string; value: string } {
  const next = forecast.nextDueDay ? strings.formatDay(forecast.nextDueDay) : null;
  return { name: strings.reviews, value: strings.reviewsValue(forecast.dueToday, forecast.nextDays, next) };
}
