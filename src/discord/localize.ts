import { Locale } from "discord.js";
import type { CommandText } from "../content/commands.js";

interface Localizable {
  setName(name: string): unknown;
  setDescription(description: string): unknown;
  setNameLocalizations(localizations: Partial<Record<Locale, string>>): unknown;
  setDescriptionLocalizations(localizations: Partial<Record<Locale, string>>): unknown;
}

/** Sets a builder's French name and description, with English for both English Discord locales. */
export function localize<T extends Localizable>(builder: T, text: CommandText): T {
  builder.setName(text.name.fr);
  builder.setDescription(text.description.fr);
  builder.setNameLocalizations({ [Locale.EnglishUS]: text.name.en, [Locale.EnglishGB]: text.name.en });
  builder.setDescriptionLocalizations({
    [Locale.EnglishUS]: text.description.en,
    [Locale.EnglishGB]: text.description.en,
  });
  return builder;
}
