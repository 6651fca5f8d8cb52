import { describe, expect, it } from "vitest";
import {
  advance,
  giveBack,
  nextTipId,
  postedInCycle,
  type RotationState,
  reconcile,
  shuffle,
} from "../../src/domain/tips/rotation.js";
import { seeded } from "./tips-helpers.js";

const ids = (count: number, from = 1) =>
  Array.from({ length: count }, (_, index) => `astuce-${String(index + from).padStart(2, "0")}`);

/** Posts `count` tips in a row the way the service does (reconcile, read, advance) and returns them. */
function post(state: RotationState | undefined, bank: readonly string[], count: number, random: () => number) {
  const posted: string[] = [];
  let current = state;
  for (let index = 0; index < count; index++) {
    const rotation = reconcile(current, bank, random);
    posted.push(nextTipId(rotation));
    current = advance(rotation, bank, random);
  }
  return { posted, state: current as RotationState };
}

describe("tips rotation", () => {
  it("GIVEN a bank of 53 THEN each cycle posts every tip once, in a new order, with no tip twice in a row", () => {
    const bank = ids(53);
    for (let seed = 1; seed <= 20; seed++) {
      const { posted, state } = post(undefined, bank, 53 * 4, seeded(seed));
      for (let cycle = 0; cycle < 4; cycle++) {
        const pass = posted.slice(cycle * 53, (cycle + 1) * 53);
        expect(new Set(pass).size).toBe(53);
      }
      for (let index = 1; index < posted.length; index++) expect(posted[index]).not.toBe(posted[index - 1]);
      expect(posted.slice(0, 53)).not.toEqual(posted.slice(53, 106));
      expect(state.cycle).toBe(5);
      expect(state.cursor).toBe(0);
    }
  });

  it("GIVEN tips added to the bank mid-cycle THEN progress is kept and the new tips come before any repeat", () => {
    const random = seeded(7);
    const first = post(undefined, ids(40), 15, random);
    const grown = [...ids(40), ...ids(6, 41)];
    const rotation = reconcile(first.state, grown, random);
    // The 15 already posted stay posted, in the same order: no reset.
    expect(postedInCycle(rotation)).toEqual(first.posted);
    expect(rotation.cycle).toBe(1);
    const rest = post(rotation, grown, 31, random);
    const cycle = [...first.posted, ...rest.posted];
    expect(new Set(cycle).size).toBe(46);
    expect(new Set(cycle)).toEqual(new Set(grown));
    expect(rest.state.cycle).toBe(2);
  });

  it("GIVEN new tips THEN they land at varied positions after the cursor, never before it", () => {
    const positions = new Set<number>();
    for (let seed = 1; seed <= 30; seed++) {
      const random = seeded(seed);
      const { state } = post(undefined, ids(10), 4, random);
      const rotation = reconcile(state, [...ids(10), "astuce-99"], random);
      const index = rotation.order.indexOf("astuce-99");
      expect(index).toBeGreaterThanOrEqual(4);
      positions.add(index);
    }
    expect(positions.size).toBeGreaterThan(3);
  });

  it("GIVEN tips removed from the bank THEN they are dropped and the cursor stays on the same next tip", () => {
    const random = seeded(3);
    const { state } = post(undefined, ids(10), 5, random);
    const next = nextTipId(reconcile(state, ids(10), random));
    const removedPosted = state.order[0] as string;
    const bank = ids(10).filter((id) => id !== removedPosted);
    const rotation = reconcile(state, bank, random);
    expect(rotation.order).not.toContain(removedPosted);
    expect(rotation.cursor).toBe(4);
    expect(nextTipId(rotation)).toBe(next);
  });

  it("GIVEN every remaining tip removed THEN a new cycle starts without the last one posted first", () => {
    const random = seeded(11);
    const { state, posted } = post(undefined, ids(6), 3, random);
    const bank = posted;
    const rotation = reconcile(state, bank, random);
    expect(rotation.cycle).toBe(2);
    expect(rotation.cursor).toBe(0);
    expect(nextTipId(rotation)).not.toBe(posted.at(-1));
  });

  it("GIVEN a tip that could not be posted THEN it is next again, also across a cycle boundary", () => {
    const random = seeded(5);
    const bank = ids(5);
    let rotation = reconcile(undefined, bank, random);
    const tip = nextTipId(rotation);
    rotation = giveBack(advance(rotation, bank, random), tip);
    expect(nextTipId(rotation)).toBe(tip);
    expect(rotation.cursor).toBe(0);

    const end = post(undefined, bank, 4, random).state;
    const last = nextTipId(end);
    const wrapped = giveBack(advance(end, bank, random), last);
    expect(wrapped.cycle).toBe(2);
    expect(nextTipId(wrapped)).toBe(last);
    expect(new Set(wrapped.order).size).toBe(5);
  });

  it("GIVEN a stored rotation with duplicates THEN reconcile repairs it", () => {
    const rotation = reconcile({ order: ["a", "b", "a", "c"], cursor: 1, cycle: 1 }, ["a", "b", "c"], seeded(1));
    expect(rotation.order).toEqual(["a", "b", "c"]);
    expect(rotation.cursor).toBe(1);
  });

  it("GIVEN a shuffle THEN it is a permutation", () => {
    expect(shuffle(ids(20), seeded(2)).sort()).toEqual(ids(20));
    expect(() => reconcile(undefined, [], Math.random)).toThrow(RangeError);
  });
});
