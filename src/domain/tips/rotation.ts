/**
 * A guild's tip rotation: a shuffled order of tip ids and a cursor on the next one to post. Every tip is
 * posted once per cycle; a new cycle is a new shuffle. Pure functions over a plain, JSON-safe value: the
 * daily-tips service stores it in the same record as the day's claim, so that choosing the tip and claiming
 * the day are one write (a crash can neither repeat a tip nor post one twice).
 */
export interface RotationState {
  /** Tip ids in posting order for the current cycle. */
  readonly order: readonly string[];
  /** Index in `order` of the next tip to post; the tips before it are posted in this cycle. */
  readonly cursor: number;
  /** 1 for the first pass through the bank, then 2, 3…: for /config voir and the logs. */
  readonly cycle: number;
}

/** A source of numbers in [0, 1): Math.random in production, a seeded one in tests. */
export type Random = () => number;

/**
 * Brings a stored rotation in line with the bank, without resetting progress:
 * - tips removed from the bank are dropped (the cursor stays on the same next tip);
 * - tips added to the bank are inserted at random positions after the cursor, so they come within the
 *   current cycle and nothing already posted in it comes back before every tip has been posted;
 * - no rotation yet, or nothing left to post in it: a new cycle.
 */
export function reconcile(state: RotationState | undefined, bankIds: readonly string[], random: Random): RotationState {
  if (bankIds.length === 0) throw new RangeError("the tip bank is empty");
  if (!state || state.order.length === 0) return newCycle(bankIds, 1, undefined, random);
  const inBank = new Set(bankIds);
  const order: string[] = [];
  const seen = new Set<string>();
  let cursor = 0;
  state.order.forEach((id, index) => {
    if (!inBank.has(id) || seen.has(id)) return;
    seen.add(id);
    order.push(id);
    if (index < state.cursor) cursor++;
  });
  for (const id of bankIds) {
    if (seen.has(id)) continue;
    seen.add(id);
    // Any slot from the cursor to the end: the new tip is still to come in this cycle.
    order.splice(cursor + Math.floor(random() * (order.length - cursor + 1)), 0, id);
  }
  if (cursor >= order.length) {
    const lastPosted = state.cursor > 0 ? state.order[state.cursor - 1] : undefined;
    return newCycle(bankIds, state.cycle + 1, lastPosted, random);
  }
  return { order, cursor, cycle: state.cycle };
}

/** The id of the next tip to post (the rotation must come from `reconcile`). */
export function nextTipId(state: RotationState): string {
  const id = state.order[state.cursor];
  if (id === undefined) throw new RangeError("rotation has no next tip: reconcile it first");
  return id;
}

/**
 * The rotation after posting its next tip. At the end of a cycle the next one starts at once, reshuffled so
 * that its first tip is not the one just posted (no tip twice in a row across cycles).
 */
export function advance(state: RotationState, bankIds: readonly string[], random: Random): RotationState {
  const posted = nextTipId(state);
  if (state.cursor + 1 < state.order.length) return { ...state, cursor: state.cursor + 1 };
  return newCycle(bankIds, state.cycle + 1, posted, random);
}

/**
 * A tip claimed but not posted (the channel was gone, a permission missing) goes back to be the next one,
 * so the failure costs a day, not the tip's turn. Works across a cycle boundary too.
 */
export function giveBack(state: RotationState, tipId: string): RotationState {
  const index = state.order.indexOf(tipId);
  if (index === -1) return state;
  const order = [...state.order];
  order.splice(index, 1);
  const cursor = index < state.cursor ? state.cursor - 1 : state.cursor;
  order.splice(cursor, 0, tipId);
  return { ...state, order, cursor };
}

/** The ids posted in the current cycle so far, in posting order. */
export function postedInCycle(state: RotationState): readonly string[] {
  return state.order.slice(0, state.cursor);
}

function newCycle(bankIds: readonly string[], cycle: number, avoidFirst: string | undefined, random: Random) {
  const order = shuffle(bankIds, random);
  if (order.length > 1 && order[0] === avoidFirst) {
    const swapWith = 1 + Math.floor(random() * (order.length - 1));
    [order[0], order[swapWith]] = [order[swapWith] as string, order[0] as string];
  }
  return { order, cursor: 0, cycle } satisfies RotationState;
}

/** Fisher–Yates: every order equally likely. */
export function shuffle<T>(items: readonly T[], random: Random): T[] {
  const result = [...items];
  for (let index = result.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [result[index], result[other]] = [result[other] as T, result[index] as T];
  }
  return result;
}
