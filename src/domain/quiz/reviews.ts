import {
  type Card,
  createEmptyCard,
  date_diff,
  type FSRS,
  fsrs,
  type Grade,
  generatorParameters,
  Rating,
  State,
} from "ts-fsrs";
import type { QuizItem } from "../../content/types.js";
import { localDay } from "../time.js";
import { addDays } from "../tips/schedule.js";

/**
 * Spaced repetition by FSRS-6 through ts-fsrs, with its default parameters and (re)learning steps: Réso only
 * maps an answer to a rating, stores the card and reads it back. No scheduling maths here.
 */

/** The recall probability FSRS schedules for, unless a guild sets its own (`/config`). */
export const DEFAULT_RETENTION = 0.9;
export const MIN_RETENTION = 0.8;
export const MAX_RETENTION = 0.95;

export function isValidRetention(value: number): boolean {
  return Number.isFinite(value) && value >= MIN_RETENTION && value <= MAX_RETENTION;
}

/**
 * An item counts as mastered in the class statistics from this stability on (days for which recall stays above
 * 90 %). Stability does not decay by itself, so the stored counts stay true between answers; 3 days is the
 * interval of Leitner box 3, the released "mastered" box, so a migrated store keeps its counts.
 */
export const MASTERED_STABILITY_DAYS = 3;

/**
 * A member's FSRS card for one item, as stored: ts-fsrs's Card with instants as epoch milliseconds (the store
 * holds JSON) and without its deprecated `elapsed_days`.
 */
export interface ReviewCard {
  readonly due: number;
  readonly stability: number;
  readonly difficulty: number;
  /** ts-fsrs's State: 0 new, 1 learning, 2 review, 3 relearning. */
  readonly state: number;
  readonly reps: number;
  readonly lapses: number;
  /** The current (re)learning step. */
  readonly step: number;
  /** Days FSRS scheduled at the last review (0 for a (re)learning step, counted in minutes). */
  readonly scheduledDays: number;
  readonly lastReview: number;
}

const schedulers = new Map<number, FSRS>();

/** ts-fsrs with FSRS-6's default weights, aiming at `retention`; one per retention value, built once. */
export function schedulerFor(retention: number = DEFAULT_RETENTION): FSRS {
  const aimed = isValidRetention(retention) ? retention : DEFAULT_RETENTION;
  let scheduler = schedulers.get(aimed);
  if (!scheduler) {
    scheduler = fsrs(generatorParameters({ request_retention: aimed }));
    schedulers.set(aimed, scheduler);
  }
  return scheduler;
}

/**
 * How an answer rates the recall: wrong → Again, right → Good, and a "select all that apply" item wrong by a
 * single option (one missing or one too many) → Hard.
 */
export function ratingOf(
  item: QuizItem,
  answer: { readonly chosen: readonly string[]; readonly correct: boolean },
): Grade {
  if (answer.correct) return Rating.Good;
  if (item.kind !== "multiple") return Rating.Again;
  const chosen = new Set(answer.chosen);
  const right = new Set(item.correct);
  const missing = item.correct.filter((id) => !chosen.has(id)).length;
  const extra = answer.chosen.filter((id) => !right.has(id)).length;
  return missing + extra === 1 ? Rating.Hard : Rating.Again;
}

/** The card after one review rated `rating` at `now` (a first review starts from an empty card). */
export function reviewCard(card: ReviewCard | undefined, rating: Grade, now: number, retention: number): ReviewCard {
  const scheduler = schedulerFor(retention);
  const next = scheduler.next(card ? toCard(card) : createEmptyCard(new Date(now)), new Date(now), rating).card;
  return fromCard(next, now);
}

/**
 * The probability (0–1) that the member recalls the item at `now`, by FSRS's forgetting curve: what ts-fsrs's
 * `get_retrievability` computes (whole days since the last review), without converting the card for each of the
 * 100,000 × 40 cards a class report reads.
 */
export function retrievability(card: ReviewCard, now: number): number {
  if (card.state === State.New) return 0;
  const elapsed = Math.max(date_diff(new Date(now), new Date(card.lastReview), "days"), 0);
  return schedulerFor().forgetting_curve(elapsed, card.stability);
}

export function isMastered(card: ReviewCard | undefined): boolean {
  return card !== undefined && card.stability >= MASTERED_STABILITY_DAYS;
}

/**
 * The local day the card is due. A review interval is a whole number of days, counted on the guild's calendar
 * from the day of the last review (ts-fsrs adds 24-hour days, which a daylight-saving change would push onto
 * the next or previous calendar day); a (re)learning step, counted in minutes, is due the day its instant falls on.
 */
export function dueDayOf(card: ReviewCard, timeZone: string): string {
  if (card.scheduledDays >= 1 && card.state === State.Review)
    return addDays(localDay(new Date(card.lastReview), timeZone), card.scheduledDays);
  return localDay(new Date(card.due), timeZone);
}

export function toCard(card: ReviewCard): Card {
  return {
    due: new Date(card.due),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: 0,
    scheduled_days: card.scheduledDays,
    learning_steps: card.step,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state as State,
    last_review: new Date(card.lastReview),
  };
}

function fromCard(card: Card, reviewedAt: number): ReviewCard {
  return {
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    state: card.state,
    reps: card.reps,
    lapses: card.lapses,
    step: card.learning_steps,
    scheduledDays: card.scheduled_days,
    lastReview: card.last_review?.getTime() ?? reviewedAt,
  };
}
