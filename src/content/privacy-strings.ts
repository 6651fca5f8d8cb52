import type { CommandText } from "./commands.js";
import type { Locale, Widen } from "./locale.js";

const plural = (count: number, word: string, words = `${word}s`) => `${count} ${count > 1 ? words : word}`;
const pluralEn = (count: number, word: string, words = `${word}s`) => `${count} ${count === 1 ? word : words}`;

/**
 * Strings of `/mes-donnees` (a member's own data: summary, download, erasure) and of the member erasure a
 * moderator starts from `/rapport`. Private answers, in the reader's language.
 */
const fr = {
  // /mes-donnees
  summaryTitle: "🔒 Vos données dans Réso",
  summaryIntro:
    "Voici tout ce que Réso garde sur vous sur ce serveur ; le fichier joint le contient en entier (JSON). Personne d'autre ne voit ce message.",
  nothingHeld:
    "Réso ne garde aucune donnée sur vous sur ce serveur : vous n'y avez pas encore utilisé `/quiz`, `/reponse` ni un quiz de classe (ou vos données ont été effacées).",
  identityTitle: "Identité",
  identity: (userId: string, name: string) => `Identifiant Discord : \`${userId}\`\nNom enregistré : **${name}**`,
  quizTitle: "Quiz",
  quiz: (points: number, rank: number | null, answered: number, correct: number) =>
    `${plural(points, "point")} ce trimestre${rank === null ? "" : ` (rang ${rank})`} · ${plural(answered, "réponse")} dont ${plural(correct, "juste")}`,
  streakTitle: "Séries",
  streak: (current: number, best: number, lastDay: string | null) =>
    `Série actuelle : ${plural(current, "jour")} · meilleure : ${plural(best, "jour")}${lastDay ? ` · dernier jour d'activité : ${lastDay}` : ""}`,
  reviewTitle: "Révision",
  review: (items: number) =>
    `${plural(items, "question suivie", "questions suivies")} (boîte de révision, date et justesse de la dernière réponse, nombre d'essais)`,
  sessionsTitle: "Sessions de quiz",
  sessions: (count: number) =>
    `${plural(count, "session gardée", "sessions gardées")} (quiz privés et quiz de classe : questions tirées, réponses données ; inutilisables après 24 h, retirées à votre activité suivante)`,
  writtenTitle: "Réponses rédigées",
  written: (count: number, grades: string) =>
    `${plural(count, "réponse gardée", "réponses gardées")} (texte, note, idées présentes ; les 50 dernières)${grades ? `\nMeilleures notes : ${grades}` : ""}`,
  grade: (question: number, grade: number) => `Q${question} ${grade}/10`,
  liveTitle: "Quiz de classe en cours",
  live: (rounds: number) =>
    `Vos réponses à ${plural(rounds, "manche en cours", "manches en cours")} (effacées quand la manche se termine)`,
  notes:
    "Réso ne garde rien d'autre : ni e-mail, ni adresse IP, ni vos messages (Discord les garde, pas Réso). Ces données restent sur la machine qui fait tourner Réso pour votre classe.",
  fileName: "mes-donnees-reso.json",
  fileDescription: "Toutes vos données dans Réso sur ce serveur (JSON)",
  eraseButton: "Effacer mes données",
  eraseQuestion:
    "**Effacer toutes vos données dans Réso sur ce serveur ?** Points, réponses, séries, boîtes de révision et réponses rédigées seront supprimés, et vous disparaîtrez du classement. " +
    "C'est définitif (une copie peut rester jusqu'à 7 jours dans les sauvegardes, puis disparaît). Téléchargez le fichier avant si vous voulez les garder.",
  confirmErase: "Oui, tout effacer",
  cancel: "Annuler",
  erased:
    "✅ Vos données ont été effacées : Réso ne garde plus rien sur vous sur ce serveur. Si vous utilisez de nouveau `/quiz` ou `/reponse`, un nouveau profil commencera.",
  nothingToErase:
    "Il n'y a rien à effacer : Réso ne garde aucune donnée sur vous ici (elles ont peut-être déjà été effacées).",
  eraseCancelled: "Rien n'a été effacé.",
  confirmationExpired: (minutes: number, command: string) =>
    `Cette confirmation a expiré (plus de ${minutes} minutes) : rien n'a été effacé. Relancez \`${command}\` pour recommencer.`,
  // /rapport → erasing a member's data
  eraseMemberButton: "Effacer les données d'un membre…",
  pickerIntro:
    "**Effacer les données d'un membre.** Choisissez-le dans la liste ci-dessous. Pour un élève qui a quitté le serveur (Discord ne le propose plus), " +
    "cliquez sur « Membre parti… » et tapez son nom ou son identifiant Discord, tels qu'ils figurent dans le CSV du rapport.",
  pickMember: "Choisir un membre…",
  findMember: "Membre parti…",
  searchTitle: "Effacer les données d'un membre",
  searchLabel: "Nom ou identifiant Discord",
  searchDescription: "Tels qu'ils figurent dans le CSV du rapport (colonnes « Membre » et « Identifiant Discord »).",
  searchPlaceholder: "Léa Dubois ou 1310000000000000402",
  noMemberFound: (query: string) =>
    `Réso ne garde de données sur aucun membre nommé « ${query} ». Vérifiez l'orthographe dans le CSV du rapport, ou tapez l'identifiant Discord.`,
  severalMembers: (query: string, lines: readonly string[]) =>
    `Plusieurs membres correspondent à « ${query} » :\n${lines.join("\n")}\nCliquez de nouveau sur « Membre parti… » et tapez l'identifiant Discord de celui dont il faut effacer les données.`,
  memberLine: (name: string, userId: string) => `• **${name}** — \`${userId}\``,
  memberHoldsNothing: (name: string) =>
    `Réso ne garde aucune donnée sur ${name} sur ce serveur : rien à effacer (elles ont peut-être déjà été effacées).`,
  memberEraseQuestion: (name: string, userId: string, held: string) =>
    `**Effacer toutes les données de ${name}** (\`${userId}\`) ? Réso garde : ${held}. ` +
    "Ce membre disparaîtra du classement et des statistiques de la classe. C'est définitif (une copie peut rester jusqu'à 7 jours dans les sauvegardes). " +
    "Téléchargez le CSV du rapport avant si l'établissement doit garder ses résultats.",
  held: (points: number, answered: number, written: number, live: number) =>
    [
      plural(points, "point"),
      `${plural(answered, "réponse")} aux quiz`,
      plural(written, "réponse rédigée", "réponses rédigées"),
      ...(live > 0 ? [plural(live, "manche en cours", "manches en cours")] : []),
    ].join(", "),
  confirmMemberErase: "Oui, effacer ses données",
  memberErased: (name: string) =>
    `✅ Les données de ${name} ont été effacées : profil, réponses rédigées, place au classement. Les statistiques de la classe ont été mises à jour.`,
  memberNothingToErase: "Rien à effacer : les données de ce membre ont déjà été effacées.",
  unknownName: "ce membre",
} as const;

export type PrivacyStrings = Widen<typeof fr>;

const en: PrivacyStrings = {
  summaryTitle: "🔒 Your data in Réso",
  summaryIntro:
    "Here is everything Réso keeps about you on this server; the attached file holds all of it (JSON). Nobody else sees this message.",
  nothingHeld:
    "Réso keeps no data about you on this server: you have not used `/quiz`, `/reponse` or a class quiz here yet (or your data was erased).",
  identityTitle: "Identity",
  identity: (userId, name) => `Discord ID: \`${userId}\`\nName recorded: **${name}**`,
  quizTitle: "Quizzes",
  quiz: (points, rank, answered, correct) =>
    `${pluralEn(points, "point")} this term${rank === null ? "" : ` (rank ${rank})`} · ${pluralEn(answered, "answer")}, ${correct} right`,
  streakTitle: "Streaks",
  streak: (current, best, lastDay) =>
    `Current streak: ${pluralEn(current, "day")} · best: ${pluralEn(best, "day")}${lastDay ? ` · last active day: ${lastDay}` : ""}`,
  reviewTitle: "Review",
  review: (items) =>
    `${pluralEn(items, "question")} tracked (review box, date and result of the last answer, number of attempts)`,
  sessionsTitle: "Quiz sessions",
  sessions: (count) =>
    `${pluralEn(count, "session")} kept (private and class quizzes: items drawn, answers given; unusable after 24 h, removed at your next activity)`,
  writtenTitle: "Written answers",
  written: (count, grades) =>
    `${pluralEn(count, "answer")} kept (text, grade, ideas covered; the last 50)${grades ? `\nBest grades: ${grades}` : ""}`,
  grade: (question, grade) => `Q${question} ${grade}/10`,
  liveTitle: "Class quizzes in progress",
  live: (rounds) => `Your answers in ${pluralEn(rounds, "round")} in progress (erased when the round ends)`,
  notes:
    "Réso keeps nothing else: no e-mail, no IP address, none of your messages (Discord keeps those, not Réso). This data stays on the machine running Réso for your class.",
  fileName: "mes-donnees-reso.json",
  fileDescription: "All your data in Réso on this server (JSON)",
  eraseButton: "Erase my data",
  eraseQuestion:
    "**Erase all your data in Réso on this server?** Points, answers, streaks, review boxes and written answers will be deleted, and you will leave the leaderboard. " +
    "This is final (a copy may stay up to 7 days in the backups, then disappears). Download the file first if you want to keep them.",
  confirmErase: "Yes, erase everything",
  cancel: "Cancel",
  erased:
    "✅ Your data was erased: Réso keeps nothing about you on this server any more. If you use `/quiz` or `/reponse` again, a new profile starts.",
  nothingToErase: "There is nothing to erase: Réso keeps no data about you here (it may have been erased already).",
  eraseCancelled: "Nothing was erased.",
  confirmationExpired: (minutes, command) =>
    `This confirmation expired (more than ${minutes} minutes): nothing was erased. Run \`${command}\` again to start over.`,
  eraseMemberButton: "Erase a member's data…",
  pickerIntro:
    "**Erase a member's data.** Pick them in the list below. For a pupil who left the server (Discord no longer offers them), " +
    "click “Member who left…” and type their name or Discord ID, as in the report's CSV.",
  pickMember: "Pick a member…",
  findMember: "Member who left…",
  searchTitle: "Erase a member's data",
  searchLabel: "Name or Discord ID",
  searchDescription: "As in the report's CSV (columns “Membre” and “Identifiant Discord”).",
  searchPlaceholder: "Léa Dubois or 1310000000000000402",
  noMemberFound: (query) =>
    `Réso keeps no data about any member named “${query}”. Check the spelling in the report's CSV, or type the Discord ID.`,
  severalMembers: (query, lines) =>
    `Several members match “${query}”:\n${lines.join("\n")}\nClick “Member who left…” again and type the Discord ID of the one whose data should be erased.`,
  memberLine: (name, userId) => `• **${name}** — \`${userId}\``,
  memberHoldsNothing: (name) =>
    `Réso keeps no data about ${name} on this server: nothing to erase (it may have been erased already).`,
  memberEraseQuestion: (name, userId, held) =>
    `**Erase all of ${name}'s data** (\`${userId}\`)? Réso keeps: ${held}. ` +
    "This member will leave the leaderboard and the class statistics. This is final (a copy may stay up to 7 days in the backups). " +
    "Download the report's CSV first if the school must keep their results.",
  held: (points, answered, written, live) =>
    [
      pluralEn(points, "point"),
      `${pluralEn(answered, "quiz answer")}`,
      pluralEn(written, "written answer"),
      ...(live > 0 ? [pluralEn(live, "round in progress", "rounds in progress")] : []),
    ].join(", "),
  confirmMemberErase: "Yes, erase their data",
  memberErased: (name) =>
    `✅ ${name}'s data was erased: profile, written answers, place on the leaderboard. The class statistics were updated.`,
  memberNothingToErase: "Nothing to erase: this member's data was already erased.",
  unknownName: "this member",
};

export const privacyStrings: Record<Locale, PrivacyStrings> = { fr, en };

export const privacyCommandTexts = {
  "mes-donnees": {
    name: { fr: "mes-donnees", en: "my-data" },
    description: {
      fr: "Ce que Réso garde sur vous : résumé, téléchargement, effacement",
      en: "What Réso keeps about you: summary, download, erasure",
    },
  },
} as const satisfies Record<string, CommandText>;
