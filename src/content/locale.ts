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

/** The shape of a strings table with its literal types widened, so the English table must match the French one. */
export type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Widen<R>
    : { readonly [K in keyof T]: Widen<T[K]> };
