import {
  ActionRowBuilder,
  ApplicationIntegrationType,
  EmbedBuilder,
  escapeMarkdown,
  InteractionContextType,
  type MessageActionRowComponentBuilder,
  MessageFlags,
  SlashCommandBuilder,
  SlashCommandUserOption,
} from "discord.js";
import { localeOf } from "../content/locale.js";
import { quizCommandTexts, quizStringsFor } from "../content/quiz-strings.js";
import type { SectionRef } from "../content/types.js";
import { attachScoreChart } from "../discord/charts.js";
import type { Command } from "../discord/contracts.js";
import { localize } from "../discord/localize.js";
import { openSectionButton } from "../discord/views/course.js";
import { memberCount, rankOf } from "../domain/quiz/leaderboard.js";
import type { Profile } from "../domain/quiz/quizService.js";
import { currentStreak } from "../domain/quiz/streak.js";
import { truncate } from "../domain/text.js";
import { localDay } from "../domain/time.js";

const texts = quizCommandTexts.score;
const BAR_LENGTH = 10;
const REREAD_LIMIT = 5;

export default {
  data: localize(new SlashCommandBuilder(), texts)
    .setContexts(InteractionContextType.Guild)
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall)
    .addUserOption(localize(new SlashCommandUserOption(), texts.options.membre)),
  guildOnly: true,

  async execute(interaction, context) {
    const { quiz, catalog, clock, guildSettings, pack } = context;
    const locale = localeOf(interaction.locale);
    const strings = quizStringsFor(interaction.locale, pack);
    const guildId = interaction.guildId ?? "";
    const target = interaction.options.getUser(texts.options.membre.name.fr) ?? interaction.user;
    const own = target.id === interaction.user.id;
    const [profile, board] = await Promise.all([quiz.profile(guildId, target.id), quiz.leaderboard(guildId)]);
    const name = profile?.name ?? target.displayName;
    if (!profile || (profile.answered === 0 && Object.keys(profile.bestGrades ?? {}).length === 0)) {
      const content = own ? strings.youHaveNoScore : strings.noScoreYet(escapeMarkdown(name));
      await interaction.reply({ content, flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });
      return;
    }
    const rank = rankOf(board, profile.points);
    const embed = new EmbedBuilder()
      .setColor(0x805ad5)
      .setTitle(truncate(strings.scoreTitle(name), 256))
      .addFields(
        { name: strings.points, value: String(profile.points), inline: true },
        { name: strings.rank, value: strings.rankValue(rank, memberCount(board)), inline: true },
      );
    if (!own) {
      // Another member's score shows only what the leaderboard shows.
      await interaction.reply({ embeds: [embed], flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });
      return;
    }

    const today = localDay(clock.now(), (await guildSettings.get(guildId)).timeZone);
    const mastery = quiz.mastery(profile);
    embed.addFields(
      { name: strings.accuracy, value: strings.accuracyValue(profile.correct, profile.answered), inline: true },
      { name: strings.streaks, value: strings.streaksValue(currentStreak(profile.streak, today), profile.streak.best) },
      {
        name: strings.mastery,
        value: truncate(
          pack.questions
            .map(({ number }) => {
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
      pack.questions.some(({ number }) => number === Number(question)),
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
    const toReread = sectionsToReread(profile, (id) => quiz.item(id)?.sources ?? [])
      .flatMap((ref) => catalog.section(ref) ?? [])
      .slice(0, REREAD_LIMIT);
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
    await interaction.reply({
      embeds: [embed],
      components,
      flags: MessageFlags.Ephemeral,
      allowedMentions: { parse: [] },
    });
    await attachScoreChart(interaction, context, { guildId, userId: target.id, locale, name, profile, today });
  },
} satisfies Command;

/** Sections behind the items the member last got wrong, most cited first. */
export function sectionsToReread(profile: Profile, sourcesOf: (itemId: string) => readonly SectionRef[]): SectionRef[] {
  const counts = new Map<SectionRef, number>();
  for (const [itemId, progress] of Object.entries(profile.items)) {
    if (progress.lastCorrect) continue;
    for (const ref of sourcesOf(itemId)) counts.set(ref, (counts.get(ref) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([ref]) => ref);
}

function bar(share: number): string {
  const filled = Math.round(share * BAR_LENGTH);
  return "▰".repeat(filled) + "▱".repeat(BAR_LENGTH - filled);
}
