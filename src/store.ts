import { mkdir } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import Keyv, { type KeyvStoreAdapter } from "keyv";
import type { Logger } from "./logger.js";

/** Raised when the store cannot be opened or written at start; its message is one line for the user. */
export class StoreError extends Error {
  override name = "StoreError";
}

/**
 * Opens one Keyv per namespace over the store named by DATABASE_URL: an SQLite file by default, or the
 * same code over Redis or PostgreSQL when Réso outgrows one machine.
 */
export class Stores {
  readonly #namespaces = new Map<string, Keyv>();

  private constructor(
    readonly databaseUrl: string,
    private readonly createAdapter: () => KeyvStoreAdapter,
    private readonly logger: Logger,
  ) {}

  static async open(databaseUrl: string, logger: Logger): Promise<Stores> {
    const createAdapter = await adapterFactory(databaseUrl);
    const stores = new Stores(databaseUrl, createAdapter, logger);
    await stores.checkWritable();
    return stores;
  }

  /** The Keyv of one namespace, created once and reused. */
  namespace(name: string): Keyv {
    let keyv = this.#namespaces.get(name);
    if (!keyv) {
      // throwOnErrors: a failed write must fail the answer that depends on it, not pass silently.
      keyv = new Keyv({ store: this.createAdapter(), namespace: name, useKeyPrefix: true, throwOnErrors: true });
      keyv.on("error", (error: unknown) => this.logger.error({ err: error, namespace: name }, "store error"));
      this.#namespaces.set(name, keyv);
    }
    return keyv;
  }

  async close(): Promise<void> {
    const all = [...this.#namespaces.values()];
    this.#namespaces.clear();
    await Promise.allSettled(all.map((keyv) => keyv.disconnect()));
  }

  /** A write and a read at start turn "unwritable" or "corrupt" into one clear line instead of a failed answer later. */
  private async checkWritable(): Promise<void> {
    const probe = new Keyv({
      store: this.createAdapter(),
      namespace: "health",
      useKeyPrefix: true,
      throwOnErrors: true,
    });
    const swallow = () => {};
    probe.on("error", swallow);
    try {
      const stamp = String(Date.now());
      await probe.set("probe", stamp);
      if ((await probe.get("probe")) !== stamp) throw new Error("read back a different value");
      await probe.delete("probe");
    } catch (error) {
      throw new StoreError(
        `Base de données inutilisable (${describeStore(this.databaseUrl)}) : ${errorMessage(error)}. ` +
          "Vérifiez DATABASE_URL, les droits d'écriture et que le fichier n'est pas corrompu.",
      );
    } finally {
      await probe.disconnect().catch(swallow);
    }
  }
}

async function adapterFactory(databaseUrl: string): Promise<() => KeyvStoreAdapter> {
  if (databaseUrl.startsWith("sqlite:")) {
    const file = databaseUrl.replace(/^sqlite:\/\//, "");
    if (file !== ":memory:") await mkdir(dirname(resolve(file)), { recursive: true });
    const { KeyvSqlite } = await import("@keyv/sqlite");
    // busyTimeout: several connections (one per namespace) share the file; wait rather than fail on a lock.
    return () => new KeyvSqlite({ uri: `sqlite://${file}`, busyTimeout: 10_000 });
  }
  if (databaseUrl.startsWith("redis:") || databaseUrl.startsWith("rediss:")) {
    const { default: KeyvRedis } = await import("@keyv/redis");
    return () => new KeyvRedis(databaseUrl);
  }
  const { KeyvPostgres } = await import("@keyv/postgres");
  return () => new KeyvPostgres({ uri: databaseUrl });
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
  return error instanceof Error ? error.message : String(error);
}
