import type Keyv from "keyv";
import { EventLoopTurns } from "./turns.js";

/** Rows read per SQLite query: few queries, each one seek into the primary key. */
const QUERY_ROWS = 250;
/** Entries decoded and handed out at once: the event loop gets its turns between chunks (EventLoopTurns). */
const CHUNK = 100;

interface SqlAdapter {
  query(sql: string, parameters: unknown[]): Promise<{ key: string; value: string }[]>;
  readonly opts: { readonly table: string; readonly dialect?: string };
}

export type Entry = [key: string, value: unknown];

/** Every entry of a namespace whose key starts with `prefix`, one at a time (see scanPrefixChunks). */
export async function* scanPrefix(store: Keyv, prefix: string): AsyncGenerator<Entry> {
  for await (const chunk of scanPrefixChunks(store, prefix)) yield* chunk;
}

/**
 * Every entry of a namespace whose key starts with `prefix`, in one pass, a chunk of entries at a time, the
 * event loop served every few milliseconds (between chunks, counting the caller's work on them). On SQLite, pages
 * of the key range read by the primary key (`key > last ORDER BY key LIMIT`), the next page read while this one
 * is decoded: @keyv/sqlite's own iterator reads pages of 10 with a growing OFFSET through nested generators,
 * quadratic in the table's size (13 s for 10,000 profiles; docs/benchmarks.md). Other stores: Keyv's iterator.
 * Each key once.
 */
export async function* scanPrefixChunks(store: Keyv, prefix: string): AsyncGenerator<Entry[]> {
  const turns = new EventLoopTurns();
  const adapter = store.store as Partial<SqlAdapter>;
  // SQLite only: PostgreSQL's adapter has a `query` too, but other placeholders and a collation-dependent order.
  const sqlite =
    adapter.opts?.dialect === "sqlite" && typeof adapter.query === "function" && typeof adapter.opts.table === "string";
  const pages = sqlite ? sqlitePages(store, adapter as SqlAdapter, prefix) : iteratorPages(store, prefix);
  for await (const page of pages) {
    for (let start = 0; start < page.rows.length; start += CHUNK) {
      const chunk = await decode(store, page.rows.slice(start, start + CHUNK), page.encoded);
      if (chunk.length > 0) yield chunk;
      if (turns.due()) await turns.give();
    }
    if (turns.due()) await turns.give();
  }
}

/** Rows as the store gave them: SQL rows hold the serialized text under the namespaced key, Keyv's iterator values. */
interface Page {
  readonly rows: readonly { readonly key: string; readonly value: unknown }[];
  readonly encoded: boolean;
}

/** The values deserialized (when the store gave text), expired ones left out, keys without their namespace. */
async function decode(store: Keyv, rows: Page["rows"], encoded: boolean): Promise<Entry[]> {
  if (!encoded) return rows.filter((row) => row.value).map((row): Entry => [row.key, row.value]);
  const namespace = store.namespace ? `${store.namespace}:` : "";
  const entries: Entry[] = [];
  const now = Date.now();
  for (const row of rows) {
    const decoded = store.deserialize?.(row.value as string);
    // Réso's codec is synchronous: no turn of the microtask queue per row unless a store's codec is not.
    const data = decoded instanceof Promise ? await decoded : decoded;
    if (data?.value && !(typeof data.expires === "number" && now > data.expires))
      entries.push([row.key.slice(namespace.length), data.value]);
  }
  return entries;
}

async function* sqlitePages(store: Keyv, adapter: SqlAdapter, prefix: string): AsyncGenerator<Page> {
  const namespace = store.namespace ? `${store.namespace}:` : "";
  const from = `${namespace}${prefix}`;
  // The first key after every key that starts with `from` (its last character, plus one).
  const until = from.slice(0, -1) + String.fromCharCode(from.charCodeAt(from.length - 1) + 1);
  // A table name cannot be a query parameter; it is the adapter's own setting, never user input.
  const sql = `SELECT key, value FROM "${adapter.opts.table}" WHERE key > ? AND key < ? ORDER BY key LIMIT ${QUERY_ROWS}`;
  const read = (after: string): Promise<{ key: string; value: string }[]> => {
    const page = adapter.query(sql, [after, until]);
    // Read ahead: if the caller stops early, a failure of the page nobody waits for is not an unhandled rejection.
    page.catch(() => {});
    return page;
  };
  let next: Promise<{ key: string; value: string }[]> | undefined = read(from);
  while (next) {
    const rows: { key: string; value: string }[] = await next;
    const last = rows.at(-1);
    // The next page is asked for before this one is decoded (a server store reads it meanwhile).
    next = last && rows.length === QUERY_ROWS ? read(last.key) : undefined;
    yield { rows: rows.filter((row) => row.key.startsWith(from)), encoded: true };
  }
}

async function* iteratorPages(store: Keyv, prefix: string): AsyncGenerator<Page> {
  if (!store.iterator) throw new Error("this store cannot list its keys (no Keyv iterator)");
  let rows: { key: string; value: unknown }[] = [];
  let listed = 0;
  // A listing may give a key twice (Redis's SCAN does when the table grows meanwhile): each key once.
  const seen = new Set<string>();
  for await (const [key, value] of store.iterator(undefined)) {
    if (typeof key === "string" && key.startsWith(prefix) && !seen.has(key)) {
      seen.add(key);
      rows.push({ key, value });
    }
    // A page every QUERY_ROWS keys listed, matching or not: the event loop gets its turns over other guilds' keys too.
    if (++listed % QUERY_ROWS === 0) {
      yield { rows, encoded: false };
      rows = [];
    }
  }
  yield { rows, encoded: false };
}
