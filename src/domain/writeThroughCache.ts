import type Keyv from "keyv";
import { LRUCache } from "lru-cache";

/** What the store holds for a key, as this process last read or wrote it: a value, or nothing. */
interface Known<V> {
  readonly value: V | undefined;
}

/** A read from the store in flight; a write or a forget of the key in the meantime makes it stale. */
interface Reading<V> {
  readonly promise: Promise<V | undefined>;
}

export interface WriteThroughCacheOptions<V> {
  /** Upper bound of what the kept values weigh, in the unit of `sizeOf` (roughly bytes). */
  readonly maxSize: number;
  readonly sizeOf: (value: V) => number;
  /**
   * The guild a key belongs to, from the key or the value (undefined when the key is known to be absent):
   * a guild's entries are dropped together when it leaves this process, and so are those of no known guild.
   */
  readonly guildOf: (key: string, value: V | undefined) => string | undefined;
  /**
   * Whether this process owns the guild (its gateway shard holds it); absent: every guild. A key of a guild it does
   * not own (a DM interaction reaches shard 0 whatever the guild) goes straight to the store, nothing kept.
   */
  readonly owns?: (guildId: string) => boolean;
  /** What a value read from the store becomes (an older format upgraded): done once per read, never per hit. */
  readonly decode?: (stored: unknown) => V | undefined;
  /** After a write to such a key: the owner's copy is now stale (the bot tells the other shards to forget it). */
  readonly onForeignWrite?: (key: string) => void;
}

/**
 * Keys of one store namespace served from memory, least recently used dropped first, every write going to the
 * store before it is kept (write-through): a failed write leaves memory as the store was, never ahead of it.
 *
 * Exact because every key belongs to one guild and each guild's events reach one process (one gateway shard owns
 * a guild; docs/scaling.md): nothing else writes these keys while this process runs. Hence the entries of a guild
 * are dropped when it leaves the process (guild deleted or unavailable), and the cache starts empty at each start
 * (a restore, a reshard or another process's writes before it are then read from the store). Writers of one key
 * must be serialised by their caller (the KeyedLock); readers need not be. Values are shared, never mutated.
 */
export class WriteThroughCache<V extends object> {
  readonly #entries: LRUCache<string, Known<V>>;
  readonly #reading = new Map<string, Reading<V>>();

  constructor(
    private readonly store: Keyv,
    private readonly options: WriteThroughCacheOptions<V>,
  ) {
    this.#entries = new LRUCache<string, Known<V>>({
      maxSize: options.maxSize,
      // A known absence weighs its key; a value what `sizeOf` says (at least 1, as lru-cache requires).
      sizeCalculation: (known, key) => Math.max(1, known.value ? options.sizeOf(known.value) : key.length),
    });
  }

  /** The value as the store holds it: from memory when known, else read once (concurrent readers share it). */
  async get(key: string): Promise<V | undefined> {
    if (this.#foreign(key)) return this.#read(key);
    const known = this.#entries.get(key);
    if (known) return known.value;
    const pending = this.#reading.get(key);
    if (pending) return pending.promise;
    const reading: Reading<V> = { promise: this.#read(key) };
    this.#reading.set(key, reading);
    try {
      const value = await reading.promise;
      // Kept only if no write or forget of the key happened while it was read: otherwise it may be older.
      if (this.#reading.get(key) === reading) this.#entries.set(key, { value });
      return value;
    } finally {
      if (this.#reading.get(key) === reading) this.#reading.delete(key);
    }
  }

  /** Writes to the store, then keeps the value; on failure the key is forgotten (the store's state is unknown). */
  async set(key: string, value: V): Promise<void> {
    if (this.#foreign(key)) {
      await this.store.set(key, value);
      this.options.onForeignWrite?.(key);
      return;
    }
    this.#reading.delete(key);
    try {
      await this.store.set(key, value);
    } catch (error) {
      this.#entries.delete(key);
      throw error;
    }
    this.#entries.set(key, { value });
  }

  async delete(key: string): Promise<void> {
    if (this.#foreign(key)) {
      await this.store.delete(key);
      this.options.onForeignWrite?.(key);
      return;
    }
    this.#reading.delete(key);
    this.#entries.delete(key);
    await this.store.delete(key);
    this.#entries.set(key, { value: undefined });
  }

  /** Drops what is kept of one guild: it left this process, another may own it next. */
  forgetGuild(guildId: string): void {
    for (const [key, known] of [...this.#entries.entries()]) {
      const owner = this.options.guildOf(key, known.value);
      if (owner === guildId || owner === undefined) this.#entries.delete(key);
    }
    // A read in flight is not kept once it lands (a write to it would have been the guild's last).
    this.#reading.clear();
  }

  /** Drops what is kept of one key: another process wrote it (see `onForeignWrite`). */
  forget(key: string): void {
    this.#entries.delete(key);
    this.#reading.delete(key);
  }

  /** How many keys are kept in memory (absences included). */
  get size(): number {
    return this.#entries.size;
  }

  #foreign(key: string): boolean {
    if (!this.options.owns) return false;
    const guildId = this.options.guildOf(key, undefined);
    return guildId !== undefined && !this.options.owns(guildId);
  }

  async #read(key: string): Promise<V | undefined> {
    const stored: unknown = await this.store.get(key);
    return this.options.decode ? this.options.decode(stored) : (stored as V | undefined);
  }
}
