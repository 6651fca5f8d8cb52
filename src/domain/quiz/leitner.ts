import { daysBetween } from "../time.js";

/**
 * The Leitner boxes of the released version, replaced by FSRS (reviews.ts). Kept for two readers only: the
 * migration of stored profiles (migration.ts) and the FSRS-versus-Leitner simulation (scripts/sim).
 * Boxes 1–5: a right answer moves an item up one box, a wrong one back to box 1.
 */
export const MIN_BOX = 1;
export const MAX_BOX = 5;
/** Days before an item of each box is due again: box 1 the same day, box 5 two weeks later. */
export const LEITNER_INTERVAL_DAYS: Readonly<Record<number, number>> = { 1: 0, 2: 1, 3: 3, 4: 7, 5: 14 };

/** An item's review state as the released version stored it. */
export interface LeitnerProgress {
  readonly box: number;
  /** Local day ("YYYY-MM-DD", guild time zone) of the last answer. */
  readonly lastDay: string;
  readonly lastCorrect: boolean;
  readonly attempts: number;
  readonly correct: number;
}

export function nextProgress(previous: LeitnerProgress | undefined, correct: boolean, day: string): LeitnerProgress {
  const box = correct ? Math.min(MAX_BOX, (previous?.box ?? MIN_BOX) + 1) : MIN_BOX;
  return {
    box,
    lastDay: day,
    lastCorrect: correct,
    attempts: (previous?.attempts ?? 0) + 1,
    correct: (previous?.correct ?? 0) + (correct ? 1 : 0),
  };
}

/** Days until the item is due (0 or less: due today). */
export function daysUntilDue(progress: LeitnerProgress, today: string): number {
  return daysBetween(today, progress.lastDay) + (LEITNER_INTERVAL_DAYS[progress.box] ?? 0);
}
