import { copyFileSync, existsSync, writeFileSync } from "node:fs";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { pino } from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { StoreError, Stores } from "../../src/store/store.js";
import { CHECKPOINT_INTERVAL_MS, WalCheckpointer } from "../../src/store/walCheckpointer.js";

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

  it("GIVEN another connection holding the write lock THEN a write waits without blocking the event loop, and lands once it is released", async () => {
    const { stores, file } = await tempStore();
    const quiz = stores.namespace("quiz");
    await quiz.set("warm", 1);
    const other = new Database(file, { timeout: 0 });
    cleanups.push(async () => other.close());
    other.exec("BEGIN IMMEDIATE");
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 5);
    const write = quiz.set("waited", 2);
    await new Promise((resolve) => setTimeout(resolve, 150));
    other.exec("COMMIT");
    await write;
    clearInterval(ticker);
    // SQLite's own busy timeout would have held the thread for the whole 150 ms: no timer would have run.
    expect(ticks).toBeGreaterThan(10);
    expect(await quiz.get("waited")).toBe(2);
  });

  it("GIVEN the write lock held past the busy timeout THEN the query fails with SQLite's code and reason", async () => {
    const { stores, file } = await tempStore();
    await stores.namespace("quiz").set("warm", 1);
    const other = new Database(file, { timeout: 0 });
    cleanups.push(async () => other.close());
    other.exec("BEGIN IMMEDIATE");
    const query = queryOf(stores, "quiz");
    const started = Date.now();
    // A short timeout for the test: the store's own is 10 s.
    const { useSqliteFile } = await import("../../src/store/sqliteConnection.js");
    const adapter = { query, close: async () => {} };
    useSqliteFile(adapter, file, 100);
    await expect(adapter.query("INSERT INTO keyv (key, value) VALUES (?, ?)", "locked", "1")).rejects.toThrow(
      /^SQLITE_BUSY: database is locked$/,
    );
    // Tried again for most of the timeout, not given up at the first refusal.
    expect(Date.now() - started).toBeGreaterThanOrEqual(50);
    other.exec("ROLLBACK");
    await adapter.close();
  });

  it("GIVEN writes THEN the worker thread copies the write-ahead log into the file, not the connection that writes", async () => {
    const { stores, file } = await tempStore();
    const quiz = stores.namespace("quiz");
    // About 150 pages: far below the writing connection's own fallback checkpoint.
    for (let index = 0; index < 50; index++) await quiz.set(`page:${index}`, "x".repeat(10_000));
    await new Promise((resolve) => setTimeout(resolve, CHECKPOINT_INTERVAL_MS * 4));
    // The database file alone, without its log: it holds the rows only if a checkpoint copied them there.
    const alone = `${file}.alone`;
    copyFileSync(file, alone);
    const reader = new Database(alone, { readonly: true });
    cleanups.push(async () => reader.close());
    expect(reader.prepare("SELECT count(*) AS n FROM keyv WHERE key LIKE 'quiz:page:%'").get()).toEqual({ n: 50 });
  });

  it("GIVEN a checkpoint that fails THEN the failure is told once, with SQLite's code, not at every tick", async () => {
    const dir = await mkdtemp(join(tmpdir(), "reso-sqlite-"));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    const file = join(dir, "reso.sqlite");
    writeFileSync(file, "not a database, but long enough to have a header: ".repeat(20));
    const failures: string[] = [];
    const checkpointer = WalCheckpointer.start(file, (failure) => failures.push(failure), 10);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await checkpointer.stop();
    expect(failures).toEqual([expect.stringMatching(/^SQLITE_NOTADB: /)]);
  });
});
