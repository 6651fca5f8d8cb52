import {
  ApplicationIntegrationType,
  EmbedBuilder,
  escapeMarkdown,
  InteractionContextType,
  MessageFlags,
  SlashCommandBuilder,
} from "discord.js";
import { localeOf } from "../content/locale.js";
import { quizCommandTexts, quizStrings } from "../content/quiz-strings.js";
import type { Command } from "../discord/contracts.js";
import { localize } from "../discord/localize.js";
import { memberCount, rankedTop, rankOf } from "../domain/quiz/leaderboard.js";

const TOP = 10;
const MEDALS = ["🥇", "🥈", "🥉"];

export default {
  data: localize(new SlashCommandBuilder(), quizCommandTexts.classement)
    .setContexts(InteractionContextType.Guild)
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall),
  guildOnly: true,

  async execute(interaction, { quiz }) {
    const strings = quizStrings[localeOf(interaction.locale)];
    const guildId = interaction.guildId ?? "";
    // Two key reads, whatever the number of members: the board is kept up to date on each answer.
    const [board, profile] = await Promise.all([quiz.leaderboard(guildId), quiz.profile(guildId, interaction.user.id)]);
    const top = rankedTop(board, TOP);
    if (top.length === 0) {
      await interaction.reply({ content: strings.boardEmpty, flags: MessageFlags.Ephemeral });
      return;
    }
    const lines = top.map(({ rank, entry }) =>
      strings.boardLine(MEDALS[rank - 1] ?? `**${rank}.**`, escapeMarkdown(entry.name), entry.points),
    );
    const rank = profile ? rankOf(board, profile.points) : null;
    const own =
      rank !== null && profile ? strings.yourRank(rank, memberCount(board), profile.points) : strings.youAreUnranked;
    const embed = new EmbedBuilder()
      .setColor(0xd69e2e)
      .setTitle(strings.boardTitle)
      .setDescription(`${lines.join("\n")}\n\n${own}`);
    // Names are plain text, not mentions: a leaderboard never pings anyone.
    await interaction.reply({ embeds: [embed], flags: MessageFlags.Ephemeral });
  },
} satisfies Command;
