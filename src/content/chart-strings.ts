import type { Locale, Widen } from "./locale.js";

/** Texts drawn inside the `/rapport` and `/score` charts, and their alternative text for screen readers. */
const fr = {
  dateLocale: "fr-FR",
  reportTitle: "Rapport de la classe",
  // French writes the first of the month "1er": "1er décembre 2026".
  reportSubtitle: (date: string, members: number) =>
    `${date.replace(/^1 /, "1er ")} · ${members} membre${members > 1 ? "s" : ""} ${members > 1 ? "ont" : "a"} déjà répondu`,
  masteryTitle: "Maîtrise par question d'étude",
  mean: "moyenne",
  median: "médiane",
  activityTitle: "Membres actifs par jour (28 derniers jours)",
  missedTitle: "Les questions les plus manquées",
  missedValue: (misses: number, attempts: number) => `${misses} erreur${misses > 1 ? "s" : ""} sur ${attempts}`,
  noMissed: "Aucune erreur pour l'instant",
  reportFileName: (day: string) => `rapport-reso-${day}.png`,
  reportAlt: "Graphiques du rapport : maîtrise par question, membres actifs par jour, questions les plus manquées.",
  scoreTitle: (name: string) => `Progression de ${name}`,
  you: "toi",
  theClass: "la classe",
  scoreMasteryTitle: "Ta maîtrise et celle de la classe",
  scoreActivityTitle: "Tes réponses, jour par jour (8 semaines)",
  answers: "réponses",
  weekdays: ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
  scoreFileName: "progression-reso.png",
  scoreAlt: "Graphiques de ta progression : maîtrise par question comparée à la classe, et réponses par jour.",
};

export type ChartStrings = Widen<typeof fr>;

const en: ChartStrings = {
  dateLocale: "en-GB",
  reportTitle: "Class report",
  reportSubtitle: (date, members) => `${date} · ${members} member${members > 1 ? "s have" : " has"} answered`,
  masteryTitle: "Mastery per study question",
  mean: "average",
  median: "median",
  activityTitle: "Active members per day (last 28 days)",
  missedTitle: "The most missed items",
  missedValue: (misses, attempts) => `${misses} miss${misses > 1 ? "es" : ""} out of ${attempts}`,
  noMissed: "No misses yet",
  reportFileName: (day) => `reso-report-${day}.png`,
  reportAlt: "Report charts: mastery per question, active members per day, most missed items.",
  scoreTitle: (name) => `${name}'s progress`,
  you: "you",
  theClass: "the class",
  scoreMasteryTitle: "Your mastery and the class's",
  scoreActivityTitle: "Your answers, day by day (8 weeks)",
  answers: "answers",
  weekdays: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
  scoreFileName: "reso-progress.png",
  scoreAlt: "Your progress charts: mastery per question beside the class's, and answers per day.",
};

export const chartStrings: Record<Locale, ChartStrings> = { fr, en };
