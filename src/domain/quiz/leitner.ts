import { daysBetween } from "../time.js";

/** Leitner boxes 1–5: a right answer moves an item up one box, a wrong one back to box 1. */
export const MIN_BOX = 1;
export const MAX_BOX = 5;
/** An item counts as mastered from this box up (mastery per question = share of its items here). */
export const MASTERED_BOX = 3;
/** Days before an item of each box is due again: box 1 the same day, box 5 two weeks later. */
const intervalDays: Record<number, number> = { 1: 0, 2: 1, 3: 3, 4: 7, 5: 14 };

export interface ItemProgress {
  readonly box: number;
  /** Local day ("YYYY-MM-DD", guild time zone) of the last answer. */
  readonly lastDay: string;
  readonly lastCorrect: boolean;
  readonly attempts: number;
  readonly correct: number;
}

export function nextProgress(previous: ItemProgress | undefined, correct: boolean, day: string): ItemProgress {
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
export function daysUntilDue(progress: ItemProgress, today: string): number {
  return daysBetween(today, progress.lastDay) + (intervalDays[progress.box] ?? 0);
}
