import type { QuizItem, StudyQuestionNumber } from "../../content/types.js";
import { daysUntilDue, type ItemProgress } from "./leitner.js";

export interface SelectionInput {
  readonly bank: readonly QuizItem[];
  readonly progress: Readonly<Record<string, ItemProgress>>;
  readonly question: StudyQuestionNumber | null;
  readonly count: number;
  readonly today: string;
  /** Uniform in [0, 1): injected so tests are deterministic. */
  readonly random: () => number;
}

/**
 * Spaced repetition: items due today come first (missed ones, then the lowest boxes), then items never
 * seen (shuffled), then, to fill the session, the items due soonest. Never the same item twice.
 */
export function selectItems(input: SelectionInput): string[] {
  const candidates = input.bank.filter((item) => input.question === null || item.question === input.question);
  const due: { id: string; progress: ItemProgress; wait: number }[] = [];
  const fresh: string[] = [];
  const later: { id: string; wait: number }[] = [];
  for (const item of candidates) {
    const progress = input.progress[item.id];
    if (!progress) {
      fresh.push(item.id);
      continue;
    }
    const wait = daysUntilDue(progress, input.today);
    if (wait <= 0) due.push({ id: item.id, progress, wait });
    else later.push({ id: item.id, wait });
  }
  due.sort(
    (a, b) =>
      Number(a.progress.lastCorrect) - Number(b.progress.lastCorrect) ||
      a.progress.box - b.progress.box ||
      a.wait - b.wait,
  );
  later.sort((a, b) => a.wait - b.wait);
  const ordered = [...due.map((entry) => entry.id), ...shuffle(fresh, input.random), ...later.map((entry) => entry.id)];
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
