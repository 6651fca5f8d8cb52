import { createRequire } from "node:module";

/** What this module changes on a @keyv/sqlite adapter: its `query` and `close` (public properties of KeyvSqlite). */
export interface SqliteQueryAdapter {
  query: (sql: string, ...params: unknown[]) => Promise<unknown>;
  close: () => Promise<void>;
}

type Callback<T> = (error: Error | null, result: T) => void;

/** The node-sqlite3 calls used here. */
interface Database {
  configure(option: "busyTimeout", milliseconds: number): void;
  all(sql: string, callback: Callback<unknown[]>): void;
  prepare(sql: string, callback: (error: Error | null) => void): Statement;
  close(callback: (error: Error | null) => void): void;
}

interface Statement {
  all(...paramsThenCallback: unknown[]): void;
  finalize(callback: () => void): void;
}

interface PooledStatement {
  readonly ready: Promise<Statement>;
  /** Calls queued on it or running. */
  busy: number;
}

/** At most this many prepared statements per SQL text (as many as calls in flight, up to this). */
const POOL = 64;

type Driver = { Database: new (file: string, callback: (error: Error | null) => void) => Database };

/** The driver @keyv/sqlite itself loads (it is @keyv/sqlite's dependency, not Réso's): also what backups use. */
export function sqliteDriver(): unknown {
  const require = createRequire(import.meta.url);
  return createRequire(require.resolve("@keyv/sqlite"))("sqlite3");
}

const driver = () => sqliteDriver() as Driver;

/**
 * Moves a @keyv/sqlite adapter onto a connection tuned for Réso's load, same SQL, same file and format
 * (docs/benchmarks.md has the numbers):
 *
 * - WAL with synchronous=NORMAL. By default each write creates a rollback journal and fsyncs twice; in WAL a commit
 *   appends to the log and fsyncs happen at checkpoints only, and readers never wait for the writer. Crash safety:
 *   a killed or crashed process loses no committed write (the log is in the file system and replayed at the next
 *   open); only a power cut or an OS crash may lose the last commits, and the file is never corrupted.
 * - Prepared statements kept. KeyvSqlite prepares, runs and finalizes every statement (three trips to libuv's
 *   thread pool); a statement prepared once costs one trip per query.
 *
 * The adapter's own connection, which created the table, is closed first. If the pragmas fail, the connection
 * keeps SQLite's defaults (slower, as safe); if the file cannot be opened, every query fails with the reason.
 */
export function tuneSqliteAdapter(adapter: SqliteQueryAdapter, file: string, busyTimeoutMs: number): void {
  if (file === ":memory:" || file === "") return; // a private in-memory database lives and dies with its connection
  const connection = openTuned(adapter.close, file, busyTimeoutMs);
  const statements = new StatementPool();
  adapter.query = async (sql, ...params) => {
    const db = await connection;
    // A statement without parameters is run once (table creation); a reused one would keep old bindings.
    if (params.length === 0) return run(db, sql);
    const pooled = statements.acquire(db, sql);
    pooled.busy += 1;
    try {
      const statement = await pooled.ready;
      return await new Promise((resolve, reject) => {
        const done: Callback<unknown[]> = (error, rows) => (error ? reject(error) : resolve(rows));
        statement.all(...params, done);
      });
    } finally {
      pooled.busy -= 1;
    }
  };
  adapter.close = async () => {
    const db = await connection;
    await statements.finalizeAll();
    await new Promise<void>((resolve, reject) => db.close((error) => (error ? reject(error) : resolve())));
  };
}

/** The tuned connection, opened once the adapter's own one is closed; pragmas that fail leave SQLite's defaults. */
async function openTuned(ownClose: () => Promise<void>, file: string, busyTimeoutMs: number): Promise<Database> {
  await ownClose(); // after KeyvSqlite's connection created the table (or failed: its error is ours)
  const db = await new Promise<Database>((resolve, reject) => {
    const opened: Database = new (driver().Database)(file, (error) => (error ? reject(error) : resolve(opened)));
  });
  db.configure("busyTimeout", busyTimeoutMs);
  await run(db, "PRAGMA journal_mode = WAL")
    .then(() => run(db, "PRAGMA synchronous = NORMAL"))
    .catch(() => {});
  return db;
}

/**
 * A free statement per call, prepared once and reused: node-sqlite3 runs one call at a time per statement and starts
 * the next one only from the event loop, so calls queued on a shared statement would wait for the main thread.
 */
class StatementPool {
  readonly #pools = new Map<string, PooledStatement[]>();

  acquire(db: Database, sql: string): PooledStatement {
    let pool = this.#pools.get(sql);
    if (!pool) {
      pool = [];
      this.#pools.set(sql, pool);
    }
    let best: PooledStatement | undefined;
    for (const candidate of pool) {
      if (candidate.busy === 0) return candidate;
      if (best === undefined || candidate.busy < best.busy) best = candidate;
    }
    if (best !== undefined && pool.length >= POOL) return best;
    const created: PooledStatement = {
      busy: 0,
      ready: new Promise((resolve, reject) => {
        const statement = db.prepare(sql, (error) => (error ? reject(error) : resolve(statement)));
      }),
    };
    created.ready.catch(() => pool.splice(pool.indexOf(created), 1));
    pool.push(created);
    return created;
  }

  async finalizeAll(): Promise<void> {
    const all = [...this.#pools.values()].flat();
    this.#pools.clear();
    await Promise.all(
      all.map(({ ready }) =>
        ready.then(
          (statement) => new Promise<void>((resolve) => statement.finalize(resolve)),
          () => {},
        ),
      ),
    );
  }
}

function run(db: Database, sql: string): Promise<unknown[]> {
  return new Promise((resolve, reject) => db.all(sql, (error, rows) => (error ? reject(error) : resolve(rows))));
}
