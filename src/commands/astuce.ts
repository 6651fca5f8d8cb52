import { ApplicationIntegrationType, InteractionContextType, MessageFlags, SlashCommandBuilder } from "discord.js";
import { tipsCommandTexts, tipsStrings } from "../content/tips-strings.js";
import type { Command } from "../discord/contracts.js";
import { localize } from "../discord/localize.js";
import { messageUrl } from "../discord/tips.js";
import { tipView } from "../discord/views/tip.js";

export default {
  data: localize(new SlashCommandBuilder(), tipsCommandTexts.astuce)
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall),

  /** Today's tip of this guild, privately; in DMs or a guild without tips yet, the tip of the day. */
  async execute(interaction, context) {
    const { guildId } = context;
    const strings = tipsStrings[context.locale];
    const result = await context.tips.tipForToday(guildId ?? undefined);
    let heading: string = strings.tip.dailyHeading;
    let note: string = strings.astuce.dayNote;
    if (result.kind !== "day" && guildId) {
      const { record } = result;
      if (result.kind === "today") {
        note = strings.astuce.todayNote(messageUrl(guildId, record.channelId, record.messageId));
      } else {
        heading = strings.astuce.latestHeading;
        note = strings.astuce.latestNote(Math.floor(Date.parse(record.postedAt) / 1000));
      }
    }
    await interaction.reply({
      content: note,
      ...tipView(result.tip, context.catalog, strings.tip, heading),
      flags: MessageFlags.Ephemeral,
    });
  },
} satisfies Command;
