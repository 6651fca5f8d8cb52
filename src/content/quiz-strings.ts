import type { CommandText } from "./commands.js";
import { type Locale, localeOf, type Widen } from "./locale.js";
import type { CoursePack } from "./types.js";

/** French ordinals: 1er, 2ᵉ, 3ᵉ… */
const ordinal = (rank: number) => (rank === 1 ? "1er" : `${rank}ᵉ`);

const fr = {
  /** A study question's short name: the pack's (see quizStringsFor); this one only if the pack has none. */
  chapter: (question: number) => `Question ${question}`,
  itemTitle: (position: number, total: number) => `Question ${position}/${total}`,
  selectAll: "Plusieurs réponses possibles : cochez toutes les bonnes.",
  chooseOptions: "Cochez toutes les bonnes réponses…",
  right: "✅ Bonne réponse !",
  wrong: "❌ Pas tout à fait.",
  yourAnswer: "Votre réponse",
  rightAnswer: "La bonne réponse",
  why: "Pourquoi",
  pointsEarned: (points: number) => (points > 0 ? `+${points} points` : "0 point"),
  alreadyCounted: "Réponse déjà enregistrée : elle n'est comptée qu'une fois.",
  reread: (title: string) => `Relire : ${title}`,
  next: "Suivant",
  seeSummary: "Voir le bilan",
  summaryTitle: "Bilan de la session",
  summaryScore: (right: number, total: number, points: number) =>
    `**${right}/${total}** bonnes réponses · +${points} points`,
  summaryChapter: (name: string, right: number, total: number) => `${name} : ${right}/${total}`,
  streakLine: (days: number) =>
    days > 1 ? `🔥 Série : ${days} jours d'affilée` : "🔥 Série : 1 jour — revenez demain !",
  retryMissed: (count: number) => `Refaire mes ${count} erreur${count > 1 ? "s" : ""}`,
  newQuiz: "Nouveau quiz",
  sessionExpired: "Cette session de quiz a expiré (plus de 24 h) ou n'existe plus. Lancez-en une nouvelle :",
  invalidAnswer: "Ce choix ne correspond pas à la question affichée. Relancez `/quiz` si le message est ancien.",
  nothingToAsk: "Aucune question disponible pour ce choix.",
  notAnsweredYet: "Répondez d'abord à la question avant de passer à la suivante.",
  itemRemoved: "Cette question a été retirée du cours : voici la suite.",
  // /score
  scoreTitle: (name: string) => `Score de ${name}`,
  points: "Points",
  accuracy: "Réussite",
  accuracyValue: (right: number, answered: number) =>
    answered === 0 ? "—" : `${Math.round((100 * right) / answered)} % (${right}/${answered})`,
  streaks: "Séries",
  streaksValue: (current: number, best: number) => `actuelle ${current} j · record ${best} j`,
  mastery: "Maîtrise par question",
  masteryLine: (name: string, bar: string, percent: number) => `${bar} ${percent} % — ${name}`,
  toReread: "À relire",
  nothingToReread: "Rien pour l'instant : continuez avec `/quiz` !",
  writtenGrades: "Réponses rédigées (meilleure note)",
  rank: "Rang",
  rankValue: (rank: number | null, members: number) =>
    rank === null ? "pas encore classé" : `${ordinal(rank)} sur ${members}`,
  noScoreYet: (name: string) => `${name} n'a pas encore répondu à un quiz.`,
  youHaveNoScore: "Vous n'avez pas encore de score : lancez `/quiz` pour commencer !",
  // /classement
  boardTitle: "🏆 Classement",
  boardEmpty: "Personne n'a encore marqué de points. Soyez le premier avec `/quiz` !",
  boardLine: (medal: string, name: string, points: number) => `${medal} **${name}** — ${points} pts`,
  yourRank: (rank: number, members: number, points: number) => `Vous : ${ordinal(rank)} sur ${members}, ${points} pts.`,
  youAreUnranked: "Vous n'êtes pas encore classé : lancez `/quiz` !",
} as const;

export type QuizStrings = Widen<typeof fr>;

const en: QuizStrings = {
  chapter: (question) => `Question ${question}`,
  itemTitle: (position, total) => `Question ${position}/${total}`,
  selectAll: "Several answers possible: tick all the right ones.",
  chooseOptions: "Tick all the right answers…",
  right: "✅ Right!",
  wrong: "❌ Not quite.",
  yourAnswer: "Your answer",
  rightAnswer: "The right answer",
  why: "Why",
  pointsEarned: (points) => (points > 0 ? `+${points} points` : "0 points"),
  alreadyCounted: "Answer already recorded: it counts only once.",
  reread: (title) => `Re-read: ${title}`,
  next: "Next",
  seeSummary: "See the summary",
  summaryTitle: "Session summary",
  summaryScore: (right, total, points) => `**${right}/${total}** right answers · +${points} points`,
  summaryChapter: (name, right, total) => `${name}: ${right}/${total}`,
  streakLine: (days) => (days > 1 ? `🔥 Streak: ${days} days in a row` : "🔥 Streak: 1 day — come back tomorrow!"),
  retryMissed: (count) => `Retry my ${count} mistake${count > 1 ? "s" : ""}`,
  newQuiz: "New quiz",
  sessionExpired: "This quiz session has expired (over 24 h) or no longer exists. Start a new one:",
  invalidAnswer: "This choice does not match the question shown. Run `/quiz` again if the message is old.",
  nothingToAsk: "No question available for this choice.",
  notAnsweredYet: "Answer the question before moving on to the next one.",
  itemRemoved: "This question was removed from the course: here is what comes next.",
  scoreTitle: (name) => `${name}'s score`,
  points: "Points",
  accuracy: "Accuracy",
  accuracyValue: (right, answered) =>
    answered === 0 ? "—" : `${Math.round((100 * right) / answered)}% (${right}/${answered})`,
  streaks: "Streaks",
  streaksValue: (current, best) => `current ${current} d · best ${best} d`,
  mastery: "Mastery per question",
  masteryLine: (name, bar, percent) => `${bar} ${percent}% — ${name}`,
  toReread: "To re-read",
  nothingToReread: "Nothing for now: keep going with `/quiz`!",
  writtenGrades: "Written answers (best grade)",
  rank: "Rank",
  rankValue: (rank, members) => (rank === null ? "not ranked yet" : `#${rank} of ${members}`),
  noScoreYet: (name) => `${name} has not answered a quiz yet.`,
  youHaveNoScore: "You have no score yet: run `/quiz` to start!",
  boardTitle: "🏆 Leaderboard",
  boardEmpty: "Nobody has scored yet. Be the first with `/quiz`!",
  boardLine: (medal, name, points) => `${medal} **${name}** — ${points} pts`,
  yourRank: (rank, members, points) => `You: #${rank} of ${members}, ${points} pts.`,
  youAreUnranked: "You are not ranked yet: run `/quiz`!",
};

export const quizStrings: Record<Locale, QuizStrings> = { fr, en };

/** The strings for a Discord locale, with the study questions' short names from the course pack. */
export function quizStringsFor(discordLocale: string, pack: Pick<CoursePack, "questions">): QuizStrings {
  const locale = localeOf(discordLocale);
  const titles = new Map(
    pack.questions.map((question) => [
      question.number,
      locale === "en" ? (question.titleEn ?? question.title) : question.title,
    ]),
  );
  const strings = quizStrings[locale];
  return { ...strings, chapter: (question) => titles.get(question) ?? strings.chapter(question) };
}

/** The options shared by /quiz and /quiz-classe: which study question, how many items. */
export const questionOptionText = {
  name: { fr: "question", en: "question" },
  description: { fr: "Une des questions d'étude (toutes si vide)", en: "One of the study questions (all if empty)" },
} as const satisfies CommandText;

export const countOptionText = {
  name: { fr: "nombre", en: "count" },
  description: { fr: "Combien de questions (1 à 20, 5 par défaut)", en: "How many items (1 to 20, default 5)" },
} as const satisfies CommandText;

export const quizCommandTexts = {
  quiz: {
    name: { fr: "quiz", en: "quiz" },
    description: {
      fr: "S'entraîner sur les questions d'étude du cours, en privé",
      en: "Practise the course's study questions, privately",
    },
    options: {
      question: questionOptionText,
      nombre: countOptionText,
    },
  },
  score: {
    name: { fr: "score", en: "score" },
    description: {
      fr: "Vos points, votre réussite, vos séries et votre maîtrise",
      en: "Your points, accuracy, streaks and mastery",
    },
    options: {
      membre: {
        name: { fr: "membre", en: "member" },
        description: {
          fr: "Le score d'un autre membre (ce que montre le classement)",
          en: "Another member's score (as the leaderboard shows it)",
        },
      },
    },
  },
  classement: {
    name: { fr: "classement", en: "leaderboard" },
    description: { fr: "Les dix meilleurs du serveur et votre rang", en: "The server's top ten and your rank" },
  },
} as const satisfies Record<string, CommandText & { options?: Record<string, CommandText> }>;
