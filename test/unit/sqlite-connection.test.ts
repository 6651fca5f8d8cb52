import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pino } from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { StoreError, Stores } from "../../src/store/store.js";

const logger = pino({ level: "silent" });
const cleanups: (() => Promise<unknown>)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function tempStore(): Promise<{ stores: Stores; file: string; url: string }> {
  const dir = await mkdtemp(join(tmpdir(), "reso-sqlite-"));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  const file = join(dir, "reso.sqlite");
  const url = `sqlite://${file}`;
  const stores = await Stores.open(url, logger);
  cleanups.push(() => stores.close());
  return { stores, file, url };
}

/** The query function of a namespace's SQLite adapter (Keyv's `store`, behind Réso's guard). */
function queryOf(stores: Stores, namespace: string) {
  return (stores.namespace(namespace).store as { query: (sql: string, ...params: unknown[]) => Promise<unknown[]> })
    .query;
}

describe("SQLite connection", () => {
  it("GIVEN a file store THEN it runs in WAL mode with synchronous=NORMAL", async () => {
    const { stores } = await tempStore();
    const query = queryOf(stores, "quiz");
    expect(await query("PRAGMA journal_mode")).toEqual([{ journal_mode: "wal" }]);
    expect(await query("PRAGMA synchronous")).toEqual([{ synchronous: 1 }]);
  });

  it("GIVEN many reads and writes at once THEN each one gets its own result, and a new process reads them back", async () => {
    const { stores, url, file } = await tempStore();
    const quiz = stores.namespace("quiz");
    await Promise.all(Array.from({ length: 200 }, (_, index) => quiz.set(`k${index % 50}:${index}`, { index })));
    const values = await Promise.all(Array.from({ length: 200 }, (_, index) => quiz.get(`k${index % 50}:${index}`)));
    expect(values).toEqual(Array.from({ length: 200 }, (_, index) => ({ index })));
    await quiz.set("name", { name: ":D", list: [":a", "b"] });
    expect(await quiz.delete("k0:0")).toBe(true);
    expect(await quiz.has("k0:0")).toBe(false);
    await stores.close();
    // A clean close checkpoints the write-ahead log into the file.
    expect(existsSync(`${file}-wal`)).toBe(false);

    const reopened = await Stores.open(url, logger);
    cleanups.push(() => reopened.close());
    expect(await reopened.namespace("quiz").get("k3:153")).toEqual({ index: 153 });
    expect(await reopened.namespace("quiz").get("name")).toEqual({ name: ":D", list: [":a", "b"] });
    expect(await reopened.namespace("quiz").get("k0:0")).toBeUndefined();
  });

  it("GIVEN a statement SQLite refuses THEN the query fails with SQLite's reason, and the next ones still work", async () => {
    const { stores } = await tempStore();
    const query = queryOf(stores, "quiz");
    await expect(query("SELECT nonsense FROM nowhere WHERE key = ?", "x")).rejects.toThrow(/no such table/);
    await expect(query("SELECT nonsense FROM nowhere WHERE key = ?", "x")).rejects.toThrow(/no such table/);
    await stores.namespace("quiz").set("still", 1);
    expect(await stores.namespace("quiz").get("still")).toBe(1);
  });

  it("GIVEN a path SQLite cannot open THEN the store fails at start with one clear line", async () => {
    const dir = await mkdtemp(join(tmpdir(), "reso-sqlite-"));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    await mkdir(join(dir, "reso.sqlite"));
    await expect(Stores.open(`sqlite://${join(dir, "reso.sqlite")}`, logger)).rejects.toThrow(StoreError);
  });
});
