import {
  ApplicationCommandOptionType,
  ApplicationIntegrationType,
  EmbedBuilder,
  InteractionContextType,
  MessageFlags,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  SlashCommandBuilder,
} from "discord.js";
import { calendarStrings } from "../content/calendar-strings.js";
import { commandTexts } from "../content/commands.js";
import { type Locale, localeOf } from "../content/locale.js";
import { stringsFor } from "../content/strings.js";
import { postingDaysText } from "../discord/calendarText.js";
import type { BotContext, Command } from "../discord/contracts.js";
import { localize } from "../discord/localize.js";
import { truncate } from "../domain/text.js";
import { DEFAULT_HOLIDAY_COUNTRY } from "../domain/tips/publicHolidays.js";
import { DEFAULT_POSTING_DAYS } from "../domain/tips/settings.js";

export default {
  data: localize(new SlashCommandBuilder(), commandTexts.aide)
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall),

  async execute(interaction, context) {
    const { commands, catalog } = context;
    const locale = localeOf(interaction.locale);
    const strings = stringsFor(locale);
    // Built from the loaded commands themselves, so /aide can never forget one.
    const definitions = [...commands.values()].map((command) => command.data.toJSON());
    const forModerators = definitions.filter((definition) => definition.default_member_permissions != null);
    const forEveryone = definitions.filter((definition) => definition.default_member_permissions == null);
    const embed = new EmbedBuilder()
      .setColor(0x2b6cb0)
      .setTitle(strings.aide.title)
      .setDescription(strings.aide.intro(catalog.title))
      .addFields({
        name: strings.aide.studentsTitle,
        value: truncate(forEveryone.flatMap((d) => helpLines(d, locale)).join("\n"), 1024),
      });
    if (forModerators.length > 0) {
      // As many fields as the lines need (1024 characters each): /config alone has nine subcommands.
      const lines = [...forModerators.flatMap((d) => helpLines(d, locale)), "", strings.aide.moderatorsNote];
      for (const [index, value] of chunkLines(lines, 1024).entries()) {
        embed.addFields({ name: index === 0 ? strings.aide.moderatorsTitle : "\u200b", value });
      }
    }
    embed.addFields({
      name: calendarStrings[locale].aideTitle,
      value: await tipsScheduleLine(interaction.guildId, locale, context),
    });
    embed.setFooter({ text: strings.aide.footer });
    await interaction.reply({ embeds: [embed], flags: MessageFlags.Ephemeral });
  },
} satisfies Command;

/** Lines joined into texts of at most `max` characters, never cutting a line (one too long is truncated). */
function chunkLines(lines: readonly string[], max: number): string[] {
  const chunks: string[] = [];
  let current = "";
  for (const line of lines) {
    const next = current === "" ? line : `${current}\n${line}`;
    if (next.length <= max) current = next;
    else {
      if (current.trim() !== "") chunks.push(current);
      current = truncate(line, max);
    }
  }
  if (current.trim() !== "") chunks.push(current);
  return chunks;
}

/** Exactly which days and when the class's daily tip is posted (the defaults in DMs). */
async function tipsScheduleLine(guildId: string | null, locale: Locale, context: BotContext): Promise<string> {
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

/** "/name — description", one line per subcommand where the command has some, in the reader's language. */
function helpLines(definition: RESTPostAPIChatInputApplicationCommandsJSONBody, locale: Locale): string[] {
  const name = (value: { name: string; name_localizations?: Record<string, string | null> | null }) =>
    (locale === "en" ? value.name_localizations?.["en-US"] : undefined) ?? value.name;
  const description = (value: {
    description: string;
    description_localizations?: Record<string, string | null> | null;
  }) => (locale === "en" ? value.description_localizations?.["en-US"] : undefined) ?? value.description;
  const lines: string[] = [];
  const visit = (prefix: string, options: NonNullable<RESTPostAPIChatInputApplicationCommandsJSONBody["options"]>) => {
    for (const option of options) {
      if (option.type === ApplicationCommandOptionType.Subcommand)
        lines.push(`\`${prefix} ${name(option)}\` — ${description(option)}`);
      if (option.type === ApplicationCommandOptionType.SubcommandGroup)
        visit(`${prefix} ${name(option)}`, option.options ?? []);
    }
  };
  const root = `/${name(definition)}`;
  visit(root, definition.options ?? []);
  if (lines.length === 0) lines.push(`\`${root}\` — ${description(definition)}`);
  return lines;
}
