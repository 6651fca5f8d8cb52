import type { Bilingual } from "./locale.js";

/** A slash command's or option's name and description, French first (the base), English as a localization. */
export interface CommandText {
  readonly name: Bilingual;
  readonly description: Bilingual;
}

/** Names and descriptions shown in Discord's command picker. Names: lower case, no spaces (Discord's rule). */
export const commandTexts = {
  cours: {
    name: { fr: "cours", en: "course" },
    description: {
      fr: "Lire le cours : sommaire, documents et sections",
      en: "Read the course: contents, documents and sections",
    },
    options: {
      document: {
        name: { fr: "document", en: "document" },
        description: { fr: "Le document à ouvrir (tapez pour chercher)", en: "The document to open (type to search)" },
      },
      section: {
        name: { fr: "section", en: "section" },
        description: { fr: "La section à lire (tapez pour chercher)", en: "The section to read (type to search)" },
      },
    },
  },
  aide: {
    name: { fr: "aide", en: "help" },
    description: { fr: "Ce que fait Réso et toutes ses commandes", en: "What Réso does and all its commands" },
  },
} as const satisfies Record<string, CommandText & { options?: Record<string, CommandText> }>;
