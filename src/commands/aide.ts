import {
  ApplicationCommandOptionType,
  ApplicationIntegrationType,
  EmbedBuilder,
  InteractionContextType,
  MessageFlags,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  SlashCommandBuilder,
} from "discord.js";
import { commandTexts } from "../content/commands.js";
import { type Locale, localeOf } from "../content/locale.js";
import { stringsFor } from "../content/strings.js";
import { localize } from "../discord/localize.js";
import { truncate } from "../domain/text.js";
import type { Command } from "./index.js";

export default {
  data: localize(new SlashCommandBuilder(), commandTexts.aide)
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall),

  async execute(interaction, { commands, catalog }) {
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
      embed.addFields({
        name: strings.aide.moderatorsTitle,
        value: truncate(
          [...forModerators.flatMap((d) => helpLines(d, locale)), "", strings.aide.moderatorsNote].join("\n"),
          1024,
        ),
      });
    }
    embed.setFooter({ text: strings.aide.footer });
    await interaction.reply({ embeds: [embed], flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });
  },
} satisfies Command;

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
