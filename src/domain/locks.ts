import AsyncLock from "async-lock";

/**
 * Serialises read-modify-write sequences on one key inside this process. Every guild's interactions reach
 * one process (one gateway shard owns a guild), so locking by guild/user key here is enough to lose no
 * concurrent update, on SQLite as on Redis or PostgreSQL.
 */
export class KeyedLock {
  readonly #lock = new AsyncLock({ maxPending: 1_000_000 });

  run<T>(key: string, work: () => Promise<T>): Promise<T> {
    return this.#lock.acquire(key, work);
  }
}
