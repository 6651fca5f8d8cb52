import type { CommandText } from "./commands.js";
import type { Locale, Widen } from "./locale.js";
import { countOptionText, questionOptionText } from "./quiz-strings.js";

/**
 * Strings of the class features run by moderators: `/lecon`, the live round `/quiz-classe` and `/rapport`.
 * Public messages (a lesson, a live item, a podium) speak the guild's language; private answers the member's.
 */
const fr = {
  // Posting in a channel
  permissionNames: {
    ViewChannel: "Voir le salon",
    SendMessages: "Envoyer des messages",
    SendMessagesInThreads: "Envoyer des messages dans les fils",
    EmbedLinks: "Intégrer des liens",
  },
  missingPermissions: (channelId: string, names: readonly string[]) =>
    `Je ne peux pas publier dans <#${channelId}> : il me manque ${names.length > 1 ? "les permissions" : "la permission"} ${names.map((name) => `« ${name} »`).join(", ")}. ` +
    "Un administrateur peut me les accorder dans les paramètres du salon → Permissions (rôle Réso).",
  notATextChannel: "Je ne peux publier que dans un salon textuel de ce serveur.",
  moderatorsOnly: "Seuls les modérateurs (permission « Gérer le serveur ») peuvent faire cela.",
  // /lecon
  lessonAuthor: (documentTitle: string) => `📖 Leçon · ${documentTitle}`,
  lessonFooter: (documentTitle: string, section: number, sectionCount: number) =>
    `${documentTitle} · section ${section}/${sectionCount}`,
  trainOnSection: "M'entraîner sur cette section",
  readPrivately: "Lire en privé",
  lessonPosted: (title: string, channelId: string, messages: number) =>
    `Section « ${title} » publiée dans <#${channelId}> (${messages} message${messages > 1 ? "s" : ""}), avec le bouton d'entraînement.`,
  documentNotFound: (typed: string) => `Je ne trouve aucun document qui corresponde à « ${typed} ».`,
  sectionNotFound: (typed: string) => `Je ne trouve aucune section qui corresponde à « ${typed} ».`,
  closestSections: "Les sections les plus proches (choisissez-en une dans la liste de `section`) :",
  lessonGone: "Cette section n'existe plus (le cours a changé). Ouvrez le sommaire avec `/cours`.",
  // /quiz-classe
  roundBusy: "Une manche est déjà en cours dans ce salon. Un modérateur peut l'arrêter avec le bouton ci-dessous.",
  roundStarted: (count: number, seconds: number) =>
    `Manche lancée : ${count} question${count > 1 ? "s" : ""} de ${seconds} s. Le bouton « Arrêter la manche » sous chaque question la termine plus tôt.`,
  nothingToAsk: "Aucune question disponible pour ce choix.",
  liveAuthor: (position: number, total: number) => `🎯 Quiz de classe · Question ${position}/${total}`,
  liveCountdown: "⏱ Fin",
  liveHint:
    "Répondez avec les boutons : votre choix reste privé, et vous pouvez changer d'avis jusqu'à la fin. Seule la dernière réponse compte.",
  liveFooter: (itemId: string, seconds: number) =>
    `Réf. ${itemId} · ${seconds} s · 10 points par bonne réponse + bonus de rapidité`,
  chooseOptions: "Cochez toutes les bonnes réponses…",
  selectAll: "Plusieurs réponses possibles : cochez toutes les bonnes.",
  stopRound: "Arrêter la manche",
  answerRecorded: (choice: string, closesAt: number) =>
    `✅ Réponse enregistrée : ${choice}\nVous pouvez changer d'avis jusqu'à la fin (<t:${closesAt}:R>).`,
  answerChanged: (choice: string, closesAt: number) =>
    `🔁 Réponse modifiée : ${choice}\nSeule la dernière compte ; fin <t:${closesAt}:R>.`,
  tooLate: "⌛ Trop tard : cette question est close, votre réponse n'est pas comptée. Restez pour la suivante !",
  roundOver: "Cette manche est terminée. Un modérateur peut en lancer une autre avec `/quiz-classe`.",
  invalidAnswer: "Ce choix ne correspond pas à la question affichée.",
  resultsTitle: (position: number, total: number) => `Question ${position}/${total} — résultats`,
  rightAnswer: "Bonne réponse",
  answersTitle: "Réponses",
  optionCount: (count: number) => `${count} vote${count > 1 ? "s" : ""}`,
  answersLine: (answered: number, right: number) =>
    answered === 0
      ? "Personne n'a répondu."
      : `**${answered}** réponse${answered > 1 ? "s" : ""} · **${right}** juste${right > 1 ? "s" : ""}`,
  fastest: (name: string, seconds: string) => `⚡ Bonne réponse la plus rapide : **${name}** (${seconds} s)`,
  nobodyRight: "Personne n'a trouvé cette fois.",
  why: "Pourquoi",
  reread: (title: string) => `Relire : ${title}`,
  podiumTitle: "🏆 Podium de la manche",
  podiumLine: (medal: string, name: string, points: number, right: number, played: number) =>
    `${medal} **${name}** — ${points} pts (${right}/${played})`,
  podiumEmpty: "Personne n'a répondu pendant cette manche.",
  podiumFooter: (participants: number, played: number) =>
    `${participants} participant${participants > 1 ? "s" : ""} · ${played} question${played > 1 ? "s" : ""} · points ajoutés aux scores de /quiz`,
  stoppedByModerator: "Manche arrêtée plus tôt par un modérateur.",
  interruptedByRestart:
    "Manche interrompue par un redémarrage de Réso : la question ouverte a été close avec les réponses déjà données, et tous les points sont comptés.",
  practiseAlone: "M'entraîner seul",
  roundStopped: "Manche arrêtée : les résultats et le podium sont publiés.",
  noRoundHere: "Il n'y a plus de manche en cours ici.",
  // /rapport
  reportTitle: "📊 Rapport de la classe",
  reportSince: (unix: number) => `Données depuis le <t:${unix}:D>.`,
  reportNoData: "Personne n'a encore répondu à un quiz sur ce serveur.",
  participationTitle: "Participation",
  participation: (members: number, sessions: number, rounds: number, answers: number, accuracy: string) =>
    `**${members}** membre${members > 1 ? "s" : ""} ont répondu · **${sessions}** session${sessions > 1 ? "s" : ""} de /quiz · **${rounds}** manche${rounds > 1 ? "s" : ""} en classe\n` +
    `**${answers}** réponse${answers > 1 ? "s" : ""} · réussite ${accuracy}`,
  masteryTitle: "Maîtrise moyenne par question",
  masteryLine: (name: string, bar: string, percent: number) => `${bar} ${percent} % — ${name}`,
  masteryBasis: (members: number) =>
    `(moyenne sur ${members} membre${members > 1 ? "s" : ""} ; maîtrisé = boîte 3 ou plus)`,
  missedTitle: "Les questions les plus manquées",
  missedLine: (rank: number, itemId: string, prompt: string, misses: number, attempts: number, answer: string) =>
    `**${rank}. ${itemId}** — ${prompt}\n❌ ${misses} erreur${misses > 1 ? "s" : ""} sur ${attempts} · ✅ ${answer}`,
  noMissed: "Aucune erreur pour l'instant.",
  boardTitle: "Classement du trimestre",
  boardEmpty: "Personne n'a encore de points ce trimestre.",
  boardLine: (medal: string, name: string, points: number) => `${medal} **${name}** — ${points} pts`,
  csvNote:
    "Le fichier joint donne le détail de chaque membre (CSV, séparateur « ; », UTF-8 : s'ouvre dans Excel et LibreOffice).",
  csvFileName: (day: string) => `rapport-reso-${day}.csv`,
  csvZipped:
    "Le détail par membre est trop gros pour Discord tel quel : il est compressé (ZIP). Double-cliquez sur le fichier pour l'ouvrir, puis ouvrez le CSV qu'il contient.",
  csvTooLarge:
    "Le détail par membre est trop gros pour Discord, même compressé : il n'est pas joint. Les chiffres ci-dessous restent exacts.",
  newTerm: "Nouveau trimestre…",
  resetQuestion:
    "**Remettre le classement à zéro ?** Les points, réponses et taux de réussite de chacun repartent de zéro pour un nouveau trimestre. " +
    "L'historique d'apprentissage est conservé : boîtes de révision, séries, notes des réponses rédigées et statistiques de la classe. " +
    "Pensez à télécharger le CSV du rapport avant, si vous voulez garder les scores de ce trimestre.",
  confirmReset: "Oui, nouveau trimestre",
  cancel: "Annuler",
  resetDone: "✅ Nouveau trimestre : le classement repart de zéro. L'historique d'apprentissage est conservé.",
  resetCancelled: "Rien n'a changé : le classement est conservé.",
  resetAlreadyDone: "Le classement a déjà été remis à zéro depuis ce rapport : rien de plus n'a changé.",
} as const;

export type ClassStrings = Widen<typeof fr>;

const en: ClassStrings = {
  permissionNames: {
    ViewChannel: "View Channel",
    SendMessages: "Send Messages",
    SendMessagesInThreads: "Send Messages in Threads",
    EmbedLinks: "Embed Links",
  },
  missingPermissions: (channelId, names) =>
    `I can't post in <#${channelId}>: I'm missing the ${names.length > 1 ? "permissions" : "permission"} ${names.map((name) => `“${name}”`).join(", ")}. ` +
    "An administrator can grant them in the channel's settings → Permissions (Réso role).",
  notATextChannel: "I can only post in a text channel of this server.",
  moderatorsOnly: "Only moderators (“Manage Server” permission) can do this.",
  lessonAuthor: (documentTitle) => `📖 Lesson · ${documentTitle}`,
  lessonFooter: (documentTitle, section, sectionCount) => `${documentTitle} · section ${section}/${sectionCount}`,
  trainOnSection: "Practise this section",
  readPrivately: "Read privately",
  lessonPosted: (title, channelId, messages) =>
    `Section “${title}” posted in <#${channelId}> (${messages} message${messages > 1 ? "s" : ""}), with the practice button.`,
  documentNotFound: (typed) => `I can't find any document matching “${typed}”.`,
  sectionNotFound: (typed) => `I can't find any section matching “${typed}”.`,
  closestSections: "The closest sections (pick one from the `section` list):",
  lessonGone: "This section no longer exists (the course changed). Open the contents with `/cours`.",
  roundBusy: "A round is already running in this channel. A moderator can stop it with the button below.",
  roundStarted: (count, seconds) =>
    `Round started: ${count} question${count > 1 ? "s" : ""} of ${seconds} s each. The “Stop the round” button under each question ends it early.`,
  nothingToAsk: "No question available for this choice.",
  liveAuthor: (position, total) => `🎯 Class quiz · Question ${position}/${total}`,
  liveCountdown: "⏱ Ends",
  liveHint:
    "Answer with the buttons: your choice stays private, and you may change your mind until the end. Only your last answer counts.",
  liveFooter: (itemId, seconds) => `Ref. ${itemId} · ${seconds} s · 10 points per right answer + speed bonus`,
  chooseOptions: "Tick all the right answers…",
  selectAll: "Several answers possible: tick all the right ones.",
  stopRound: "Stop the round",
  answerRecorded: (choice, closesAt) =>
    `✅ Answer recorded: ${choice}\nYou may change your mind until the end (<t:${closesAt}:R>).`,
  answerChanged: (choice, closesAt) =>
    `🔁 Answer changed: ${choice}\nOnly the last one counts; ends <t:${closesAt}:R>.`,
  tooLate: "⌛ Too late: this question is closed, your answer doesn't count. Stay for the next one!",
  roundOver: "This round is over. A moderator can start another one with `/quiz-classe`.",
  invalidAnswer: "This choice does not match the question shown.",
  resultsTitle: (position, total) => `Question ${position}/${total} — results`,
  rightAnswer: "Right answer",
  answersTitle: "Answers",
  optionCount: (count) => `${count} vote${count === 1 ? "" : "s"}`,
  answersLine: (answered, right) =>
    answered === 0 ? "Nobody answered." : `**${answered}** answer${answered > 1 ? "s" : ""} · **${right}** right`,
  fastest: (name, seconds) => `⚡ Fastest right answer: **${name}** (${seconds} s)`,
  nobodyRight: "Nobody got it this time.",
  why: "Why",
  reread: (title) => `Re-read: ${title}`,
  podiumTitle: "🏆 Round podium",
  podiumLine: (medal, name, points, right, played) => `${medal} **${name}** — ${points} pts (${right}/${played})`,
  podiumEmpty: "Nobody answered during this round.",
  podiumFooter: (participants, played) =>
    `${participants} participant${participants === 1 ? "" : "s"} · ${played} question${played === 1 ? "" : "s"} · points added to /quiz scores`,
  stoppedByModerator: "Round stopped early by a moderator.",
  interruptedByRestart:
    "Round interrupted by a restart of Réso: the open question was closed with the answers already given, and every point counts.",
  practiseAlone: "Practise alone",
  roundStopped: "Round stopped: the results and the podium are posted.",
  noRoundHere: "There is no round running here any more.",
  reportTitle: "📊 Class report",
  reportSince: (unix) => `Data since <t:${unix}:D>.`,
  reportNoData: "Nobody has answered a quiz on this server yet.",
  participationTitle: "Participation",
  participation: (members, sessions, rounds, answers, accuracy) =>
    `**${members}** member${members === 1 ? "" : "s"} answered · **${sessions}** /quiz session${sessions === 1 ? "" : "s"} · **${rounds}** class round${rounds === 1 ? "" : "s"}\n` +
    `**${answers}** answer${answers === 1 ? "" : "s"} · accuracy ${accuracy}`,
  masteryTitle: "Average mastery per question",
  masteryLine: (name, bar, percent) => `${bar} ${percent}% — ${name}`,
  masteryBasis: (members) => `(average over ${members} member${members === 1 ? "" : "s"}; mastered = box 3 or higher)`,
  missedTitle: "The most missed questions",
  missedLine: (rank, itemId, prompt, misses, attempts, answer) =>
    `**${rank}. ${itemId}** — ${prompt}\n❌ ${misses} miss${misses === 1 ? "" : "es"} out of ${attempts} · ✅ ${answer}`,
  noMissed: "No mistakes so far.",
  boardTitle: "This term's leaderboard",
  boardEmpty: "Nobody has points this term yet.",
  boardLine: (medal, name, points) => `${medal} **${name}** — ${points} pts`,
  csvNote:
    "The attached file details every member (CSV, “;” separator, UTF-8: opens in Excel and LibreOffice; column names in French).",
  csvFileName: (day) => `rapport-reso-${day}.csv`,
  csvZipped:
    "The per-member details are too big for Discord as they are: they are compressed (ZIP). Double-click the file to open it, then open the CSV inside.",
  csvTooLarge:
    "The per-member details are too big for Discord, even compressed: they are not attached. The figures below are still exact.",
  newTerm: "New term…",
  resetQuestion:
    "**Reset the leaderboard?** Everyone's points, answers and accuracy start again from zero for a new term. " +
    "Learning history is kept: review boxes, streaks, written answers' grades and class statistics. " +
    "Download the report's CSV first if you want to keep this term's scores.",
  confirmReset: "Yes, new term",
  cancel: "Cancel",
  resetDone: "✅ New term: the leaderboard starts from zero. Learning history is kept.",
  resetCancelled: "Nothing changed: the leaderboard is kept.",
  resetAlreadyDone: "The leaderboard was already reset from this report: nothing more changed.",
};

export const classStrings: Record<Locale, ClassStrings> = { fr, en };

/** Column names of the report's CSV: French, whatever the moderator's language (the file is for the school). */
export const reportCsvColumns = {
  name: "Membre",
  points: "Points (trimestre)",
  rank: "Rang",
  answered: "Réponses (trimestre)",
  correct: "Bonnes réponses (trimestre)",
  accuracy: "Réussite (%)",
  currentStreak: "Série actuelle (jours)",
  bestStreak: "Meilleure série (jours)",
  lastDay: "Dernier jour d'activité",
  mastery: (question: number) => `Maîtrise Q${question} (%)`,
  grade: (question: number) => `Réponse rédigée Q${question} (/10)`,
  userId: "Identifiant Discord",
} as const;

export const classCommandTexts = {
  lecon: {
    name: { fr: "lecon", en: "lesson" },
    description: {
      fr: "Publier une section du cours pour toute la classe, avec un bouton d'entraînement",
      en: "Post a course section for the whole class, with a practice button",
    },
    options: {
      document: {
        name: { fr: "document", en: "document" },
        description: { fr: "Le document (tapez pour chercher)", en: "The document (type to search)" },
      },
      section: {
        name: { fr: "section", en: "section" },
        description: { fr: "La section à publier (tapez pour chercher)", en: "The section to post (type to search)" },
      },
      salon: {
        name: { fr: "salon", en: "channel" },
        description: {
          fr: "Le salon où publier (celui-ci si vide)",
          en: "The channel to post in (this one if empty)",
        },
      },
    },
  },
  "quiz-classe": {
    name: { fr: "quiz-classe", en: "class-quiz" },
    description: {
      fr: "Lancer une manche de quiz en direct pour tout le salon",
      en: "Start a live quiz round for the whole channel",
    },
    options: {
      question: questionOptionText,
      nombre: countOptionText,
      secondes: {
        name: { fr: "secondes", en: "seconds" },
        description: {
          fr: "Secondes par question (10 à 120, 30 par défaut)",
          en: "Seconds per item (10 to 120, default 30)",
        },
      },
    },
  },
  rapport: {
    name: { fr: "rapport", en: "report" },
    description: {
      fr: "Rapport privé de la classe : participation, maîtrise, erreurs fréquentes, classement et CSV",
      en: "Private class report: participation, mastery, common mistakes, leaderboard and CSV",
    },
  },
} as const satisfies Record<string, CommandText & { options?: Record<string, CommandText> }>;
