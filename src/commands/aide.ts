import { ApplicationIntegrationType, InteractionContextType, MessageFlags, SlashCommandBuilder } from "discord.js";
import { calendarStrings } from "../content/calendar-strings.js";
import { commandTexts } from "../content/commands.js";
import { postingDaysText } from "../discord/calendarText.js";
import type { Command, InteractionContext } from "../discord/contracts.js";
import { localize } from "../discord/localize.js";
import { helpView } from "../discord/views/help.js";
import { DEFAULT_HOLIDAY_COUNTRY } from "../domain/tips/publicHolidays.js";
import { DEFAULT_POSTING_DAYS } from "../domain/tips/settings.js";

export default {
  data: localize(new SlashCommandBuilder(), commandTexts.aide)
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall),

  async execute(interaction, context) {
    const { commands, catalog, locale, strings } = context;
    const embed = helpView({
      // Built from the loaded commands themselves, so /aide can never forget one.
      definitions: [...commands.values()].map((command) => command.data.toJSON()),
      courseTitle: catalog.title,
      tips: { title: calendarStrings[locale].aideTitle, line: await tipsScheduleLine(context) },
      locale,
      strings,
    });
    await interaction.reply({ embeds: [embed], flags: MessageFlags.Ephemeral });
  },
} satisfies Command;

/** Exactly which days and when the class's daily tip is posted (the defaults in DMs). */
async function tipsScheduleLine(context: InteractionContext): Promise<string> {
  const { guildId, locale } = context;
  const strings = calendarStrings[locale];
  if (!guildId) {
    const calendar = { holidayCountry: DEFAULT_HOLIDAY_COUNTRY, holidayRegion: null, breaks: [] };
    return strings.aideDefault(postingDaysText(DEFAULT_POSTING_DAYS, calendar, context.holidays, locale));
  }
  const status = await context.tips.status(guildId);
  if (!status.config) return strings.aideNotConfigured;
  if (!status.config.enabled) return strings.aideOff;
  const days = postingDaysText(status.config.days, status.calendar, context.holidays, locale);
  return strings.aideSchedule(status.config.time, status.timeZone, status.config.channelId, days);
}
