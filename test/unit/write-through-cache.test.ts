import Keyv from "keyv";
import { describe, expect, it } from "vitest";
import { WriteThroughCache } from "../../src/domain/writeThroughCache.js";

/** A Keyv that counts its reads. */
function countingStore() {
  const store = new Keyv();
  const counts = { reads: 0 };
  const get = store.get.bind(store);
  store.get = ((key: string) => {
    counts.reads += 1;
    return get(key);
  }) as typeof store.get;
  return { store, counts };
}

const guildOf = (key: string) => /^profile:([^:]+):/.exec(key)?.[1];

describe("WriteThroughCache and the guilds this process owns", () => {
  it("GIVEN a guild it owns THEN values are served from memory; one it does not own goes to the store, and its writes are told", async () => {
    const { store, counts } = countingStore();
    const foreignWrites: string[] = [];
    const cache = new WriteThroughCache<{ points: number }>(store, {
      maxSize: 1_000,
      sizeOf: () => 10,
      guildOf,
      owns: (guildId) => guildId === "mine",
      onForeignWrite: (key) => foreignWrites.push(key),
    });
    await cache.set("profile:mine:u1", { points: 1 });
    expect(await cache.get("profile:mine:u1")).toEqual({ points: 1 });
    expect(counts.reads).toBe(0);

    await cache.set("profile:other:u1", { points: 2 });
    expect(foreignWrites).toEqual(["profile:other:u1"]);
    // Another process may write it next: never kept here.
    await store.set("profile:other:u1", { points: 3 });
    expect(await cache.get("profile:other:u1")).toEqual({ points: 3 });
    expect(counts.reads).toBe(1);
    await cache.delete("profile:other:u1");
    expect(foreignWrites).toEqual(["profile:other:u1", "profile:other:u1"]);
    expect(cache.size).toBe(1);
  });

  it("GIVEN another shard wrote a key THEN forget drops the copy and the next read goes to the store", async () => {
    const { store, counts } = countingStore();
    const cache = new WriteThroughCache<{ points: number }>(store, { maxSize: 1_000, sizeOf: () => 10, guildOf });
    await cache.set("profile:g:u", { points: 1 });
    await store.set("profile:g:u", { points: 5 });
    expect(await cache.get("profile:g:u")).toEqual({ points: 1 });
    cache.forget("profile:g:u");
    expect(await cache.get("profile:g:u")).toEqual({ points: 5 });
    expect(counts.reads).toBe(1);
  });
});
