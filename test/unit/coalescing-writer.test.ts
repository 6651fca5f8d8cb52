import Keyv from "keyv";
import { describe, expect, it } from "vitest";
import { CoalescingWriter } from "../../src/domain/coalescingWriter.js";

/** A Keyv in memory that counts its reads and can fail its next writes. */
function countingStore() {
  const keyv = new Keyv({ throwOnErrors: true });
  keyv.on("error", () => {});
  const counts = { gets: 0, sets: 0, failWrites: 0 };
  const get = keyv.get.bind(keyv);
  const set = keyv.set.bind(keyv);
  keyv.get = ((key: string) => {
    counts.gets += 1;
    return get(key);
  }) as typeof keyv.get;
  keyv.set = (async (key: string, value: unknown) => {
    counts.sets += 1;
    if (counts.failWrites > 0) {
      counts.failWrites -= 1;
      throw new Error("disk I/O error");
    }
    return set(key, value);
  }) as typeof keyv.set;
  return { keyv, counts };
}

const sum = (total: number, changes: readonly number[]) => changes.reduce((acc, change) => acc + change, total);

describe("CoalescingWriter", () => {
  it("GIVEN writes in a row THEN the aggregate is read from the store once, then from what was written", async () => {
    const { keyv, counts } = countingStore();
    await keyv.set("total:g", 5);
    const writer = new CoalescingWriter<number, number>(keyv, (id) => `total:${id}`, 0, sum);
    for (let index = 0; index < 10; index++) await writer.add("g", 1);
    await Promise.all(Array.from({ length: 10 }, () => writer.add("g", 2)));
    expect(await writer.read("g")).toBe(35);
    expect(await keyv.get("total:g")).toBe(35);
    expect(counts.gets).toBe(2); // the first read, and the check just above
  });

  it("GIVEN a write that fails THEN its callers fail, and the next write starts again from the store", async () => {
    const { keyv, counts } = countingStore();
    const writer = new CoalescingWriter<number, number>(keyv, (id) => `total:${id}`, 0, sum);
    await writer.add("g", 1);
    counts.failWrites = 1;
    await expect(writer.add("g", 10)).rejects.toThrow("disk I/O error");
    const reads = counts.gets;
    await writer.add("g", 100);
    expect(counts.gets).toBe(reads + 1);
    expect(await writer.read("g")).toBe(101);
  });

  it("GIVEN a replacement THEN reads and later writes start from it", async () => {
    const { keyv } = countingStore();
    const writer = new CoalescingWriter<number, number>(keyv, (id) => `total:${id}`, 0, sum);
    await writer.add("g", 7);
    await writer.replace("g", 0);
    expect(await writer.read("g")).toBe(0);
    await writer.add("g", 3);
    expect(await keyv.get("total:g")).toBe(3);
  });

  it("GIVEN more guilds than it keeps THEN the oldest are read from the store again, with their right value", async () => {
    const { keyv } = countingStore();
    const writer = new CoalescingWriter<number, number>(keyv, (id) => `total:${id}`, 0, sum);
    const ids = Array.from({ length: CoalescingWriter.CACHED_IDS + 5 }, (_, index) => `g${index}`);
    for (const id of ids) await writer.add(id, 1);
    for (const id of ids) await writer.add(id, 1);
    expect(await Promise.all(ids.map((id) => writer.read(id)))).toEqual(ids.map(() => 2));
  });

  it("GIVEN changes enqueued THEN they wait together for one write, which a reader or settled() brings forward", async () => {
    const { keyv, counts } = countingStore();
    const writer = new CoalescingWriter<number, number>(keyv, (id) => `total:${id}`, 0, sum);
    for (let index = 0; index < 10; index++) writer.enqueue("g", 1);
    await new Promise((resolve) => setImmediate(resolve));
    expect(counts.sets).toBe(0);
    expect(await writer.read("g")).toBe(10);
    expect(counts.sets).toBe(1);
    writer.enqueue("g", 5);
    writer.enqueue("h", 7);
    await writer.settled();
    expect(counts.sets).toBe(3);
    expect([await keyv.get("total:g"), await keyv.get("total:h")]).toEqual([15, 7]);
  });

  it("GIVEN a replacement while changes wait THEN the earlier ones are dropped and the later ones apply to it", async () => {
    const { keyv } = countingStore();
    const writer = new CoalescingWriter<number, number>(keyv, (id) => `total:${id}`, 0, sum);
    writer.enqueue("g", 1);
    const replaced = writer.replace("g", 100);
    writer.enqueue("g", 2);
    await replaced;
    await writer.settled();
    expect(await keyv.get("total:g")).toBe(102);
  });
});
