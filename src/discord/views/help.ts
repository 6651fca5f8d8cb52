import {
  ApplicationCommandOptionType,
  EmbedBuilder,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from "discord.js";
import type { Locale } from "../../content/locale.js";
import type { Strings } from "../../content/strings.js";
import { truncate } from "../../domain/text.js";
import { palette } from "./palette.js";

type Definition = RESTPostAPIChatInputApplicationCommandsJSONBody;

/**
 * `/aide`: every command, for everyone then for moderators (those with default permissions), and when the
 * daily tip is posted.
 */
export function helpView(input: {
  definitions: readonly Definition[];
  courseTitle: string;
  tips: { title: string; line: string };
  locale: Locale;
  strings: Strings;
}): EmbedBuilder {
  const { definitions, locale, strings } = input;
  const forModerators = definitions.filter((definition) => definition.default_member_permissions != null);
  const forEveryone = definitions.filter((definition) => definition.default_member_permissions == null);
  const embed = new EmbedBuilder()
    .setColor(palette.course)
    .setTitle(strings.aide.title)
    .setDescription(strings.aide.intro(input.courseTitle))
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
  return embed.addFields({ name: input.tips.title, value: input.tips.line }).setFooter({ text: strings.aide.footer });
}

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

/** "/name — description", one line per subcommand where the command has some, in the reader's language. */
function helpLines(definition: Definition, locale: Locale): string[] {
  const name = (value: { name: string; name_localizations?: Record<string, string | null> | null }) =>
    (locale === "en" ? value.name_localizations?.["en-US"] : undefined) ?? value.name;
  const description = (value: {
    description: string;
    description_localizations?: Record<string, string | null> | null;
  }) => (locale === "en" ? value.description_localizations?.["en-US"] : undefined) ?? value.description;
  const lines: string[] = [];
  const visit = (prefix: string, options: NonNullable<Definition["options"]>) => {
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
