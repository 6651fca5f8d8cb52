import type { CommandText } from "./commands.js";
import type { Locale, Widen } from "./locale.js";

/**
 * The class calendar's strings (public holidays and holiday periods, the days with no daily tip), in French and
 * English. Days are given already written for the reader (formatDay).
 */
const fr = {
  // /config jours-feries
  holidaysSaved: (place: string) =>
    `✅ Jours fériés : **${place}**. Ces jours-là, pas d'astuce les jours d'école (du lundi au vendredi).`,
  holidaysNone:
    "✅ Aucun jour férié n'est sauté : seules les vacances définies avec `/config vacances` suspendent les astuces.",
  unknownCountry: (value: string, codes: readonly string[]) =>
    `« ${value} » n'est pas un pays connu. Choisissez-en un dans la liste proposée, ou écrivez son code : ${codes.join(", ")} (ou « aucun » pour ne sauter aucun jour férié).`,
  unknownRegion: (value: string, country: string, regions: readonly string[]) =>
    `« ${value} » n'est pas une région de ${country} ayant ses propres jours fériés. Valeurs possibles : ${regions.join(", ")}. Laissez l'option vide pour tout le pays.`,
  noRegions: (country: string) =>
    `${country} n'a pas de région avec des jours fériés à part : laissez l'option « region » vide.`,
  // /config vacances
  invalidDate: (value: string) =>
    `« ${value} » n'est pas une date valide : écrivez-la JJ/MM/AAAA (par exemple 19/12/2026) ou AAAA-MM-JJ.`,
  endsBeforeStart: (from: string, to: string) =>
    `La période finit avant de commencer (du ${from} au ${to}) : la date « du » doit précéder ou égaler la date « au ».`,
  tooLong: (days: number, max: number) =>
    `La période dure ${days} jours : ${max} au plus (vérifiez l'année). Pour une longue pause, désactivez plutôt les astuces (\`/config astuces actif:False\`).`,
  duplicate: (period: string) => `Cette période existe déjà : ${period}.`,
  tooMany: (max: number) => `${max} périodes au plus : retirez-en une passée avec \`/config vacances retirer\`.`,
  breakAdded: (period: string) => `✅ Vacances ajoutées : ${period}. Pas d'astuce pendant cette période.`,
  breakRemoved: (period: string) => `✅ Période retirée : ${period}. Les astuces reprennent ces jours-là.`,
  breakUnknown: (value: string, periods: readonly string[]) =>
    `Aucune période ne correspond à « ${value} ». Choisissez-en une dans la liste proposée. Périodes actuelles :\n${periods.join("\n")}`,
  noBreaks: "Aucune période de vacances n'est définie : ajoutez-en une avec `/config vacances ajouter du:… au:…`.",
  clearQuestion: (periods: readonly string[]) =>
    `Effacer ${periods.length === 1 ? "la période de vacances" : `les ${periods.length} périodes de vacances`} ? Les astuces seront de nouveau publiées ces jours-là.\n${periods.join("\n")}`,
  confirmClear: "Oui, tout effacer",
  keepBreaks: "Annuler",
  clearCancelled: "Rien n'a été effacé : les périodes de vacances restent en place.",
  breaksChanged:
    "Les périodes de vacances ont changé depuis la question : rien n'a été effacé. Relancez `/config vacances effacer` pour voir la liste actuelle.",
  breaksCleared: (periods: readonly string[]) =>
    `✅ Toutes les périodes de vacances sont supprimées (${periods.length}) :\n${periods.join("\n")}\nPour en remettre une : \`/config vacances ajouter\`.`,
  period: (from: string, to: string, label: string | undefined) => `du ${from} au ${to}${label ? ` (${label})` : ""}`,
  nothingChanged: "Rien n'a été modifié.",
  // The days with no tip, in /config voir and /aide
  offField: "Jours sans astuce",
  postingDays: {
    weekdays: (holidays: string | undefined, breaks: boolean) =>
      `du lundi au vendredi${holidays || breaks ? ", sauf " : ""}${holidays ? `jours fériés (${holidays})` : ""}${holidays && breaks ? " et " : ""}${breaks ? "vacances définies" : ""}`,
    all: (breaks: boolean) => `tous les jours${breaks ? ", sauf vacances définies" : ""}`,
  },
  holidaysLine: (place: string | undefined) =>
    place
      ? `Jours fériés : ${place} (les jours d'école seulement) — \`/config jours-feries\` pour changer.`
      : "Jours fériés : aucun — `/config jours-feries` pour en choisir.",
  breaksTitle: "Vacances :",
  noBreaksLine: "Vacances : aucune — `/config vacances ajouter` pour en définir.",
  pastSuffix: " — passée",
  // /aide
  aideTitle: "Astuce du jour",
  aideSchedule: (time: string, timeZone: string, channelId: string, days: string) =>
    `Publiée à ${time} (${timeZone}) dans <#${channelId}>, ${days}.`,
  aideOff: "Les publications automatiques sont suspendues sur ce serveur.",
  aideNotConfigured: "Pas encore configurée sur ce serveur : un modérateur la règle avec `/config astuces`.",
  aideDefault: (days: string) => `Une astuce par jour dans le salon de la classe, ${days}.`,
} as const;

export type CalendarStrings = Widen<typeof fr>;

const en: CalendarStrings = {
  holidaysSaved: (place) => `✅ Public holidays: **${place}**. No tip on those school days (Monday to Friday).`,
  holidaysNone: "✅ No public holiday is skipped: only the holiday periods set with `/config vacances` pause the tips.",
  unknownCountry: (value, codes) =>
    `“${value}” is not a known country. Pick one from the suggestions, or type its code: ${codes.join(", ")} (or “aucun” to skip no public holiday).`,
  unknownRegion: (value, country, regions) =>
    `“${value}” is not a region of ${country} with public holidays of its own. Possible values: ${regions.join(", ")}. Leave the option empty for the whole country.`,
  noRegions: (country) => `${country} has no region with public holidays of its own: leave the “region” option empty.`,
  invalidDate: (value) => `“${value}” is not a valid date: write it DD/MM/YYYY (for example 19/12/2026) or YYYY-MM-DD.`,
  endsBeforeStart: (from, to) =>
    `The period ends before it starts (from ${from} to ${to}): the “from” date must come before or equal the “to” date.`,
  tooLong: (days, max) =>
    `The period lasts ${days} days: ${max} at most (check the year). For a long pause, turn the tips off instead (\`/config astuces actif:False\`).`,
  duplicate: (period) => `This period already exists: ${period}.`,
  tooMany: (max) => `${max} periods at most: remove a past one with \`/config vacances retirer\`.`,
  breakAdded: (period) => `✅ Holiday period added: ${period}. No tip during it.`,
  breakRemoved: (period) => `✅ Period removed: ${period}. Tips resume on those days.`,
  breakUnknown: (value, periods) =>
    `No period matches “${value}”. Pick one from the suggestions. Current periods:\n${periods.join("\n")}`,
  noBreaks: "No holiday period is set: add one with `/config vacances ajouter du:… au:…`.",
  clearQuestion: (periods) =>
    `Remove ${periods.length === 1 ? "the holiday period" : `the ${periods.length} holiday periods`}? Tips will be posted on those days again.\n${periods.join("\n")}`,
  confirmClear: "Yes, remove all",
  keepBreaks: "Cancel",
  clearCancelled: "Nothing was removed: the holiday periods stay.",
  breaksChanged:
    "The holiday periods changed since the question: nothing was removed. Run `/config vacances effacer` again to see the current list.",
  breaksCleared: (periods) =>
    `✅ Every holiday period was removed (${periods.length}):\n${periods.join("\n")}\nTo add one back: \`/config vacances ajouter\`.`,
  period: (from, to, label) => `from ${from} to ${to}${label ? ` (${label})` : ""}`,
  nothingChanged: "Nothing was changed.",
  offField: "Days without a tip",
  postingDays: {
    weekdays: (holidays, breaks) =>
      `Monday to Friday${holidays || breaks ? ", except " : ""}${holidays ? `public holidays (${holidays})` : ""}${holidays && breaks ? " and " : ""}${breaks ? "the holiday periods set" : ""}`,
    all: (breaks) => `every day${breaks ? ", except the holiday periods set" : ""}`,
  },
  holidaysLine: (place) =>
    place
      ? `Public holidays: ${place} (school days only) — \`/config jours-feries\` to change.`
      : "Public holidays: none — `/config jours-feries` to choose some.",
  breaksTitle: "Holiday periods:",
  noBreaksLine: "Holiday periods: none — `/config vacances ajouter` to set one.",
  pastSuffix: " — past",
  aideTitle: "Tip of the day",
  aideSchedule: (time, timeZone, channelId, days) => `Posted at ${time} (${timeZone}) in <#${channelId}>, ${days}.`,
  aideOff: "Automatic posting is turned off on this server.",
  aideNotConfigured: "Not set up on this server yet: a moderator sets it with `/config astuces`.",
  aideDefault: (days) => `One tip a day in the class channel, ${days}.`,
};

export const calendarStrings: Readonly<Record<Locale, CalendarStrings>> = { fr, en };

/** "19/12/2026" in French, "2026-12-19" in English (unambiguous for both sides of the Atlantic). */
export function formatDay(day: string, locale: Locale): string {
  if (locale === "en") return day;
  const [year, month, date] = day.split("-");
  return `${date}/${month}/${year}`;
}

type Texts = CommandText & { readonly options?: Readonly<Record<string, CommandText>> };

/** The /config subcommands of the calendar: French names, English localizations. */
export const calendarCommandTexts = {
  joursFeries: {
    name: { fr: "jours-feries", en: "public-holidays" },
    description: {
      fr: "Les jours fériés sans astuce : ceux de quel pays et de quelle région",
      en: "Public holidays with no tip: those of which country and region",
    },
    options: {
      pays: {
        name: { fr: "pays", en: "country" },
        description: {
          fr: "Le pays (France par défaut), ou « aucun »",
          en: "The country (France by default), or “aucun”",
        },
      },
      region: {
        name: { fr: "region", en: "region" },
        description: {
          fr: "Une région aux jours fériés propres (Alsace-Moselle : 57, 67, 68…) ; vide : tout le pays",
          en: "A region with its own public holidays (Alsace-Moselle: 57, 67, 68…); empty: the whole country",
        },
      },
    },
  },
  vacances: {
    name: { fr: "vacances", en: "breaks" },
    description: { fr: "Les périodes de vacances, sans astuce", en: "Holiday periods, with no tip" },
  },
  ajouter: {
    name: { fr: "ajouter", en: "add" },
    description: {
      fr: "Ajouter une période de vacances (aucune astuce du premier au dernier jour)",
      en: "Add a holiday period (no tip from its first to its last day)",
    },
    options: {
      du: {
        name: { fr: "du", en: "from" },
        description: { fr: "Premier jour, JJ/MM/AAAA ou AAAA-MM-JJ", en: "First day, DD/MM/YYYY or YYYY-MM-DD" },
      },
      au: {
        name: { fr: "au", en: "to" },
        description: {
          fr: "Dernier jour (inclus), JJ/MM/AAAA ou AAAA-MM-JJ",
          en: "Last day (included), DD/MM/YYYY or YYYY-MM-DD",
        },
      },
      nom: {
        name: { fr: "nom", en: "name" },
        description: {
          fr: "Un nom pour s'y retrouver (par exemple Noël)",
          en: "A name to find it again (e.g. Christmas)",
        },
      },
    },
  },
  retirer: {
    name: { fr: "retirer", en: "remove" },
    description: { fr: "Retirer une période de vacances", en: "Remove a holiday period" },
    options: {
      periode: {
        name: { fr: "periode", en: "period" },
        description: { fr: "La période à retirer (tapez pour chercher)", en: "The period to remove (type to search)" },
      },
    },
  },
  effacer: {
    name: { fr: "effacer", en: "clear" },
    description: { fr: "Retirer toutes les périodes de vacances", en: "Remove every holiday period" },
  },
} as const satisfies Record<string, Texts>;

/** What `pays` accepts for "no public holiday". */
export const NO_COUNTRY = ["aucun", "aucune", "none", "-"];
