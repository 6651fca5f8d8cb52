import { ApplicationIntegrationType, InteractionContextType, MessageFlags, SlashCommandBuilder } from "discord.js";
import { quizCommandTexts, quizStrings } from "../content/quiz-strings.js";
import type { Command } from "../discord/contracts.js";
import { localize } from "../discord/localize.js";
import { leaderboardView } from "../discord/views/leaderboard.js";

export default {
  data: localize(new SlashCommandBuilder(), quizCommandTexts.classement)
    .setContexts(InteractionContextType.Guild)
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall),
  guildOnly: true,

  async execute(interaction, { quiz, locale, guildId }) {
    const strings = quizStrings[locale];
    // Two key reads, whatever the number of members: the board is kept up to date on each answer.
    const [board, profile] = await Promise.all([quiz.leaderboard(guildId), quiz.profile(guildId, interaction.user.id)]);
    const embed = leaderboardView(board, profile, strings);
    if (!embed) {
      await interaction.reply({ content: strings.boardEmpty, flags: MessageFlags.Ephemeral });
      return;
    }
    await interaction.reply({ embeds: [embed], flags: MessageFlags.Ephemeral });
  },
} satisfies Command;
