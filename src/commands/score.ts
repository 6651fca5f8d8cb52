import {
  ApplicationIntegrationType,
  escapeMarkdown,
  InteractionContextType,
  MessageFlags,
  SlashCommandBuilder,
  SlashCommandUserOption,
} from "discord.js";
import { quizCommandTexts, quizStringsFor } from "../content/quiz-strings.js";
import type { SectionRef } from "../content/types.js";
import { attachScoreChart } from "../discord/charts.js";
import type { Command } from "../discord/contracts.js";
import { localize } from "../discord/localize.js";
import { ownScoreView, scoreEmbed } from "../discord/views/score.js";
import type { Profile } from "../domain/quiz/quizService.js";
import { localDay } from "../domain/time.js";

const texts = quizCommandTexts.score;
const REREAD_LIMIT = 5;

export default {
  data: localize(new SlashCommandBuilder(), texts)
    .setContexts(InteractionContextType.Guild)
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall)
    .addUserOption(localize(new SlashCommandUserOption(), texts.options.membre)),
  guildOnly: true,

  async execute(interaction, context) {
    const { quiz, catalog, clock, guildSettings, pack, locale, guildId } = context;
    const strings = quizStringsFor(locale, pack);
    const target = interaction.options.getUser(texts.options.membre.name.fr) ?? interaction.user;
    const own = target.id === interaction.user.id;
    const [profile, board] = await Promise.all([quiz.profile(guildId, target.id), quiz.leaderboard(guildId)]);
    const name = profile?.name ?? target.displayName;
    if (!profile || (profile.answered === 0 && Object.keys(profile.bestGrades ?? {}).length === 0)) {
      const content = own ? strings.youHaveNoScore : strings.noScoreYet(escapeMarkdown(name));
      await interaction.reply({ content, flags: MessageFlags.Ephemeral });
      return;
    }
    if (!own) {
      // Another member's score shows only what the leaderboard shows.
      const embed = scoreEmbed(strings, name, profile, board);
      await interaction.reply({ embeds: [embed], flags: MessageFlags.Ephemeral });
      return;
    }
    const today = localDay(clock.now(), (await guildSettings.get(guildId)).timeZone);
    const toReread = sectionsToReread(profile, (id) => quiz.item(id)?.sources ?? [])
      .flatMap((ref) => catalog.section(ref) ?? [])
      .slice(0, REREAD_LIMIT);
    const view = ownScoreView({
      strings,
      name,
      profile,
      board,
      today,
      questions: pack.questions.map(({ number }) => number),
      mastery: quiz.mastery(profile),
      toReread,
    });
    await interaction.reply({ ...view, flags: MessageFlags.Ephemeral });
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
