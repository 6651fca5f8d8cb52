import { mkdir } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import Keyv, { type KeyvStoreAdapter } from "keyv";
import type { Logger } from "../app/logger.js";
import { deserialize, serialize } from "./codec.js";
import { useSqliteFile } from "./sqliteConnection.js";
import { WalCheckpointer } from "./walCheckpointer.js";

/** Raised when the store cannot be opened or written at start; its message is one line for the user. */
export class StoreError extends Error {
  override name = "StoreError";
}

/**
 * Raised by every namespace when the store itself fails while Réso works (server unreachable, file locked
 * or damaged, disk full): the interaction's error boundary tells the user their action was not saved and to
 * retry, instead of a generic error. Nothing is written after it in the operation that hit it.
 */
export class StoreUnavailableError extends Error {
  override name = "StoreUnavailableError";
  constructor(operation: string, cause: unknown) {
    super(`store ${operation} failed: ${errorMessage(cause)}`, { cause });
  }
}

/** True when `error`, or any error in its `cause` chain, is a StoreUnavailableError. */
export function isStoreUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current instanceof Error && depth < 10; current = current.cause, depth++) {
    if (current instanceof StoreUnavailableError) return true;
  }
  return false;
}

/** The connections behind the namespaces of one store. */
interface Backend {
  readonly kind: "sqlite" | "redis" | "postgres";
  /** A new adapter for one namespace. */
  adapter(): KeyvStoreAdapter;
  /** Closes every connection the adapters opened. */
  close(): Promise<void>;
}

/**
 * Opens one Keyv per namespace over the store named by DATABASE_URL: an SQLite file by default, or the
 * same code over Redis or PostgreSQL when Réso outgrows one machine (one connection, or one pool, per process).
 *
 * Across several processes (`npm run start:sharded`), no two processes ever write the same key: every key
 * belongs to one guild, and each guild's events reach only the process whose gateway shard owns it. That is
 * why the in-process KeyedLock is enough, and why no Redis or SQL transaction is needed.
 */
export class Stores {
  readonly #namespaces = new Map<string, Keyv>();
  /** When each distinct store error was last logged: an outage logs once every few seconds, not per call. */
  readonly #lastLogged = new Map<string, number>();
  #closing: Promise<void> | undefined;
  #failures = 0;

  private constructor(
    readonly databaseUrl: string,
    private readonly backend: Backend,
    private readonly logger: Logger,
  ) {}

  static async open(databaseUrl: string, logger: Logger): Promise<Stores> {
    let backend: Backend;
    try {
      backend = await openBackend(databaseUrl, logger);
    } catch (error) {
      throw new StoreError(unusable(databaseUrl, kindOf(databaseUrl), error));
    }
    const stores = new Stores(databaseUrl, backend, logger);
    try {
      await stores.checkWritable();
    } catch (error) {
      await backend.close().catch(() => {});
      throw error;
    }
    return stores;
  }

  /** The Keyv of one namespace, created once and reused. */
  namespace(name: string): Keyv {
    let keyv = this.#namespaces.get(name);
    if (!keyv) {
      // throwOnErrors: a failed write must fail the answer that depends on it, not pass silently.
      keyv = new Keyv({
        store: guarded(this.backend.adapter(), this.backend.kind, () => {
          this.#failures += 1;
        }),
        namespace: name,
        useKeyPrefix: true,
        throwOnErrors: true,
        // Keyv's format, with plain JSON's speed whenever it is the same (src/store/codec.ts).
        serialize,
        deserialize,
      });
      keyv.on("error", (error: unknown) => this.#logError(error, name));
      this.#namespaces.set(name, keyv);
    }
    return keyv;
  }

  /** How many store operations failed since start (a clean stop after failures still calls for a check). */
  get failures(): number {
    return this.#failures;
  }

  /** Closes every connection; safe to call twice. */
  close(): Promise<void> {
    this.#closing ??= (async () => {
      this.#namespaces.clear();
      await this.backend.close();
    })();
    return this.#closing;
  }

  #logError(error: unknown, namespace: string): void {
    const message = errorMessage(error);
    const now = Date.now();
    if (now - (this.#lastLogged.get(message) ?? 0) < 10_000) return;
    this.#lastLogged.set(message, now);
    this.logger.error({ err: error, namespace }, "store error");
  }

  /** A write and a read at start turn "unwritable", "corrupt" or "unreachable" into one clear line. */
  private async checkWritable(): Promise<void> {
    const probe = new Keyv({
      store: this.backend.adapter(),
      namespace: "health",
      useKeyPrefix: true,
      throwOnErrors: true,
    });
    probe.on("error", () => {});
    try {
      const stamp = String(Date.now());
      await probe.set("probe", stamp);
      if ((await probe.get("probe")) !== stamp) throw new Error("read back a different value");
      await probe.delete("probe");
    } catch (error) {
      throw new StoreError(unusable(this.databaseUrl, this.backend.kind, error));
    }
  }
}

function kindOf(databaseUrl: string): Backend["kind"] {
  if (databaseUrl.startsWith("sqlite:")) return "sqlite";
  if (databaseUrl.startsWith("redis:") || databaseUrl.startsWith("rediss:")) return "redis";
  return "postgres";
}

async function openBackend(databaseUrl: string, logger: Logger): Promise<Backend> {
  switch (kindOf(databaseUrl)) {
    case "sqlite":
      return openSqlite(databaseUrl, logger);
    case "redis":
      return openRedis(databaseUrl);
    case "postgres":
      return openPostgres(databaseUrl, logger);
  }
}

/**
 * One connection per namespace, through better-sqlite3 (sqliteConnection.ts). KeyvSqlite keeps its SQL; its own
 * node-sqlite3 connection is a private in-memory database, never the file: two copies of SQLite in one process must
 * not open the same file (a connection closed by one would drop the other's POSIX locks).
 */
async function openSqlite(databaseUrl: string, logger: Logger): Promise<Backend> {
  const file = databaseUrl.replace(/^sqlite:\/\//, "");
  if (file !== ":memory:") await mkdir(dirname(resolve(file)), { recursive: true });
  const { KeyvSqlite } = await import("@keyv/sqlite");
  const adapters: KeyvStoreAdapter[] = [];
  let checkpointer: WalCheckpointer | undefined;
  return {
    kind: "sqlite",
    adapter() {
      // KeyvSqlite's own connection serves an in-memory store (a private database per connection, gone with it).
      const adapter = new KeyvSqlite({ uri: "sqlite://:memory:" });
      if (file !== ":memory:" && file !== "") {
        // busyTimeout: another process (a backup, `npm run grade`) may hold the file's lock a moment; wait, not fail.
        useSqliteFile(adapter, file, 10_000);
        checkpointer ??= WalCheckpointer.start(file, (failure) =>
          logger.warn({ error: failure }, "WAL checkpoint failed; SQLite's automatic checkpoint stands in"),
        );
      }
      adapters.push(adapter);
      return adapter;
    },
    async close() {
      // The worker first: the last connection to close (one of the adapters') checkpoints and removes the log.
      await checkpointer?.stop();
      await Promise.allSettled(adapters.splice(0).map((adapter) => adapter.disconnect?.()));
    },
  };
}

/**
 * One Redis connection for every namespace of this process. At start an unreachable server fails at once
 * (one clear line, no reconnect loop); once connected, it reconnects with backoff, and commands fail at once
 * while it is away (no offline queue: an answer must not wait past Discord's 3 seconds for a server that is down).
 */
async function openRedis(databaseUrl: string): Promise<Backend> {
  const { default: KeyvRedis, createClient } = await import("@keyv/redis");
  let connectedOnce = false;
  const client = createClient({
    url: databaseUrl,
    disableOfflineQueue: true,
    socket: {
      connectTimeout: 5_000,
      reconnectStrategy: (retries: number, cause: Error) =>
        connectedOnce ? Math.min(100 * 2 ** retries, 5_000) : cause,
    },
  });
  // Connection errors reach the namespaces' loggers through their adapters; this keeps the start-up quiet.
  client.on("error", () => {});
  client.on("ready", () => {
    connectedOnce = true;
  });
  await client.connect();

  /** Keyv disconnects its adapter on close: the shared connection is closed once, by the backend. */
  class SharedConnectionRedis extends KeyvRedis<string> {
    override async disconnect(): Promise<void> {}
  }
  return {
    kind: "redis",
    adapter: () => new SharedConnectionRedis(client, { throwOnErrors: true, throwOnConnectError: true }),
    async close() {
      if (client.isOpen) await client.close();
    },
  };
}

/**
 * One pg pool for every namespace of this process. Réso owns it (rather than @keyv/postgres's module-wide
 * pool) to listen to its "error" event: without a listener, a PostgreSQL restart that drops an idle
 * connection is an uncaught exception that kills the process.
 */
async function openPostgres(databaseUrl: string, logger: Logger): Promise<Backend> {
  const [{ default: pg }, { KeyvPostgres }] = await Promise.all([import("pg"), import("@keyv/postgres")]);
  const pool = new pg.Pool({ connectionString: databaseUrl, connectionTimeoutMillis: 5_000 });
  pool.on("error", (error) => logger.warn({ error: error.message }, "idle PostgreSQL connection lost"));

  class PooledPostgres extends KeyvPostgres {
    override async connect() {
      return async (sql: string, values?: unknown[]) => (await pool.query(sql, values)).rows;
    }
    override async disconnect(): Promise<void> {}
  }
  return {
    kind: "postgres",
    adapter: () => new PooledPostgres({ uri: databaseUrl }),
    async close() {
      await pool.end();
    },
  };
}

const GUARDED_METHODS = new Set([
  "get",
  "getMany",
  "set",
  "setMany",
  "delete",
  "deleteMany",
  "clear",
  "has",
  "hasMany",
]);

/**
 * How long a Redis or PostgreSQL operation may take before it counts as failed. A server that stops
 * answering without closing the connection (paused, network partition) would otherwise hold the member's
 * lock, and every later action of theirs, until TCP gives up. (SQLite has its own bound: busyTimeout.)
 */
export const SERVER_STORE_TIMEOUT_MS = 10_000;

/**
 * The adapter, with every failure of its storage operations turned into a StoreUnavailableError (and,
 * for a server, an operation with no answer in time). `onFailure` is told of each one.
 */
export function guarded(
  adapter: KeyvStoreAdapter,
  kind: "sqlite" | "redis" | "postgres",
  onFailure: () => void = () => {},
): KeyvStoreAdapter {
  const timeoutMs = kind === "sqlite" ? undefined : SERVER_STORE_TIMEOUT_MS;
  return new Proxy(adapter, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof property !== "string" || !GUARDED_METHODS.has(property) || typeof value !== "function") return value;
      return async (...args: unknown[]) => {
        let timer: NodeJS.Timeout | undefined;
        try {
          const work = (value as (...rest: unknown[]) => Promise<unknown>).apply(target, args);
          if (timeoutMs === undefined) return await work;
          const late = new Promise<never>((_, reject) => {
            timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
          });
          return await Promise.race([work, late]);
        } catch (error) {
          onFailure();
          throw new StoreUnavailableError(`${kind} ${property}`, error);
        } finally {
          clearTimeout(timer);
        }
      };
    },
  });
}

/** The one line printed when the store cannot be used at start. */
function unusable(databaseUrl: string, kind: Backend["kind"], error: unknown): string {
  const hint =
    kind === "sqlite"
      ? "Vérifiez DATABASE_URL, les droits d'écriture et que le fichier n'est pas corrompu."
      : `Vérifiez DATABASE_URL, que le serveur ${kind === "redis" ? "Redis" : "PostgreSQL"} est démarré et joignable, et ses identifiants.`;
  return `Base de données inutilisable (${describeStore(databaseUrl)}) : ${errorMessage(error)}. ${hint}`;
}

/** The store's kind and place, without any password the URL may hold. */
function describeStore(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl);
    url.password = "";
    url.username = "";
    return url.toString();
  } catch {
    return databaseUrl.split("@").at(-1) ?? "store";
  }
}

function errorMessage(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) return errorMessage(error.errors[0]);
  const message = error instanceof Error ? error.message : String(error);
  // One line, whatever the driver put in its message.
  return message.replace(/\s+/g, " ").trim() || (error instanceof Error ? error.name : "unknown error");
}
