import { Rating, State } from "ts-fsrs";
import { LEITNER_INTERVAL_DAYS, type LeitnerProgress } from "./leitner.js";
import type { ItemProgress, Profile } from "./profile.js";
import { type ReviewCard, schedulerFor } from "./reviews.js";

/**
 * Stores written by the released version hold Leitner boxes. Each profile is migrated when it is read (every
 * read path calls `migrateProfile`), and written back migrated by its next change: nothing else in it moves
 * (points, counts, streak, written grades, open sessions, activity).
 */

/** A profile as any version stored it: items hold an FSRS card, or a Leitner box for a released-version store. */
export type StoredProfile = Omit<Profile, "items"> & {
  readonly items: Readonly<Record<string, ItemProgress | LeitnerProgress>>;
};

const DAY_MS = 86_400_000;

/** The profile with every Leitner item turned into an FSRS card; the same object when there was none. */
export function migrateProfile(stored: StoredProfile): Profile;
export function migrateProfile(stored: StoredProfile | undefined): Profile | undefined;
export function migrateProfile(stored: StoredProfile | undefined): Profile | undefined {
  if (!stored) return undefined;
  const entries = Object.entries(stored.items);
  if (!entries.some(([, progress]) => isLeitner(progress))) return stored as Profile;
  const items = Object.fromEntries(
    entries.map(([itemId, progress]) => [itemId, isLeitner(progress) ? migrateItem(progress) : progress]),
  );
  return { ...stored, items };
}

export function isLeitner(progress: ItemProgress | LeitnerProgress): progress is LeitnerProgress {
  return !("card" in progress) && "box" in progress;
}

/**
 * A box becomes a card in review whose stability is the box's interval, due that interval after the last review:
 * box 1 (last answer wrong) FSRS's stability after a first "Again", due on the day of that answer; boxes 2–5
 * stability 1, 3, 7, 14 days. Stability from 3 days counts as mastered, as box 3 did, so the class statistics
 * agree. The last review is taken at noon UTC of its local day: the same calendar day in every zone from
 * UTC−11 to UTC+11, with no need of the guild's zone.
 */
export function migrateItem(progress: LeitnerProgress): ItemProgress {
  const scheduler = schedulerFor();
  const interval = LEITNER_INTERVAL_DAYS[progress.box] ?? 0;
  const lastReview = Date.parse(`${progress.lastDay}T12:00:00Z`);
  const rating = interval === 0 ? Rating.Again : Rating.Good;
  const card: ReviewCard = {
    due: lastReview + interval * DAY_MS,
    stability: interval === 0 ? scheduler.init_stability(Rating.Again) : interval,
    difficulty: scheduler.init_difficulty(rating),
    state: State.Review,
    reps: progress.attempts,
    lapses: progress.attempts - progress.correct,
    step: 0,
    scheduledDays: interval,
    lastReview,
  };
  const { lastDay, lastCorrect, attempts, correct } = progress;
  return { card, lastDay, lastCorrect, attempts, correct };
}
