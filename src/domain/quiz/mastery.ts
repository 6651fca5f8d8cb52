import type { StudyQuestionNumber } from "../../content/types.js";
import { daysBetween, localDay } from "../time.js";
import { addDays } from "../tips/schedule.js";
import type { Profile } from "./profile.js";
import { dueDayOf, isMastered, retrievability } from "./reviews.js";

/** The bank as these figures need it: an item's id and study question (items removed from the course count no more). */
export type BankItems = readonly { readonly id: string; readonly question: StudyQuestionNumber }[];

/** How far ahead `/score` counts the reviews to come. */
export const FORECAST_DAYS = 7;

/**
 * The bank indexed once per bank (banks are never changed in place): each item's study question and each
 * question's number of items. The report reads 100,000 profiles of a dozen items each against a bank of dozens:
 * walking the member's items instead of the whole bank, with sums in an array, is most of its time saved.
 */
interface BankIndex {
  /** The study questions, in the bank's order of first appearance. */
  readonly questions: readonly StudyQuestionNumber[];
  /** Each item's question, as its position in `questions`. */
  readonly positionOf: ReadonlyMap<string, number>;
  /** Items per question, by position. */
  readonly itemCounts: readonly number[];
}

const bankIndexes = new WeakMap<BankItems, BankIndex>();

function bankIndex(bank: BankItems): BankIndex {
  let index = bankIndexes.get(bank);
  if (!index) {
    const questions: StudyQuestionNumber[] = [];
    const itemCounts: number[] = [];
    const positionOf = new Map<string, number>();
    for (const item of bank) {
      let position = questions.indexOf(item.question);
      if (position === -1) position = questions.push(item.question) - 1;
      itemCounts[position] = (itemCounts[position] ?? 0) + 1;
      positionOf.set(item.id, position);
    }
    index = { questions, positionOf, itemCounts };
    bankIndexes.set(bank, index);
  }
  return index;
}

/**
 * THE mastery of a member, per study question of the bank (0–1): the mean retrievability at `now` of the
 * question's items, an item never answered counting 0. `/score`, `/rapport` and its CSV all show this figure
 * (through QuizService.mastery), so a member and the teacher read the same number.
 */
export function masteryByQuestion(
  profile: Profile | undefined,
  bank: BankItems,
  now: number,
): Map<StudyQuestionNumber, number> {
  const { questions, positionOf, itemCounts } = bankIndex(bank);
  const totals = new Array<number>(questions.length).fill(0);
  // Items the member answered that the course no longer has count no more.
  for (const id in profile?.items) {
    const position = positionOf.get(id);
    const card = profile.items[id]?.card;
    if (position !== undefined && card) totals[position] = (totals[position] ?? 0) + retrievability(card, now);
  }
  return new Map(
    questions.map((question, position) => [question, (totals[position] ?? 0) / (itemCounts[position] ?? 1)]),
  );
}

/** What is due for a member, in the guild's calendar. */
export interface ReviewForecast {
  /** Items due today or overdue. */
  readonly dueToday: number;
  /** Items due on one of the FORECAST_DAYS days after today. */
  readonly nextDays: number;
  /** The first local day after today with a review due, or null when nothing has been answered yet. */
  readonly nextDueDay: string | null;
}

/** Reviews due today and over the next days, and the next day one is due: counted in calendar days of `timeZone`. */
export function reviewForecast(
  profile: Profile | undefined,
  bank: BankItems,
  now: number,
  timeZone: string,
): ReviewForecast {
  const today = localDay(new Date(now), timeZone);
  const horizon = addDays(today, FORECAST_DAYS);
  let dueToday = 0;
  let nextDays = 0;
  let nextDueDay: string | null = null;
  for (const item of bank) {
    const card = profile?.items[item.id]?.card;
    if (!card) continue;
    const day = dueDayOf(card, timeZone);
    if (daysBetween(day, today) >= 0) {
      dueToday += 1;
      continue;
    }
    if (day <= horizon) nextDays += 1;
    if (nextDueDay === null || day < nextDueDay) nextDueDay = day;
  }
  return { dueToday, nextDays, nextDueDay };
}

/**
 * Per study question, the (member, item) pairs counted as mastered in the class statistics: items whose card's
 * stability reached MASTERED_STABILITY_DAYS (see reviews.ts). What `ClassStats.mastered` keeps by each answer.
 */
export function masteredPairs(profiles: Iterable<Profile>, bank: BankItems): Record<string, number> {
  const counts = noMasteredPairs(bank);
  for (const profile of profiles) addMasteredPairs(counts, profile, bank);
  return counts;
}

/** Zero mastered pairs for each study question of the bank. */
export function noMasteredPairs(bank: BankItems): Record<string, number> {
  return Object.fromEntries(bank.map((item) => [String(item.question), 0]));
}

/** Adds one member's mastered items to `counts` (masteredPairs, one profile at a time). */
export function addMasteredPairs(counts: Record<string, number>, profile: Profile, bank: BankItems): void {
  const { questions, positionOf } = bankIndex(bank);
  for (const id in profile.items) {
    const position = positionOf.get(id);
    const question = position === undefined ? undefined : questions[position];
    if (question !== undefined && isMastered(profile.items[id]?.card)) counts[question] = (counts[question] ?? 0) + 1;
  }
}
