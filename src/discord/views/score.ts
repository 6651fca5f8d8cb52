import { ActionRowBuilder, EmbedBuilder, type MessageActionRowComponentBuilder } from "discord.js";
import type { QuizStrings } from "../../content/quiz-strings.js";
import type { StudyQuestionNumber } from "../../content/types.js";
import type { SectionEntry } from "../../domain/course.js";
import { type Board, memberCount, rankOf } from "../../domain/quiz/leaderboard.js";
import type { Profile } from "../../domain/quiz/quizService.js";
import { currentStreak } from "../../domain/quiz/streak.js";
import { truncate } from "../../domain/text.js";
import { openSectionButton } from "./course.js";
import { palette } from "./palette.js";

const BAR_LENGTH = 10;

/** `/score`'s card as the leaderboard shows it: name, points and rank (all another member sees). */
export function scoreEmbed(strings: QuizStrings, name: string, profile: Profile, board: Board): EmbedBuilder {
  return new EmbedBuilder()
    .setColor(palette.practice)
    .setTitle(truncate(strings.scoreTitle(name), 256))
    .addFields(
      { name: strings.points, value: String(profile.points), inline: true },
      { name: strings.rank, value: strings.rankValue(rankOf(board, profile.points), memberCount(board)), inline: true },
    );
}

/**
 * The member's own card: the leaderboard's fields, then accuracy, streaks, mastery per study question, written
 * grades and the sections to reread, each with a button that opens it.
 */
export function ownScoreView(input: {
  strings: QuizStrings;
  name: string;
  profile: Profile;
  board: Board;
  today: string;
  /** The study questions of the course, in order. */
  questions: readonly StudyQuestionNumber[];
  mastery: ReadonlyMap<StudyQuestionNumber, number>;
  toReread: readonly Pick<SectionEntry, "document" | "section">[];
}) {
  const { strings, profile, mastery, toReread } = input;
  const embed = scoreEmbed(strings, input.name, profile, input.board).addFields(
    { name: strings.accuracy, value: strings.accuracyValue(profile.correct, profile.answered), inline: true },
    {
      name: strings.streaks,
      value: strings.streaksValue(currentStreak(profile.streak, input.today), profile.streak.best),
    },
    {
      name: strings.mastery,
      value: truncate(
        input.questions
          .map((number) => {
            const share = mastery.get(number) ?? 0;
            return strings.masteryLine(strings.chapter(number), bar(share), Math.round(100 * share));
          })
          .join("\n"),
        1024,
      ),
    },
  );
  // Grades of study questions since removed from the course are kept in the store, not shown.
  const grades = Object.entries(profile.bestGrades ?? {}).filter(([question]) =>
    input.questions.includes(Number(question) as StudyQuestionNumber),
  );
  if (grades.length > 0) {
    embed.addFields({
      name: strings.writtenGrades,
      value: grades
        .sort(([a], [b]) => Number(a) - Number(b))
        .map(([question, grade]) => `${strings.chapter(Number(question))} : ${grade}/10`)
        .join("\n"),
    });
  }
  embed.addFields({
    name: strings.toReread,
    value:
      toReread.length > 0
        ? toReread.map((entry) => `• ${entry.section.title} — ${entry.document.title}`).join("\n")
        : strings.nothingToReread,
  });
  const components =
    toReread.length > 0
      ? [
          new ActionRowBuilder<MessageActionRowComponentBuilder>().addComponents(
            toReread.map((entry) => openSectionButton(entry, entry.section.title)),
          ),
        ]
      : [];
  return { embeds: [embed], components };
}

function bar(share: number): string {
  const filled = Math.round(share * BAR_LENGTH);
  return "▰".repeat(filled) + "▱".repeat(BAR_LENGTH - filled);
}
