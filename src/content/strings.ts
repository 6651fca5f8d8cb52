import type { Locale, Widen } from "./locale.js";

/**
 * Every user-facing interface string, in French and English. The course text itself stays French.
 * Functions take what they interpolate; Discord markdown is allowed here (bold, timestamps), never in course text.
 */
const fr = {
  common: {
    genericError:
      "Oups, quelque chose s'est mal passé de notre côté. Réessayez dans un instant ; si cela persiste, prévenez un modérateur.",
    storeUnavailable:
      "Réso n'arrive pas à joindre sa base de données : votre réponse ou votre action n'a peut-être pas été enregistrée. Réessayez dans un instant (une réponse déjà comptée ne l'est jamais deux fois).",
    unknownCommand:
      "Je ne connais pas cette commande : elle a peut-être été retirée. Tapez `/aide` pour voir ce que je sais faire.",
    unknownComponent:
      "Ce bouton ne mène plus nulle part (il date d'une ancienne version de Réso). Relancez la commande pour continuer.",
    wrongComponent:
      "Ce message date d'une ancienne version de Réso : cette action n'y fonctionne plus. Relancez la commande pour continuer.",
    guildOnly:
      "Cette commande ne fonctionne que sur un serveur, pas en message privé. Utilisez-la dans le serveur de votre classe.",
    staleInteraction: "Ce message est trop ancien pour être utilisé. Relancez la commande.",
  },
  cours: {
    tocTitle: (course: string) => `📚 Le cours : ${course}`,
    tocIntro: (documents: number) =>
      `${documents} document${documents > 1 ? "s" : ""} à lire. Choisissez-en un dans le menu ci-dessous, ou tapez \`/cours document:\` pour chercher.`,
    documentLine: (index: number, title: string, sectionCount: number) =>
      `**${index}. ${title}** — ${sectionCount} section${sectionCount > 1 ? "s" : ""}`,
    chooseDocument: "Choisir un document…",
    chooseSection: "Choisir une section…",
    documentIntro: (description: string) => `${description}\n\nChoisissez une section dans le menu ci-dessous.`,
    pageFooter: (documentTitle: string, page: number, pageCount: number, section: number, sectionCount: number) =>
      `${documentTitle} · section ${section}/${sectionCount} · page ${page}/${pageCount}`,
    previousPage: "Page précédente",
    nextPage: "Page suivante",
    previousSection: "Section précédente",
    nextSection: "Section suivante",
    tableOfContents: "Sommaire",
    documentNotFound: (typed: string) => `Je ne trouve aucun document qui corresponde à « ${typed} ».`,
    sectionNotFound: (typed: string) => `Je ne trouve aucune section qui corresponde à « ${typed} ».`,
    closestSections: "Les sections les plus proches :",
    noCloseSection: "Rien d'approchant : ouvrez le sommaire avec `/cours` sans option.",
    pickFromSuggestions: "Ouvrir une de ces sections…",
    sectionGone: "Cette section n'existe plus (le cours a changé). Voici le sommaire.",
    documentGone: "Ce document n'existe plus (le cours a changé). Voici le sommaire.",
  },
  aide: {
    title: "Réso, votre salle d'étude sur Discord",
    intro: (course: string) =>
      `Réso sert le cours « ${course} » : lisez-le, entraînez-vous et progressez, à votre rythme. ` +
      "Les réponses aux commandes ci-dessous ne sont visibles que par vous.",
    studentsTitle: "Pour tous",
    moderatorsTitle: "Pour les modérateurs",
    moderatorsNote:
      "Les commandes de modération demandent la permission « Gérer le serveur » ; un administrateur peut les ouvrir à d'autres rôles dans Paramètres du serveur → Intégrations → Réso.",
    footer: "Réso est un logiciel libre. Un souci ? Prévenez votre enseignant ou un délégué.",
  },
} as const;

export type Strings = Widen<typeof fr>;

const en: Strings = {
  common: {
    genericError:
      "Oops, something went wrong on our side. Try again in a moment; if it keeps happening, tell a moderator.",
    storeUnavailable:
      "Réso cannot reach its database: your answer or action may not have been saved. Try again in a moment (an answer already counted is never counted twice).",
    unknownCommand: "I don't know this command: it may have been removed. Type `/aide` to see what I can do.",
    unknownComponent:
      "This button no longer leads anywhere (it comes from an older version of Réso). Run the command again to go on.",
    wrongComponent:
      "This message comes from an older version of Réso: this action no longer works here. Run the command again to go on.",
    guildOnly: "This command only works in a server, not in direct messages. Use it in your class's server.",
    staleInteraction: "This message is too old to be used. Run the command again.",
  },
  cours: {
    tocTitle: (course) => `📚 The course: ${course}`,
    tocIntro: (documents) =>
      `${documents} document${documents > 1 ? "s" : ""} to read (in French). Pick one in the menu below, or type \`/cours document:\` to search.`,
    documentLine: (index, title, sectionCount) =>
      `**${index}. ${title}** — ${sectionCount} section${sectionCount > 1 ? "s" : ""}`,
    chooseDocument: "Choose a document…",
    chooseSection: "Choose a section…",
    documentIntro: (description) => `${description}\n\nPick a section in the menu below.`,
    pageFooter: (documentTitle, page, pageCount, section, sectionCount) =>
      `${documentTitle} · section ${section}/${sectionCount} · page ${page}/${pageCount}`,
    previousPage: "Previous page",
    nextPage: "Next page",
    previousSection: "Previous section",
    nextSection: "Next section",
    tableOfContents: "Contents",
    documentNotFound: (typed) => `I can't find any document matching “${typed}”.`,
    sectionNotFound: (typed) => `I can't find any section matching “${typed}”.`,
    closestSections: "The closest sections:",
    noCloseSection: "Nothing close: open the contents with `/cours` and no option.",
    pickFromSuggestions: "Open one of these sections…",
    sectionGone: "This section no longer exists (the course changed). Here are the contents.",
    documentGone: "This document no longer exists (the course changed). Here are the contents.",
  },
  aide: {
    title: "Réso, your study room on Discord",
    intro: (course) =>
      `Réso serves the course “${course}” (in French): read it, practise and progress at your own pace. ` +
      "Answers to the commands below are visible to you only.",
    studentsTitle: "For everyone",
    moderatorsTitle: "For moderators",
    moderatorsNote:
      "Moderator commands require the “Manage Server” permission; an administrator can open them to other roles in Server Settings → Integrations → Réso.",
    footer: "Réso is free software. A problem? Tell your teacher or a class delegate.",
  },
};

const byLocale: Record<Locale, Strings> = { fr, en };

export function stringsFor(locale: Locale): Strings {
  return byLocale[locale];
}
