/** The page's own words (what Discord's client would say), in French and English. Réso's words come from Réso. */
import type { PageLocale } from "./protocol.js";

const fr = {
  locale: "fr",
  textChannels: "Salons textuels",
  you: "Vous êtes",
  language: "Langue",
  members: "Membres",
  moderatorHint: "Gérer le serveur",
  placeholder: (channel: string) => `Envoyer un message dans #${channel} — tapez / pour les commandes de Réso`,
  noCommand: "Aucune commande ne correspond.",
  required: "obligatoire",
  optional: "facultatif",
  send: "Envoyer",
  missing: (name: string) => `L'option « ${name} » est obligatoire.`,
  range: (name: string, min?: number, max?: number) =>
    `« ${name} » doit être un nombre entier${min === undefined ? "" : ` à partir de ${min}`}${max === undefined ? "" : ` jusqu'à ${max}`}.`,
  thinking: "Réso réfléchit…",
  used: "a utilisé",
  today: (time: string) => `Aujourd'hui à ${time}`,
  onlyYou: "Vous seul·e pouvez voir ceci",
  dismiss: "Ignorer le message",
  edited: "(modifié)",
  submit: "Envoyer",
  cancel: "Annuler",
  modalWarning: (bot: string) =>
    `Ce formulaire sera envoyé à ${bot}. Ne partagez pas de mots de passe ni d'informations sensibles.`,
  validate: "Valider",
  refused: "Discord refuserait cette requête",
  notSent: "Discord n'enverrait pas cette interaction",
  noAnswer: "L'interaction a échoué : Réso n'a pas répondu dans les 3 secondes.",
  close: "Fermer",
  playgroundNote: "Bac à sable : un Discord local, pour essayer Réso — pas pour une classe.",
  welcome: (channel: string) => `Bienvenue dans #${channel}`,
  welcomeHint: "Tapez / dans la barre du bas pour voir les commandes de Réso, par exemple /cours ou /quiz.",
  true: "Vrai",
  false: "Faux",
};

export type PageStrings = typeof fr;

const en: PageStrings = {
  locale: "en",
  textChannels: "Text channels",
  you: "You are",
  language: "Language",
  members: "Members",
  moderatorHint: "Manage Server",
  placeholder: (channel) => `Message #${channel} — type / for Réso's commands`,
  noCommand: "No command matches.",
  required: "required",
  optional: "optional",
  send: "Send",
  missing: (name) => `The option "${name}" is required.`,
  range: (name, min, max) =>
    `"${name}" must be a whole number${min === undefined ? "" : ` from ${min}`}${max === undefined ? "" : ` up to ${max}`}.`,
  thinking: "Réso is thinking…",
  used: "used",
  today: (time) => `Today at ${time}`,
  onlyYou: "Only you can see this",
  dismiss: "Dismiss message",
  edited: "(edited)",
  submit: "Submit",
  cancel: "Cancel",
  modalWarning: (bot) =>
    `This form will be submitted to ${bot}. Do not share passwords or other sensitive information.`,
  validate: "Confirm",
  refused: "Discord would refuse this request",
  notSent: "Discord would not send this interaction",
  noAnswer: "The interaction failed: Réso did not answer within 3 seconds.",
  close: "Close",
  playgroundNote: "Playground: a local Discord, to try Réso — not for a class.",
  welcome: (channel) => `Welcome to #${channel}`,
  welcomeHint: "Type / in the bar below to see Réso's commands, for example /cours or /quiz.",
  true: "True",
  false: "False",
};

export function pageStrings(locale: PageLocale): PageStrings {
  return locale === "fr" ? fr : en;
}

/** A command's or option's name or description as a member with this locale sees it. */
export function localized(
  base: string,
  localizations: Record<string, string> | null | undefined,
  locale: PageLocale,
): string {
  return (locale === "fr" ? undefined : localizations?.[locale]) ?? base;
}
