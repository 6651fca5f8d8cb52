import type { CommandText } from "./commands.js";
import { type Locale, localeOf, type Widen } from "./locale.js";

/** Spaced repetition's words: reviews due in /quiz and /score, the reminders of /rappels, the retention of /config. */

const frenchDay = new Intl.DateTimeFormat("fr-FR", { weekday: "long", day: "numeric", month: "long", timeZone: "UTC" });
const englishDay = new Intl.DateTimeFormat("en-GB", {
  weekday: "long",
  day: "numeric",
  month: "long",
  timeZone: "UTC",
});
/** "YYYY-MM-DD", already a local day: formatted as is (UTC), never shifted by a zone. */
const dayOf = (day: string) => new Date(`${day}T12:00:00Z`);
const plural = (count: number, one: string, many: string) => (count > 1 ? many : one);

const fr = {
  formatDay: (day: string) => frenchDay.format(dayOf(day)),
  // /quiz's first message
  dueTodayTitle: (count: number) =>
    count > 0
      ? `📚 ${count} ${plural(count, "révision prévue", "révisions prévues")} aujourd'hui`
      : "📚 Aucune révision prévue aujourd'hui",
  dueTodayIntro: "Les questions à revoir d'abord (celles que vous risquez le plus d'oublier), puis des nouvelles.",
  nextDue: (day: string) => `Prochaine révision : ${day}.`,
  noneDueOffer: "Vous pouvez découvrir de nouvelles questions ou vous entraîner librement en attendant.",
  newItems: (count: number) => `Nouvelles questions (${count})`,
  freePractice: "Entraînement libre",
  more: "Encore des questions",
  allDone: "Bravo, tout est révisé pour aujourd'hui !",
  // /score
  reviews: "Révisions",
  reviewsValue: (today: number, week: number, next: string | null) =>
    `Aujourd'hui : **${today}** · 7 prochains jours : **${week}**` +
    (next ? `\nProchaine : ${next}` : today > 0 ? "" : "\nAucune de prévue : lancez `/quiz` !"),
  // /rappels
  reminderOn: (hour: number) =>
    `🔔 Rappels activés : un message privé vers **${hour} h** (heure du serveur), seulement les jours où des révisions vous attendent.`,
  reminderNext: (day: string, hour: number) => `Prochain rappel possible : ${day} à ${hour} h.`,
  reminderOff: "🔕 Vous ne recevez pas de rappels. Choisissez une heure pour en recevoir un par jour de révision :",
  reminderStopped: "🔕 Rappels arrêtés. Vous pouvez les relancer à tout moment avec `/rappels`.",
  reminderNoneToStop: "Vous n'aviez pas de rappels : rien à arrêter.",
  reminderBlocked: (since: string) =>
    `⚠️ Le dernier rappel (${since}) n'a pas pu vous être envoyé : vos messages privés sont fermés pour ce serveur. ` +
    "Réso n'essaie plus tant que vous ne les rouvrez pas.",
  openDmsHowTo:
    "Pour les rouvrir : cliquez sur le nom du serveur en haut à gauche → **Paramètres de confidentialité** → activez " +
    "**Messages privés**. Puis relancez `/rappels` avec votre heure.",
  chooseHour: "Choisir l'heure du rappel…",
  hourLabel: (hour: number) => `${hour} h`,
  stopReminders: "Arrêter les rappels",
  // The private message
  reminderMessage: (count: number, server: string) =>
    `📚 ${count} ${plural(count, "révision vous attend", "révisions vous attendent")} aujourd'hui sur **${server}**.`,
  reviewNow: "Réviser maintenant",
  reminderFooter:
    "Vous recevez ce message parce que vous avez activé `/rappels`. Un clic sur « Arrêter les rappels » suffit.",
  reminderGuildGone: "Ce serveur n'est plus accessible à Réso : les rappels sont arrêtés.",
  // /config
  retentionSaved: (percent: number) =>
    `Rétention visée : **${percent} %**. Les prochaines révisions seront planifiées pour que les élèves se souviennent ` +
    `d'une question avec ${percent} % de chances au moment de la revoir.`,
  retentionOutOfRange: "La rétention visée doit être comprise entre 0,80 et 0,95 (par exemple 0,9 pour 90 %).",
  retentionLine: (percent: number) => `Rétention visée des révisions : ${percent} %`,
} as const;

export type ReviewStrings = Widen<typeof fr>;

const en: ReviewStrings = {
  formatDay: (day) => englishDay.format(dayOf(day)),
  dueTodayTitle: (count) =>
    count > 0 ? `📚 ${count} ${plural(count, "review", "reviews")} due today` : "📚 No review due today",
  dueTodayIntro: "The items to review first (those you are most likely to forget), then new ones.",
  nextDue: (day) => `Next review: ${day}.`,
  noneDueOffer: "Meanwhile, you can discover new items or practise freely.",
  newItems: (count) => `New items (${count})`,
  freePractice: "Free practice",
  more: "More items",
  allDone: "Well done, everything is reviewed for today!",
  reviews: "Reviews",
  reviewsValue: (today, week, next) =>
    `Today: **${today}** · next 7 days: **${week}**` +
    (next ? `\nNext: ${next}` : today > 0 ? "" : "\nNone planned: run `/quiz`!"),
  reminderOn: (hour) =>
    `🔔 Reminders on: a private message around **${hour}:00** (server time), only on days when reviews are waiting.`,
  reminderNext: (day, hour) => `Next possible reminder: ${day} at ${hour}:00.`,
  reminderOff: "🔕 You get no reminders. Choose an hour to get one on each day with reviews:",
  reminderStopped: "🔕 Reminders stopped. You can turn them on again any time with `/reminders`.",
  reminderNoneToStop: "You had no reminders: nothing to stop.",
  reminderBlocked: (since) =>
    `⚠️ The last reminder (${since}) could not be sent to you: your direct messages are closed for this server. ` +
    "Réso no longer tries until you open them.",
  openDmsHowTo:
    "To open them: click the server's name at the top left → **Privacy Settings** → turn on **Direct Messages**. " +
    "Then run `/reminders` again with your hour.",
  chooseHour: "Choose the reminder's hour…",
  hourLabel: (hour) => `${hour}:00`,
  stopReminders: "Stop reminders",
  reminderMessage: (count, server) =>
    `📚 ${count} ${plural(count, "review is", "reviews are")} waiting for you today on **${server}**.`,
  reviewNow: "Review now",
  reminderFooter: "You get this message because you turned on `/reminders`. One click on “Stop reminders” is enough.",
  reminderGuildGone: "Réso can no longer reach this server: reminders are stopped.",
  retentionSaved: (percent) =>
    `Desired retention: **${percent}%**. The next reviews will be scheduled so that students recall an item with a ` +
    `${percent}% chance when they see it again.`,
  retentionOutOfRange: "The desired retention must be between 0.80 and 0.95 (for instance 0.9 for 90%).",
  retentionLine: (percent) => `Desired retention of reviews: ${percent}%`,
};

export const reviewStrings: Record<Locale, ReviewStrings> = { fr, en };

export function reviewStringsFor(discordLocale: string | null | undefined): ReviewStrings {
  return reviewStrings[localeOf(discordLocale)];
}

export const reviewCommandTexts = {
  rappels: {
    name: { fr: "rappels", en: "reminders" },
    description: {
      fr: "Un message privé par jour de révision, à l'heure de votre choix (ou les arrêter)",
      en: "One private message on each day with reviews, at the hour you choose (or stop them)",
    },
    options: {
      heure: {
        name: { fr: "heure", en: "hour" },
        description: {
          fr: "L'heure du rappel, de 0 à 23 (heure du serveur) ; vide : voir ou arrêter",
          en: "The reminder's hour, 0 to 23 (server time); empty: see or stop them",
        },
      },
    },
  },
} as const satisfies Record<string, CommandText & { options?: Record<string, CommandText> }>;

/** `/config revisions retention`: the desired retention of the guild's reviews. */
export const retentionSubcommandText = {
  name: { fr: "revisions", en: "reviews" },
  description: {
    fr: "Rétention visée des révisions : la chance de se souvenir d'une question quand elle revient",
    en: "Desired retention of reviews: the chance of recalling an item when it comes back",
  },
} as const satisfies CommandText;

/** The /config option that sets the desired retention. */
export const retentionOptionText = {
  name: { fr: "retention", en: "retention" },
  description: {
    fr: "Rétention visée des révisions, de 0,80 à 0,95 (0,90 par défaut)",
    en: "Desired retention of reviews, 0.80 to 0.95 (default 0.90)",
  },
} as const satisfies CommandText;
