import type { QuizItem, StudyQuestionNumber } from "../../content/types.js";
import { localDay } from "../time.js";
import type { ItemProgress } from "./profile.js";
import { dueDayOf, retrievability } from "./reviews.js";

/**
 * What a session may ask:
 * - "review": the items due (today or overdue), then items never seen: the daily `/quiz`;
 * - "new": only items never seen;
 * - "practice": the items due, then the others the member is most likely to have forgotten, then new ones
 *   (free practice, "more");
 * - "fill" (the default): due, new, then the likeliest forgotten to fill the session (a lesson's practice,
 *   "new quiz").
 */
export type SelectionScope = "review" | "new" | "practice" | "fill";

export interface SelectionInput {
  readonly bank: readonly QuizItem[];
  readonly progress: Readonly<Record<string, ItemProgress>>;
  readonly question: StudyQuestionNumber | null;
  readonly count: number;
  readonly now: number;
  /** The guild's time zone: "due today" is a calendar day there. */
  readonly timeZone: string;
  readonly scope?: SelectionScope;
  /** Uniform in [0, 1): injected so tests are deterministic. */
  readonly random: () => number;
}

/**
 * Spaced repetition by FSRS: items due first, lowest retrievability first (the likeliest forgotten); items never
 * seen shuffled; items not due, lowest retrievability first; in the order `scope` says. Never the same item twice.
 */
export function selectItems(input: SelectionInput): string[] {
  const scope = input.scope ?? "fill";
  const today = localDay(new Date(input.now), input.timeZone);
  const candidates = input.bank.filter((item) => input.question === null || item.question === input.question);
  const due: { id: string; recall: number }[] = [];
  const fresh: string[] = [];
  const later: { id: string; recall: number }[] = [];
  for (const item of candidates) {
    const card = input.progress[item.id]?.card;
    if (!card) {
      fresh.push(item.id);
      continue;
    }
    const entry = { id: item.id, recall: retrievability(card, input.now) };
    if (dueDayOf(card, input.timeZone) <= today) due.push(entry);
    else later.push(entry);
  }
  const byRecall = (a: { recall: number }, b: { recall: number }) => a.recall - b.recall;
  const ids = (entries: { id: string; recall: number }[]) => entries.sort(byRecall).map((entry) => entry.id);
  const orders: Record<SelectionScope, () => string[]> = {
    review: () => [...ids(due), ...shuffle(fresh, input.random)],
    new: () => shuffle(fresh, input.random),
    practice: () => [...ids(due), ...ids(later), ...shuffle(fresh, input.random)],
    fill: () => [...ids(due), ...shuffle(fresh, input.random), ...ids(later)],
  };
  const ordered = orders[scope]();
  return ordered.slice(0, Math.max(0, input.count));
}

/** Fisher–Yates on a copy. */
export function shuffle<T>(values: readonly T[], random: () => number): T[] {
  const copy = [...values];
  for (let index = copy.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
  }
  return copy;
}
