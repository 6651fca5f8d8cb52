import { ButtonBuilder, ButtonStyle, EmbedBuilder, escapeMarkdown } from "discord.js";
import type { ClassStrings } from "../../content/class-strings.js";
import type { Locale } from "../../content/locale.js";
import type { QuizItem } from "../../content/types.js";
import type { CourseCatalog } from "../../domain/course.js";
import { type LiveItem, type LiveRound, podium } from "../../domain/live/liveRound.js";
import { DEFAULT_ITEM_COUNT } from "../../domain/quiz/quizService.js";
import { truncate } from "../../domain/text.js";
import { customId } from "../customId.js";
import { citedSectionButtons, type View } from "./course.js";
import { row } from "./layout.js";
import { answerRow, describeOptions, type LetteredOption, letteredOptions } from "./options.js";
import { palette } from "./palette.js";
import { newQuizId } from "./quiz.js";

export const LIVE_COMMAND = "quiz-classe";
const MEDALS = ["🥇", "🥈", "🥉"];
const PODIUM_SIZE = 3;

export const liveActions = { answer: "a", answerMany: "m", stop: "stop" } as const;

/** "quiz-classe:stop:<round>": ends the round early (checked against the clicker's permissions). */
export function stopRoundId(roundId: string): string {
  return customId(LIVE_COMMAND, liveActions.stop, roundId);
}

export function stopButton(roundId: string, strings: ClassStrings): ButtonBuilder {
  return new ButtonBuilder()
    .setCustomId(stopRoundId(roundId))
    .setLabel(strings.stopRound)
    .setEmoji({ name: "⏹️" })
    .setStyle(ButtonStyle.Danger);
}

/** "A. text" of the option ids chosen, one per line, lettered as on the round's message. */
export function describeChoice(options: readonly LetteredOption[], chosen: readonly string[]): string {
  return describeOptions(options, chosen, (letter, text) => `**${letter}.** ${escapeMarkdown(text)}`);
}

/** The item's options lettered in the order the whole class is shown them. */
export function roundOptions(round: LiveRound, position: number, item: QuizItem): LetteredOption[] {
  return letteredOptions(item, round.optionOrders?.[position]);
}

/** The public message of an open item: prompt, options, countdown, answer buttons and the stop control. */
export function liveItemView(
  round: LiveRound,
  position: number,
  item: QuizItem,
  live: LiveItem,
  strings: ClassStrings,
): View {
  const shown = roundOptions(round, position, item);
  const options = shown.map(({ letter, option }) => `**${letter}.** ${escapeMarkdown(option.text)}`);
  const embed = new EmbedBuilder()
    .setColor(palette.practice)
    .setAuthor({ name: strings.liveAuthor(position + 1, round.itemIds.length) })
    .setDescription(
      truncate(
        [
          `**${escapeMarkdown(item.prompt)}**`,
          "",
          ...(item.kind === "truefalse" ? [] : options),
          ...(item.kind === "multiple" ? ["", `*${strings.selectAll}*`] : []),
          "",
          strings.liveHint,
        ].join("\n"),
        4096,
      ),
    )
    .addFields({ name: strings.liveCountdown, value: `<t:${Math.ceil(live.closesAt / 1000)}:R>` })
    .setFooter({ text: strings.liveFooter(item.id, round.seconds) });
  const stop = row(stopButton(round.id, strings));
  const answers = answerRow(item, shown, strings.chooseOptions, ButtonStyle.Primary, {
    menu: customId(LIVE_COMMAND, liveActions.answerMany, round.id, position),
    button: (optionId) => customId(LIVE_COMMAND, liveActions.answer, round.id, position, optionId),
  });
  return { embeds: [embed], components: [answers, stop] };
}

/** The same message once the item is closed: votes per option, the right answer, how many got it, the fastest. */
export function liveResultView(input: {
  round: LiveRound;
  position: number;
  item: QuizItem;
  live: LiveItem;
  catalog: CourseCatalog;
  strings: ClassStrings;
  locale: Locale;
}): View {
  const { round, position, item, live, strings } = input;
  const result = live.result ?? { counts: {}, answered: 0, right: 0, fastest: null };
  const shown = roundOptions(round, position, item);
  const lines = shown.map(({ letter, option }) => {
    const mark = item.correct.includes(option.id) ? "✅" : "▫️";
    const votes = strings.optionCount(result.counts[option.id] ?? 0);
    return `${mark} **${letter}.** ${escapeMarkdown(option.text)} — ${votes}`;
  });
  const fastest = result.fastest
    ? strings.fastest(escapeMarkdown(result.fastest.name), seconds(result.fastest.ms, input.locale))
    : strings.nobodyRight;
  const embed = new EmbedBuilder()
    .setColor(palette.success)
    .setAuthor({ name: strings.liveAuthor(position + 1, round.itemIds.length) })
    .setTitle(strings.resultsTitle(position + 1, round.itemIds.length))
    .setDescription(truncate([`**${escapeMarkdown(item.prompt)}**`, "", ...lines].join("\n"), 4096))
    .addFields(
      { name: strings.rightAnswer, value: truncate(describeChoice(shown, item.correct) || "—", 1024) },
      { name: strings.answersTitle, value: `${strings.answersLine(result.answered, result.right)}\n${fastest}` },
      { name: strings.why, value: truncate(escapeMarkdown(item.explanation), 1024) },
    )
    .setFooter({ text: strings.liveFooter(item.id, round.seconds) });
  const reread = citedSectionButtons(input.catalog, item.sources, strings.reread);
  return { embeds: [embed], components: reread.length > 0 ? [row(...reread)] : [] };
}

/** The round's podium: the first three by points (ties share a place), who took part, why it ended early. */
export function podiumView(round: LiveRound, strings: ClassStrings): View {
  const places = podium(round);
  const played = round.items.filter((item) => item.messageId !== undefined || Object.keys(item.answers).length > 0);
  const lines = places
    .filter((place) => place.total.points > 0 && place.rank <= PODIUM_SIZE)
    .map((place) =>
      strings.podiumLine(
        MEDALS[place.rank - 1] ?? `**${place.rank}.**`,
        escapeMarkdown(place.total.name),
        place.total.points,
        place.total.right,
        played.length,
      ),
    );
  const notes = [
    ...(round.stopped === "stop" ? [strings.stoppedByModerator] : []),
    ...(round.stopped === "restart" ? [strings.interruptedByRestart] : []),
  ];
  const embed = new EmbedBuilder()
    .setColor(palette.highlight)
    .setTitle(strings.podiumTitle)
    .setDescription(
      truncate(
        [lines.length > 0 ? lines.join("\n") : strings.podiumEmpty, ...notes.map((note) => `\n*${note}*`)].join("\n"),
        4096,
      ),
    )
    .setFooter({ text: strings.podiumFooter(places.length, played.length) });
  const practise = new ButtonBuilder()
    .setCustomId(newQuizId(round.question, DEFAULT_ITEM_COUNT))
    .setLabel(strings.practiseAlone)
    .setEmoji({ name: "🎯" })
    .setStyle(ButtonStyle.Secondary);
  return { embeds: [embed], components: [row(practise)] };
}

function seconds(ms: number, locale: Locale): string {
  const text = (ms / 1000).toFixed(1);
  return locale === "fr" ? text.replace(".", ",") : text;
}
