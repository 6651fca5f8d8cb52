import { setImmediate as served } from "node:timers/promises";
import type Keyv from "keyv";

/** Rows read per query, and entries handed out between two turns given back to the event loop. */
const PAGE = 1000;

interface SqlAdapter {
  query(sql: string, parameters: unknown[]): Promise<{ key: string; value: string }[]>;
  readonly opts: { readonly table: string; readonly dialect?: string };
}

/**
 * Every entry of a namespace whose key starts with `prefix`, in one pass, serving the event loop every PAGE
 * entries. On SQLite, pages of the key range read by the primary key (`key > last ORDER BY key LIMIT`):
 * @keyv/sqlite's own iterator reads pages of 10 with a growing OFFSET through nested generators, quadratic in
 * the table's size (13 s for 10,000 profiles; docs/benchmarks.md). Other stores: Keyv's iterator, filtered.
 */
export async function* scanPrefix(store: Keyv, prefix: string): AsyncGenerator<[string, unknown]> {
  const adapter = store.store as Partial<SqlAdapter>;
  // SQLite only: PostgreSQL's adapter has a `query` too, but other placeholders and a collation-dependent order.
  if (
    adapter.opts?.dialect === "sqlite" &&
    typeof adapter.query === "function" &&
    typeof adapter.opts.table === "string"
  ) {
    yield* scanSqlite(store, adapter as SqlAdapter, prefix);
    return;
  }
  if (!store.iterator) throw new Error("this store cannot list its keys (no Keyv iterator)");
  let seen = 0;
  for await (const [key, value] of store.iterator(undefined)) {
    if (++seen % PAGE === 0) await served();
    if (typeof key === "string" && key.startsWith(prefix) && value) yield [key, value];
  }
}

async function* scanSqlite(store: Keyv, adapter: SqlAdapter, prefix: string): AsyncGenerator<[string, unknown]> {
  const namespace = store.namespace ? `${store.namespace}:` : "";
  const from = `${namespace}${prefix}`;
  // The first key after every key that starts with `from` (its last character, plus one).
  const until = from.slice(0, -1) + String.fromCharCode(from.charCodeAt(from.length - 1) + 1);
  // A table name cannot be a query parameter; it is the adapter's own setting, never user input.
  const sql = `SELECT key, value FROM "${adapter.opts.table}" WHERE key > ? AND key < ? ORDER BY key LIMIT ${PAGE}`;
  let after = from;
  for (;;) {
    const rows = await adapter.query(sql, [after, until]);
    for (const row of rows) {
      if (!row.key.startsWith(from)) continue;
      const data = await store.deserialize?.(row.value);
      if (data?.value && !(typeof data.expires === "number" && Date.now() > data.expires))
        yield [row.key.slice(namespace.length), data.value];
    }
    const last = rows.at(-1);
    if (!last || rows.length < PAGE) return;
    after = last.key;
    await served();
  }
}
