import { ButtonBuilder, ButtonStyle, EmbedBuilder, escapeMarkdown } from "discord.js";
import type { ClassStrings } from "../../content/class-strings.js";
import type { QuizStrings } from "../../content/quiz-strings.js";
import type { ClassReport } from "../../domain/report/classReport.js";
import { truncate } from "../../domain/text.js";
import { customId } from "../customId.js";
import type { View } from "./course.js";
import { confirmView, row } from "./layout.js";
import { palette } from "./palette.js";

const COMMAND = "rapport";
const BAR_LENGTH = 10;
const MEDALS = ["🥇", "🥈", "🥉"];

export const reportActions = { newTerm: "term", confirm: "term-ok", cancel: "term-no" } as const;

/** "rapport:term-ok:<season>": the season in the ID makes a second click (or an old message) do nothing more. */
export function confirmResetId(season: number): string {
  return customId(COMMAND, reportActions.confirm, season);
}

export function reportView(report: ClassReport, season: number, strings: ClassStrings, quiz: QuizStrings): View {
  const newTerm = new ButtonBuilder()
    .setCustomId(customId(COMMAND, reportActions.newTerm, season))
    .setLabel(strings.newTerm)
    .setEmoji({ name: "🔄" })
    .setStyle(ButtonStyle.Secondary);
  return { embeds: [summaryEmbed(report, strings, quiz), missedEmbed(report, strings)], components: [row(newTerm)] };
}

/** Participation, mastery per study question and the top of the leaderboard. */
function summaryEmbed(report: ClassReport, strings: ClassStrings, quiz: QuizStrings): EmbedBuilder {
  const { stats } = report;
  const accuracy = stats.answers === 0 ? "—" : `${Math.round((100 * stats.correct) / stats.answers)} %`;
  return new EmbedBuilder()
    .setColor(palette.report)
    .setTitle(strings.reportTitle)
    .setDescription(
      [
        stats.since === null ? strings.reportNoData : strings.reportSince(Math.floor(stats.since / 1000)),
        "",
        strings.csvNote,
      ].join("\n"),
    )
    .addFields(
      {
        name: strings.participationTitle,
        value: strings.participation(stats.members, stats.sessions, stats.rounds, stats.answers, accuracy),
      },
      {
        name: strings.masteryTitle,
        value: truncate(
          [
            ...[...report.mastery].map(([question, share]) =>
              strings.masteryLine(quiz.chapter(question), bar(share), Math.round(100 * share)),
            ),
            strings.masteryBasis(report.masteryMembers),
          ].join("\n"),
          1024,
        ),
      },
      {
        name: strings.boardTitle,
        value:
          report.top.length === 0
            ? strings.boardEmpty
            : truncate(
                report.top
                  .map(({ rank, entry }) =>
                    strings.boardLine(MEDALS[rank - 1] ?? `**${rank}.**`, escapeMarkdown(entry.name), entry.points),
                  )
                  .join("\n"),
                1024,
              ),
      },
    );
}

/** The most missed items, each with its right answer. */
function missedEmbed(report: ClassReport, strings: ClassStrings): EmbedBuilder {
  const lines = report.missed.map(({ item, tally }, index) =>
    strings.missedLine(
      index + 1,
      item.id,
      escapeMarkdown(truncate(item.prompt.replace(/\s+/g, " "), 160)),
      tally.misses,
      tally.attempts,
      escapeMarkdown(
        truncate(
          // By text: each member saw the options in their own order, so no letter is theirs.
          item.options
            .filter((option) => item.correct.includes(option.id))
            .map((option) => option.text)
            .join(" ; "),
          200,
        ),
      ),
    ),
  );
  return new EmbedBuilder()
    .setColor(palette.report)
    .setTitle(strings.missedTitle)
    .setDescription(lines.length === 0 ? strings.noMissed : truncate(lines.join("\n\n"), 4096));
}

export function resetConfirmView(season: number, strings: ClassStrings): View {
  return confirmView(
    strings.resetQuestion,
    { id: confirmResetId(season), label: strings.confirmReset },
    { id: customId(COMMAND, reportActions.cancel), label: strings.cancel },
  );
}

function bar(share: number): string {
  const filled = Math.round(share * BAR_LENGTH);
  return "▰".repeat(filled) + "▱".repeat(BAR_LENGTH - filled);
}
