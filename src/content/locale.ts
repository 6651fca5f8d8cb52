/** The interface speaks French, and English where the user's Discord locale is English. */
export type Locale = "fr" | "en";

export function localeOf(discordLocale: string | null | undefined): Locale {
  return discordLocale?.startsWith("en") ? "en" : "fr";
}

/** A text in both interface languages. */
export interface Bilingual {
  readonly fr: string;
  readonly en: string;
}
