import type Keyv from "keyv";

interface Batch<Change> {
  changes: Change[];
  waiters: { resolve: () => void; reject: (error: unknown) => void }[];
}

/**
 * A per-guild aggregate in one store key, changed by many concurrent callers: one read-modify-write at a time
 * per key, coalescing the changes that arrive while a write is in flight. Fifty students answering at once
 * cost a handful of writes, not fifty writes racing each other; each caller is released once its change is
 * stored. Correct because a guild's interactions reach one process (one gateway shard owns a guild).
 */
export class CoalescingWriter<State, Change> {
  /** Aggregates this many ids at most are kept in memory (the ones written last). */
  static readonly CACHED_IDS = 256;
  readonly #pending = new Map<string, Batch<Change>>();
  readonly #running = new Set<string>();
  /**
   * The aggregate as last stored, per id: only this process writes a guild's keys, so what it wrote is what the
   * store holds, and a write need not read it back first (docs/benchmarks.md). Absent while a write is in flight.
   */
  readonly #stored = new Map<string, State>();

  constructor(
    private readonly store: Keyv,
    private readonly keyOf: (id: string) => string,
    private readonly empty: State,
    private readonly applyAll: (state: State, changes: readonly Change[]) => State,
  ) {}

  async read(id: string): Promise<State> {
    const cached = this.#stored.get(id);
    if (cached !== undefined) return cached;
    return ((await this.store.get(this.keyOf(id))) as State | undefined) ?? this.empty;
  }

  /** Resolves once the change is stored (with whatever else was batched with it). */
  add(id: string, change: Change): Promise<void> {
    return new Promise((resolve, reject) => {
      let batch = this.#pending.get(id);
      if (!batch) {
        batch = { changes: [], waiters: [] };
        this.#pending.set(id, batch);
      }
      batch.changes.push(change);
      batch.waiters.push({ resolve, reject });
      if (!this.#running.has(id)) void this.#drain(id);
    });
  }

  /** Replaces the aggregate (a new term's reset) once the writes in flight are done. */
  async replace(id: string, state: State): Promise<void> {
    while (this.#running.has(id) || this.#pending.has(id)) await new Promise((resolve) => setImmediate(resolve));
    await this.#write(id, state);
  }

  async #write(id: string, state: State): Promise<void> {
    // While the write is in flight, readers go to the store, as they would without the cache.
    this.#stored.delete(id);
    await this.store.set(this.keyOf(id), state);
    this.#stored.set(id, state);
    if (this.#stored.size > CoalescingWriter.CACHED_IDS)
      this.#stored.delete(this.#stored.keys().next().value as string);
  }

  async #drain(id: string): Promise<void> {
    this.#running.add(id);
    try {
      for (let batch = this.#pending.get(id); batch; batch = this.#pending.get(id)) {
        this.#pending.delete(id);
        try {
          await this.#write(id, this.applyAll(await this.read(id), batch.changes));
          for (const waiter of batch.waiters) waiter.resolve();
        } catch (error) {
          for (const waiter of batch.waiters) waiter.reject(error);
        }
      }
    } finally {
      this.#running.delete(id);
    }
  }
}
