/** Realistic inputs for the two charts: the README's example pictures and the chart benchmark draw these. */
import type { ClassChartInput } from "../../src/charts/classChart.js";
import type { MemberChartInput } from "../../src/charts/memberChart.js";

const dayFormat = new Intl.DateTimeFormat("fr-FR", { day: "numeric", month: "short", timeZone: "UTC" });
const label = (time: number) => dayFormat.format(new Date(time));
const DAY_MS = 86_400_000;
const TODAY = Date.parse("2026-12-01T00:00:00Z");
const chapters = ["Interactivité et engagement", "Une communauté active", "La viralité", "Mieux cibler"];

/** A class of 27 after a month: busy school days, quiet weekends, a drop during a school trip. */
export const classExample: ClassChartInput = {
  locale: "fr",
  title: "Rapport de la classe",
  subtitle: "1er décembre 2026 · 27 membres ont déjà répondu",
  masteryTitle: "Maîtrise par question d'étude",
  meanLabel: "moyenne",
  medianLabel: "médiane",
  mastery: chapters.map((chapter, index) => ({
    label: chapter,
    mean: [0.62, 0.41, 0.18, 0.77][index] ?? 0,
    median: [0.7, 0.35, 0.1, 0.8][index] ?? 0,
  })),
  activityTitle: "Membres actifs par jour (28 derniers jours)",
  days: Array.from({ length: 28 }, (_, index) => {
    const time = TODAY - (27 - index) * DAY_MS;
    const weekday = (new Date(time).getUTCDay() + 6) % 7;
    const base = weekday >= 5 ? 4 : 14 + ((index * 7) % 9);
    return { label: label(time), members: index >= 12 && index <= 14 ? 2 : base, tick: (27 - index) % 7 === 0 };
  }),
  missedTitle: "Les questions les plus manquées",
  missed: [
    ["q3-02 · Qu'est-ce qui rend un contenu viral ?", 16, 25],
    ["q1-05 · Un « like » suffit-il à engager ?", 12, 24],
    ["q4-01 · Cibler : à qui s'adresse-t-on ?", 8, 20],
    ["q2-04 · Animer une communauté, c'est…", 6, 20],
    ["q3-06 · Le bouche-à-oreille numérique", 4, 19],
  ].map(([text, misses, attempts]) => ({
    label: String(text),
    share: Number(misses) / Number(attempts),
    value: `${misses} erreurs sur ${attempts}`,
  })),
  noMissed: "Aucune erreur pour l'instant",
};

const weekdays = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."];

/** Léa, eight weeks in: regular on weekdays, a gap of a week, ahead of the class on two questions. */
export const memberExample: MemberChartInput = {
  locale: "fr",
  title: "Progression de Léa",
  masteryTitle: "Ta maîtrise et celle de la classe",
  memberLabel: "toi",
  classLabel: "la classe",
  mastery: chapters.map((chapter, index) => ({
    label: chapter,
    member: [0.8, 0.3, 0.25, 1][index] ?? 0,
    class: [0.62, 0.41, 0.18, 0.77][index] ?? 0,
  })),
  activityTitle: "Tes réponses, jour par jour (8 semaines)",
  answersLabel: "réponses",
  // 1 December 2026 is a Tuesday: seven full weeks and two days.
  days: Array.from({ length: 7 * 7 + 2 }, (_, index) => {
    const week = Math.floor(index / 7);
    const weekday = index % 7;
    const monday = TODAY - (7 * 7 + 1) * DAY_MS + week * 7 * DAY_MS;
    const answers = week === 3 || weekday >= 5 ? (weekday === 6 && week !== 3 ? 3 : 0) : (index * 5) % 13;
    return { week, weekLabel: label(monday), weekday: weekdays[weekday] ?? "", answers, today: index === 50 };
  }),
  weekdays,
};
