import { createRequire } from "node:module";
import { setTimeout as sleep } from "node:timers/promises";
import { Worker } from "node:worker_threads";
import Database from "better-sqlite3";

/** What this module changes on a @keyv/sqlite adapter: its `query` and `close` (public properties of KeyvSqlite). */
export interface SqliteQueryAdapter {
  query: (sql: string, ...params: unknown[]) => Promise<unknown>;
  close: () => Promise<void>;
}

/** KeyvSqlite's table, as it creates it (same file format whichever driver wrote it). */
export const CREATE_TABLE = "CREATE TABLE IF NOT EXISTS keyv(key VARCHAR(255) PRIMARY KEY, value TEXT )";

/**
 * Pages the log may hold before a connection that writes copies it back itself, on the event loop: the fallback,
 * should the checkpoint worker (walCheckpointer.ts) be gone (16 MB at SQLite's page size; SQLite's default is 1,000).
 * Below it, checkpoints are the worker's alone: a class answering 800 times a second adds about 1,000 pages between
 * two of its ticks.
 */
export const FALLBACK_AUTOCHECKPOINT_PAGES = 4000;

/** While another process holds SQLite's write lock, a query is tried again after this long, then twice as long… */
const FIRST_RETRY_MS = 2;
const MAX_RETRY_MS = 50;

/**
 * Points a @keyv/sqlite adapter at the store's file through a connection tuned for Réso's load, same SQL, same file
 * and format (docs/benchmarks.md has the numbers):
 *
 * - better-sqlite3, synchronous: a query runs on the event loop in tens of microseconds. node-sqlite3 sent each one
 *   to libuv's thread pool and back, which cost three times the CPU of the query itself, and on a busy machine the
 *   wait for a pool thread to be scheduled, in every answer's latency.
 * - WAL with synchronous=NORMAL. By default each write creates a rollback journal and fsyncs twice; in WAL a commit
 *   appends to the log and fsyncs happen at checkpoints only (made by a worker thread: walCheckpointer.ts), and
 *   readers never wait for the writer. Crash safety:
 *   a killed or crashed process loses no committed write (the log is in the file system and replayed at the next
 *   open); only a power cut or an OS crash may lose the last commits, and the file is never corrupted.
 * - Statements prepared once and kept.
 * - No busy wait on the event loop: SQLite's busy timeout would block the whole process while another process (a
 *   backup, a command-line tool) holds the write lock. A busy query is tried again later, without blocking, for up
 *   to `busyTimeoutMs`, then fails with SQLite's own message.
 *
 * The adapter's own connection (node-sqlite3, to a private in-memory database) is closed: a second copy of SQLite
 * must never open the file in this process. If the pragmas fail, the connection keeps SQLite's defaults (slower, as
 * safe); if the file cannot be opened, every query fails with the reason.
 */
export function useSqliteFile(adapter: SqliteQueryAdapter, file: string, busyTimeoutMs: number): void {
  const connection = openTuned(adapter.close, file, busyTimeoutMs);
  const statements = new Map<string, Database.Statement>();
  adapter.query = async (sql, ...params) => {
    const db = await connection;
    return whenNotBusy(() => runQuery(db, statements, sql, params), busyTimeoutMs);
  };
  adapter.close = async () => {
    const db = await connection;
    statements.clear();
    db.close();
  };
}

/** The tuned connection, with KeyvSqlite's table; pragmas that fail leave SQLite's defaults. */
async function openTuned(
  ownClose: () => Promise<void>,
  file: string,
  busyTimeoutMs: number,
): Promise<Database.Database> {
  await ownClose().catch(() => {}); // its in-memory database holds nothing
  let db: Database.Database;
  try {
    db = new Database(file, { timeout: 0 });
  } catch (error) {
    throw withCode(error);
  }
  const connected = db;
  try {
    // Another process may be creating the file or switching it to WAL at the same moment: wait as for any query.
    await whenNotBusy(() => connected.pragma("journal_mode = WAL"), busyTimeoutMs);
    connected.pragma("synchronous = NORMAL");
    // Checkpoints are a worker's (walCheckpointer.ts); this connection's own is the fallback.
    connected.pragma(`wal_autocheckpoint = ${FALLBACK_AUTOCHECKPOINT_PAGES}`);
  } catch {
    // SQLite's defaults: slower, as safe (a read-only file, for one, then fails on its first write with the reason)
  }
  await whenNotBusy(() => connected.exec(CREATE_TABLE), busyTimeoutMs).catch((error: unknown) => {
    connected.close();
    throw error;
  });
  return connected;
}

/**
 * One query, as node-sqlite3's `all` answered it: the rows, or none for a statement that returns nothing. A
 * statement without parameters (table creation) is run once, not kept.
 */
function runQuery(
  db: Database.Database,
  statements: Map<string, Database.Statement>,
  sql: string,
  params: unknown[],
): unknown[] {
  let statement = params.length > 0 ? statements.get(sql) : undefined;
  if (statement === undefined) {
    statement = db.prepare(sql);
    if (params.length > 0) statements.set(sql, statement);
  }
  if (statement.reader) return statement.all(...params);
  statement.run(...params);
  return [];
}

/** Runs `query` now, or, while another connection holds the write lock, again a little later, up to `timeoutMs`. */
async function whenNotBusy<T>(query: () => T, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (let wait = FIRST_RETRY_MS; ; wait = Math.min(wait * 2, MAX_RETRY_MS)) {
    try {
      return query();
    } catch (error) {
      if (!isBusy(error) || Date.now() + wait > deadline) throw withCode(error);
    }
    await sleep(wait);
  }
}

/** SQLite refused because another connection holds a lock it needs. */
export function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return code === "SQLITE_BUSY" || code === "SQLITE_LOCKED";
}

/** SQLite's error with its code first, as node-sqlite3 wrote it ("SQLITE_READONLY: attempt to write…"). */
function withCode(error: unknown): unknown {
  const code = (error as { code?: unknown }).code;
  if (!(error instanceof Error) || typeof code !== "string" || error.message.startsWith(code)) return error;
  const coded = new Error(`${code}: ${error.message}`, { cause: error });
  return Object.assign(coded, { code });
}

/**
 * A worker thread running `source` (CommonJS, `eval`) with `workerData.driver` set to better-sqlite3's path: the
 * same addon, loaded once per process, as the store's connections, so their locks see each other.
 */
export function startSqliteWorker(source: string, workerData: Record<string, unknown>): Worker {
  const driver = createRequire(import.meta.url).resolve("better-sqlite3");
  return new Worker(source, { eval: true, workerData: { ...workerData, driver } });
}
