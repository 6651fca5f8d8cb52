import { daysBetween } from "../time.js";

/** Consecutive local days (in the guild's time zone) with at least one answer. */
export interface Streak {
  readonly current: number;
  readonly best: number;
  /** "YYYY-MM-DD" of the last day that counted. */
  readonly lastDay: string | null;
}

export const emptyStreak: Streak = { current: 0, best: 0, lastDay: null };

export function extendStreak(streak: Streak, day: string): Streak {
  if (streak.lastDay === day) return streak;
  const current = streak.lastDay !== null && daysBetween(streak.lastDay, day) === 1 ? streak.current + 1 : 1;
  return { current, best: Math.max(streak.best, current), lastDay: day };
}

/** The streak as it stands today: broken if the last answer is older than yesterday. */
export function currentStreak(streak: Streak, today: string): number {
  if (streak.lastDay === null) return 0;
  return daysBetween(streak.lastDay, today) <= 1 ? streak.current : 0;
}
