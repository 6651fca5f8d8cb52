import type { QuizItem, QuizOption } from "../../content/types.js";
import { shuffle } from "./selection.js";

/**
 * The order an item's options are shown in, as bank option ids: drawn once per private session (so per member)
 * and once per live round item (one order for the whole class), and stored with the session or round, so that
 * "Suivant", a restart or an old message show the same order. Shuffled, the letter of an answer is never worth
 * remembering from one session to the next or passing on to a classmate.
 */
export type OptionOrder = readonly string[];

/**
 * A fresh order. "Select all" items are shuffled like the others (their letters would be passed on just the
 * same); "Vrai" stays before "Faux": swapping two fixed words hides nothing and only confuses.
 */
export function drawOptionOrder(item: QuizItem, random: () => number): string[] {
  const ids = item.options.map((option) => option.id);
  return item.kind === "truefalse" ? ids : shuffle(ids, random);
}

/** One order per item of a session or round, in the order of `itemIds`; an unknown item gets none. */
export function drawOptionOrders(
  itemIds: readonly string[],
  item: (id: string) => QuizItem | undefined,
  random: () => number,
): OptionOrder[] {
  return itemIds.map((id) => {
    const found = item(id);
    return found ? drawOptionOrder(found, random) : [];
  });
}

/**
 * The item's options as shown, from its stored order: no order stored (a session or round written before
 * orders were) shows the bank order; an option the bank has dropped since is left out, one it has added since
 * comes last, so the letters always name options that exist.
 */
export function shownOptions(item: QuizItem, order: OptionOrder | undefined): QuizOption[] {
  if (!order || order.length === 0) return [...item.options];
  const byId = new Map(item.options.map((option) => [option.id, option]));
  const listed = [...new Set(order)].flatMap((id) => byId.get(id) ?? []);
  const added = item.options.filter((option) => !listed.includes(option));
  return [...listed, ...added];
}
