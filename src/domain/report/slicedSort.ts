import { setImmediate as served } from "node:timers/promises";
import { EventLoopTurns } from "../turns.js";

/**
 * The same order as `[...items].sort(compare)` (stable), with the event loop served every `slice` elements: a
 * merge sort whose runs of `slice` are sorted natively, then merged two by two. One `Array.sort` of 100,000
 * members by points and French name holds the loop for several hundred milliseconds; this never holds it for
 * more than one run's sort or one slice of a merge.
 */
export async function sortInSlices<T>(
  items: readonly T[],
  compare: (a: T, b: T) => number,
  slice: number,
): Promise<T[]> {
  let runs: T[][] = [];
  for (let start = 0; start < items.length; start += slice) {
    runs.push(items.slice(start, start + slice).sort(compare));
    await served();
  }
  while (runs.length > 1) {
    const merged: T[][] = [];
    for (let index = 0; index < runs.length; index += 2) {
      const left = runs[index] as T[];
      const right = runs[index + 1];
      merged.push(right ? await merge(left, right, compare, slice) : left);
    }
    runs = merged;
  }
  return runs[0] ?? [];
}

/** Left before right on a tie: the merge keeps the sort stable. */
async function merge<T>(left: T[], right: T[], compare: (a: T, b: T) => number, slice: number): Promise<T[]> {
  const out: T[] = [];
  let i = 0;
  let j = 0;
  while (i < left.length || j < right.length) {
    for (let step = 0; step < slice && (i < left.length || j < right.length); step++) {
      if (j >= right.length || (i < left.length && compare(left[i] as T, right[j] as T) <= 0)) out.push(left[i++] as T);
      else out.push(right[j++] as T);
    }
    await served();
  }
  return out;
}

/**
 * The same order as `[...items].sort((a, b) => key(b) - key(a) || tieBreak(a, b))` (stable), faster when many
 * items share a key (members' points): one bucket per key, the keys sorted as numbers, each bucket sorted by
 * `tieBreak` alone (a collator is the costly comparison; it then runs only between equal keys), a bucket over
 * `slice` items in slices (everyone on 0 points at the start of a term), the event loop served between buckets.
 */
export async function sortByKeyDescending<T>(
  items: readonly T[],
  key: (item: T) => number,
  tieBreak: (a: T, b: T) => number,
  slice: number,
): Promise<T[]> {
  const turns = new EventLoopTurns();
  const buckets = new Map<number, T[]>();
  for (const item of items) {
    const bucket = buckets.get(key(item));
    if (bucket) bucket.push(item);
    else buckets.set(key(item), [item]);
    if (turns.due()) await turns.give();
  }
  const sorted: T[] = [];
  for (const value of [...buckets.keys()].sort((a, b) => b - a)) {
    const bucket = buckets.get(value) ?? [];
    for (const item of bucket.length > slice ? await sortInSlices(bucket, tieBreak, slice) : bucket.sort(tieBreak))
      sorted.push(item);
    if (turns.due()) await turns.give();
  }
  return sorted;
}
