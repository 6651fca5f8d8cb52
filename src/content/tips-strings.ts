import type { CommandText } from "./commands.js";
import type { Bilingual, Locale, Widen } from "./locale.js";

/**
 * The daily tips' interface strings, in French and English. Tips themselves stay French (like the course).
 * Times: `unix` is seconds since the epoch, rendered by Discord in each reader's own zone and language.
 */
const fr = {
  tip: {
    dailyHeading: "💡 Astuce du jour",
    sourceFooter: (sources: readonly string[]) =>
      `${sources.length > 1 ? "Sources" : "Source"} : ${sources.join(" · ")}`,
    openSection: (sectionTitle: string) => `Lire : ${sectionTitle}`,
  },
  astuce: {
    todayNote: (messageUrl: string) => `Publiée aujourd'hui dans le salon de la classe : ${messageUrl}`,
    latestHeading: "💡 Dernière astuce de la classe",
    latestNote: (unix: number) =>
      `Publiée <t:${unix}:R>. La prochaine arrive à l'heure habituelle ; en attendant, relisez celle-ci.`,
    dayNote: "Une nouvelle astuce chaque jour : revenez demain !",
  },
  config: {
    nothingChanged: "Rien n'a été modifié.",
    invalidTime: (value: string) =>
      `« ${value} » n'est pas une heure valide : écrivez-la HH:MM, de 00:00 à 23:59 (par exemple 08:30).`,
    invalidTimeZone: (value: string) =>
      `« ${value} » n'est pas un fuseau horaire connu : choisissez-en un dans la liste proposée (par exemple Europe/Paris).`,
    cannotPost: (channelId: string, reason: string) => `Réso ne peut pas publier dans <#${channelId}> : ${reason}.`,
    fixPermissions:
      "Dans les paramètres du salon → Permissions, autorisez-les pour le rôle de Réso (ou pour @everyone), puis recommencez.",
    saved: "✅ Astuces du jour enregistrées.",
    summary: (channelId: string, time: string, timeZone: string, days: string, enabled: boolean) =>
      `<#${channelId}> · **${time}** (${timeZone}) · ${days} · ${enabled ? "**activées**" : "**désactivées**"}`,
    nextPost: (unix: number) => `Prochaine astuce : <t:${unix}:F> (<t:${unix}:R>).`,
    nextPostNow: "Prochaine astuce : maintenant.",
    postedNow: (messageUrl: string) =>
      `L'heure d'aujourd'hui est passée et l'astuce du jour n'avait pas été publiée : c'est fait → ${messageUrl}`,
    failedNow: (reason: string) => `L'astuce du jour n'a pas pu être publiée : ${reason}.`,
    todayAlreadyFailed: (reason: string) =>
      `Aujourd'hui, la publication avait échoué (${reason}) : utilisez \`/config publier-astuce\` pour la publier maintenant.`,
    timeZoneShared: "Le fuseau sert aussi à compter les jours des séries du quiz.",
    // /config voir
    statusTitle: "⚙️ Réglages de Réso",
    tipsField: "Astuces du jour",
    notConfigured: "Pas encore configurées : `/config astuces salon:… heure:08:30`.",
    timeZoneField: "Fuseau horaire",
    nextField: "Prochaine astuce",
    nextDisabled: "Aucune : les astuces sont désactivées.",
    lastField: "Dernière astuce publiée",
    lastLine: (title: string, unix: number, messageUrl: string) => `**${title}**\n<t:${unix}:F> — ${messageUrl}`,
    lastNone: "Aucune pour l'instant.",
    progress: (posted: number, total: number, cycle: number) =>
      `${posted} astuce${posted > 1 ? "s" : ""} sur ${total} publiée${posted > 1 ? "s" : ""} dans ce tour (tour ${cycle}) : aucune ne revient avant que toutes soient passées.`,
    problemsField: "Problèmes",
    noProblem: "✅ Aucun : Réso peut publier dans le salon.",
    channelProblem: (reason: string) => `❌ Salon : ${reason}. Réso réessaiera au prochain jour de publication.`,
    dayFailed: (unix: number, reason: string) =>
      `⚠️ La publication du <t:${unix}:D> a échoué : ${reason}. Réso réessaie au prochain jour de publication.`,
    dayInterrupted: (unix: number) =>
      `⚠️ Réso s'est arrêté pendant la publication du <t:${unix}:D> : vérifiez le salon. L'astuce n'est pas republiée, pour ne jamais l'envoyer deux fois.`,
    // /config publier-astuce and the preview
    moderatorsOnly: "Seuls les modérateurs (permission « Gérer le serveur ») peuvent publier une astuce.",
    notConfiguredForPublish: "Configurez d'abord le salon des astuces : `/config astuces salon:… heure:08:30`.",
    published: (messageUrl: string) => `✅ Astuce publiée → ${messageUrl}\nElle compte pour aujourd'hui.`,
    alreadyPosted: (messageUrl: string) =>
      `L'astuce d'aujourd'hui est déjà publiée (${messageUrl}) : une seule par jour. La suivante viendra à l'heure prévue.`,
    previewHeading: "👀 Prochaine astuce (aperçu, visible par vous seul)",
    previewNote: (unix: number | undefined) =>
      unix === undefined
        ? "Voici la prochaine astuce de la rotation. Les publications automatiques sont désactivées."
        : `Voici l'astuce qui sera publiée <t:${unix}:F>.`,
    publishNow: "Publier maintenant",
  },
  problems: {
    channelMissing: "le salon n'existe plus, ou Réso ne peut plus le voir",
    missingPermissions: (names: readonly string[]) =>
      names.length > 0 ? `il manque à Réso ${names.join(", ")}` : "il manque une permission à Réso dans ce salon",
    discordError: (message: string) => `Discord a refusé l'envoi (${message})`,
    permissionNames: {
      ViewChannel: "« Voir le salon »",
      SendMessages: "« Envoyer des messages »",
      EmbedLinks: "« Intégrer des liens »",
    },
  },
} as const;

export type TipsStrings = Widen<typeof fr>;

const en: TipsStrings = {
  tip: {
    dailyHeading: "💡 Tip of the day",
    sourceFooter: (sources) => `${sources.length > 1 ? "Sources" : "Source"}: ${sources.join(" · ")}`,
    openSection: (sectionTitle) => `Read: ${sectionTitle}`,
  },
  astuce: {
    todayNote: (messageUrl) => `Posted today in the class channel: ${messageUrl}`,
    latestHeading: "💡 The class's latest tip",
    latestNote: (unix) => `Posted <t:${unix}:R>. The next one comes at the usual time; meanwhile, read this one again.`,
    dayNote: "A new tip every day: come back tomorrow!",
  },
  config: {
    nothingChanged: "Nothing was changed.",
    invalidTime: (value) => `“${value}” is not a valid time: write it HH:MM, from 00:00 to 23:59 (for example 08:30).`,
    invalidTimeZone: (value) =>
      `“${value}” is not a known time zone: pick one from the suggestions (for example Europe/Paris).`,
    cannotPost: (channelId, reason) => `Réso cannot post in <#${channelId}>: ${reason}.`,
    fixPermissions:
      "In the channel's settings → Permissions, allow them for Réso's role (or for @everyone), then try again.",
    saved: "✅ Daily tips saved.",
    summary: (channelId, time, timeZone, days, enabled) =>
      `<#${channelId}> · **${time}** (${timeZone}) · ${days} · ${enabled ? "**on**" : "**off**"}`,
    nextPost: (unix) => `Next tip: <t:${unix}:F> (<t:${unix}:R>).`,
    nextPostNow: "Next tip: now.",
    postedNow: (messageUrl) => `Today's time had passed and today's tip was not posted yet: done → ${messageUrl}`,
    failedNow: (reason) => `Today's tip could not be posted: ${reason}.`,
    todayAlreadyFailed: (reason) =>
      `Posting failed earlier today (${reason}): use \`/config publier-astuce\` to post it now.`,
    timeZoneShared: "The time zone also counts the days of quiz streaks.",
    statusTitle: "⚙️ Réso's settings",
    tipsField: "Daily tips",
    notConfigured: "Not configured yet: `/config astuces salon:… heure:08:30`.",
    timeZoneField: "Time zone",
    nextField: "Next tip",
    nextDisabled: "None: daily tips are turned off.",
    lastField: "Last tip posted",
    lastLine: (title, unix, messageUrl) => `**${title}**\n<t:${unix}:F> — ${messageUrl}`,
    lastNone: "None yet.",
    progress: (posted, total, cycle) =>
      `${posted} of ${total} tips posted in this round (round ${cycle}): none comes back before all have been posted.`,
    problemsField: "Problems",
    noProblem: "✅ None: Réso can post in the channel.",
    channelProblem: (reason) => `❌ Channel: ${reason}. Réso will try again on the next posting day.`,
    dayFailed: (unix, reason) =>
      `⚠️ Posting on <t:${unix}:D> failed: ${reason}. Réso tries again on the next posting day.`,
    dayInterrupted: (unix) =>
      `⚠️ Réso stopped while posting on <t:${unix}:D>: check the channel. The tip is not posted again, so that it is never sent twice.`,
    moderatorsOnly: "Only moderators (“Manage Server” permission) can post a tip.",
    notConfiguredForPublish: "Set up the tips channel first: `/config astuces salon:… heure:08:30`.",
    published: (messageUrl) => `✅ Tip posted → ${messageUrl}\nIt counts as today's tip.`,
    alreadyPosted: (messageUrl) =>
      `Today's tip is already posted (${messageUrl}): one a day. The next one comes at the scheduled time.`,
    previewHeading: "👀 Next tip (preview, visible to you only)",
    previewNote: (unix) =>
      unix === undefined
        ? "This is the next tip in the rotation. Automatic posting is turned off."
        : `This is the tip that will be posted <t:${unix}:F>.`,
    publishNow: "Post now",
  },
  problems: {
    channelMissing: "the channel no longer exists, or Réso can no longer see it",
    missingPermissions: (names) =>
      names.length > 0 ? `Réso lacks ${names.join(", ")}` : "Réso lacks a permission in this channel",
    discordError: (message) => `Discord refused the message (${message})`,
    permissionNames: {
      ViewChannel: "“View Channel”",
      SendMessages: "“Send Messages”",
      EmbedLinks: "“Embed Links”",
    },
  },
};

export const tipsStrings: Readonly<Record<Locale, TipsStrings>> = { fr, en };

type Texts = CommandText & { readonly options?: Readonly<Record<string, CommandText>> };

/** Names and descriptions in Discord's command picker: French names, English localizations. */
export const tipsCommandTexts = {
  astuce: {
    name: { fr: "astuce", en: "tip" },
    description: {
      fr: "L'astuce du jour, tirée du cours",
      en: "Today's tip, drawn from the course",
    },
  },
  config: {
    name: { fr: "config", en: "config" },
    description: {
      fr: "Réglages de Réso sur ce serveur (modérateurs)",
      en: "Réso's settings on this server (moderators)",
    },
  },
  astuces: {
    name: { fr: "astuces", en: "tips" },
    description: {
      fr: "Publier chaque jour une astuce dans un salon, à l'heure choisie",
      en: "Post a tip in a channel every day, at the time you choose",
    },
    options: {
      salon: {
        name: { fr: "salon", en: "channel" },
        description: { fr: "Le salon où publier les astuces", en: "The channel to post tips in" },
      },
      heure: {
        name: { fr: "heure", en: "time" },
        description: {
          fr: "L'heure de publication, HH:MM (par exemple 08:30)",
          en: "Posting time, HH:MM (e.g. 08:30)",
        },
      },
      fuseau: {
        name: { fr: "fuseau", en: "timezone" },
        description: {
          fr: "Fuseau horaire (par défaut Europe/Paris, ou celui déjà choisi)",
          en: "Time zone (default Europe/Paris, or the one already set)",
        },
      },
      jours: {
        name: { fr: "jours", en: "days" },
        description: {
          fr: "Jours d'école (par défaut : lundi–vendredi hors fériés et vacances), ou tous les jours hors vacances",
          en: "School days (default: Monday–Friday except holidays), or every day except holiday periods",
        },
      },
      actif: {
        name: { fr: "actif", en: "enabled" },
        description: {
          fr: "Activer ou suspendre les publications (activé par défaut)",
          en: "Turn posting on or off (on by default)",
        },
      },
    },
  },
  voir: {
    name: { fr: "voir", en: "show" },
    description: {
      fr: "Les réglages, la prochaine et la dernière astuce, les problèmes éventuels",
      en: "The settings, the next and last tip, any problem found",
    },
  },
  publierAstuce: {
    name: { fr: "publier-astuce", en: "post-tip" },
    description: {
      fr: "Publier maintenant l'astuce du jour, si elle ne l'est pas encore",
      en: "Post today's tip now, if it is not posted yet",
    },
  },
  prochaineAstuce: {
    name: { fr: "prochaine-astuce", en: "next-tip" },
    description: {
      fr: "Voir en privé la prochaine astuce, avant qu'elle soit publiée",
      en: "Preview the next tip privately, before it is posted",
    },
  },
} as const satisfies Record<string, Texts>;

/** The `jours` option's choices, with their stored values. */
export const daysChoices = [
  {
    value: "weekdays",
    name: { fr: "Du lundi au vendredi, sauf fériés et vacances", en: "Monday to Friday, except holidays" },
  },
  { value: "all", name: { fr: "Tous les jours, sauf vacances", en: "Every day, except holiday periods" } },
] as const satisfies readonly { value: string; name: Bilingual }[];
