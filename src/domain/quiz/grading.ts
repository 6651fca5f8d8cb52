import type { QuizItem } from "../../content/types.js";

/** Points for a right answer; a "select all that apply" item is right only with exactly the right options. */
export const POINTS_PER_RIGHT_ANSWER = 10;

export function isRightAnswer(item: QuizItem, chosen: readonly string[]): boolean {
  const picked = new Set(chosen);
  return picked.size === item.correct.length && item.correct.every((id) => picked.has(id));
}

/** Chosen option ids that exist on the item, without repeats; anything else is a forged or stale click. */
export function validChoice(item: QuizItem, chosen: readonly string[]): string[] | undefined {
  const known = new Set(item.options.map((option) => option.id));
  const unique = [...new Set(chosen)];
  if (unique.length === 0 || unique.some((id) => !known.has(id))) return undefined;
  if (item.kind !== "multiple" && unique.length !== 1) return undefined;
  return unique;
}
