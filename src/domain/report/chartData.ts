import type { StudyQuestionNumber } from "../../content/types.js";
import type { ClassStats } from "../quiz/classStats.js";
import type { Profile } from "../quiz/quizService.js";

const DAY_MS = 86_400_000;

/** The `count` local days ending with `today` ("YYYY-MM-DD"), oldest first. */
export function lastDays(today: string, count: number): string[] {
  const end = Date.parse(`${today}T00:00:00Z`);
  return Array.from({ length: count }, (_, index) =>
    new Date(end - (count - 1 - index) * DAY_MS).toISOString().slice(0, 10),
  );
}

/** Members active and answers on each of the last `count` days (zero on days nobody answered). */
export function dailyActivity(
  stats: ClassStats,
  today: string,
  count: number,
): { day: string; members: number; answers: number }[] {
  return lastDays(today, count).map((day) => ({ day, members: 0, answers: 0, ...stats.days?.[day] }));
}

/** The middle value (the mean of the two middle ones for an even count); 0 for none. */
export function median(values: ArrayLike<number>): number {
  if (values.length === 0) return 0;
  // A typed array sorts numbers natively, without a comparator: a few milliseconds for 100,000 members.
  const sorted = Float64Array.from(values).sort();
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/**
 * A member's last `weeks` weeks, Monday first, one entry a day up to today: its week (0: the oldest), weekday
 * (0: Monday) and answers that day.
 */
export function memberWeeks(
  activity: Profile["activity"],
  today: string,
  weeks: number,
): { day: string; week: number; weekday: number; answers: number }[] {
  const weekday = (new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7;
  const days = lastDays(today, (weeks - 1) * 7 + weekday + 1);
  return days.map((day, index) => ({
    day,
    week: Math.floor(index / 7),
    weekday: index % 7,
    answers: activity?.[day] ?? 0,
  }));
}

/** How many bank items each study question has, in the bank's order of questions. */
export function itemsPerQuestion(bank: readonly { question: StudyQuestionNumber }[]): Map<StudyQuestionNumber, number> {
  const counts = new Map<StudyQuestionNumber, number>();
  for (const item of bank) counts.set(item.question, (counts.get(item.question) ?? 0) + 1);
  return counts;
}
