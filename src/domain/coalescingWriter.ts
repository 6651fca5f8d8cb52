import type Keyv from "keyv";

interface Batch<State, Change> {
  /** Replaces the aggregate before `changes` apply (a new term's reset): earlier changes no longer count. */
  base?: { readonly state: State };
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
  /**
   * How long changes added by `enqueue` wait for others before they are written: at 200 answers a second, one write
   * of the leaderboard and one of the class statistics for about 40 answers, instead of one each per answer or two.
   */
  static readonly ENQUEUE_DELAY_MS = 200;
  readonly #pending = new Map<string, Batch<State, Change>>();
  /** The ids being written, each with the loop that writes their batches until none is left. */
  readonly #running = new Map<string, Promise<void>>();
  /** Ids whose enqueued changes wait for ENQUEUE_DELAY_MS before their write starts. */
  readonly #delayed = new Map<string, NodeJS.Timeout>();
  /**
   * The aggregate as last stored, per id: only this process writes a guild's keys, so what it wrote is what the
   * store holds, and a write need not read it back first (docs/benchmarks.md). Dropped when a write fails (the
   * store's state is then unknown): the next reader goes to the store.
   */
  readonly #stored = new Map<string, State>();

  constructor(
    private readonly store: Keyv,
    private readonly keyOf: (id: string) => string,
    private readonly empty: State,
    private readonly applyAll: (state: State, changes: readonly Change[]) => State,
  ) {}

  /** The aggregate with every change added before this call (it waits for those still being written). */
  async read(id: string): Promise<State> {
    // A failure is its writers' to report: the reader gets what the store holds.
    if (this.#running.has(id) || this.#delayed.has(id)) await this.#join(id, undefined).catch(() => {});
    return this.#current(id);
  }

  /** Resolves once the change is stored (with whatever else was batched with it). */
  add(id: string, change: Change): Promise<void> {
    return this.#join(id, change);
  }

  /**
   * Adds the change without waiting for it to be stored: for changes that follow a write already made (an answer's
   * points follow its profile), so that the caller does not wait for them. A failed write is logged by the store and
   * counted in its failures, which makes the next start rebuild the aggregates from the profiles (src/app/recovery.ts).
   */
  enqueue(id: string, change: Change): void {
    this.#join(id, change, undefined, true).catch(() => {});
  }

  /** Resolves once every change added so far is stored, or has failed (before the store closes). */
  async settled(): Promise<void> {
    for (const id of [...this.#delayed.keys()]) this.#start(id);
    while (this.#running.size > 0) await Promise.allSettled([...this.#running.values()]);
  }

  /**
   * Replaces the aggregate (a new term's reset, a rebuild), after the write in flight: changes added before it
   * are dropped, changes added after it apply to it.
   */
  replace(id: string, state: State): Promise<void> {
    return this.#join(id, undefined, { state });
  }

  #join(id: string, change: Change | undefined, base?: { readonly state: State }, delayed = false): Promise<void> {
    return new Promise((resolve, reject) => {
      let batch = this.#pending.get(id);
      if (!batch) {
        batch = { changes: [], waiters: [] };
        this.#pending.set(id, batch);
      }
      if (base) {
        batch.base = base;
        batch.changes = [];
      }
      if (change !== undefined) batch.changes.push(change);
      batch.waiters.push({ resolve, reject });
      if (!delayed) this.#start(id);
      else if (!this.#running.has(id) && !this.#delayed.has(id)) {
        // unref: a pending write never keeps the process alive; a clean stop writes it through settled().
        this.#delayed.set(id, setTimeout(() => this.#start(id), CoalescingWriter.ENQUEUE_DELAY_MS).unref());
      }
    });
  }

  /** Starts writing the id's pending batches now, unless it is already being written. */
  #start(id: string): void {
    clearTimeout(this.#delayed.get(id));
    this.#delayed.delete(id);
    if (!this.#running.has(id)) this.#running.set(id, this.#drain(id));
  }

  async #current(id: string): Promise<State> {
    const cached = this.#stored.get(id);
    if (cached !== undefined) return cached;
    return ((await this.store.get(this.keyOf(id))) as State | undefined) ?? this.empty;
  }

  async #write(id: string, state: State): Promise<void> {
    try {
      await this.store.set(this.keyOf(id), state);
    } catch (error) {
      this.#stored.delete(id);
      throw error;
    }
    this.#stored.delete(id);
    this.#stored.set(id, state);
    if (this.#stored.size > CoalescingWriter.CACHED_IDS)
      this.#stored.delete(this.#stored.keys().next().value as string);
  }

  async #drain(id: string): Promise<void> {
    // Started from #join: the batch that started it is complete once the current call stack is done.
    await Promise.resolve();
    try {
      for (let batch = this.#pending.get(id); batch; batch = this.#pending.get(id)) {
        this.#pending.delete(id);
        try {
          if (batch.base || batch.changes.length > 0) {
            const state = batch.base?.state ?? (await this.#current(id));
            await this.#write(id, batch.changes.length > 0 ? this.applyAll(state, batch.changes) : state);
          }
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
