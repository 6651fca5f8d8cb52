import type Keyv from "keyv";
import { applyChanges, type Board, emptyBoard, type PointsChange } from "./leaderboard.js";

/**
 * Applies points changes to each guild's board, one write at a time per guild, coalescing the changes
 * that arrive while a write is in flight: fifty students answering at once cost a handful of writes, not
 * fifty read-modify-writes racing each other. Each caller is released once its change is stored.
 */
export class BoardWriter {
  readonly #pending = new Map<
    string,
    { changes: PointsChange[]; waiters: { resolve: () => void; reject: (error: unknown) => void }[] }
  >();
  readonly #running = new Set<string>();

  constructor(private readonly store: Keyv) {}

  static key(guildId: string): string {
    return `board:${guildId}`;
  }

  async read(guildId: string): Promise<Board> {
    return ((await this.store.get(BoardWriter.key(guildId))) as Board | undefined) ?? emptyBoard;
  }

  apply(guildId: string, change: PointsChange): Promise<void> {
    return new Promise((resolve, reject) => {
      let batch = this.#pending.get(guildId);
      if (!batch) {
        batch = { changes: [], waiters: [] };
        this.#pending.set(guildId, batch);
      }
      batch.changes.push(change);
      batch.waiters.push({ resolve, reject });
      if (!this.#running.has(guildId)) void this.#drain(guildId);
    });
  }

  /** Replaces a guild's board (a new term's reset); waits for in-flight writes first. */
  async replace(guildId: string, board: Board): Promise<void> {
    while (this.#running.has(guildId) || this.#pending.has(guildId))
      await new Promise((resolve) => setImmediate(resolve));
    await this.store.set(BoardWriter.key(guildId), board);
  }

  async #drain(guildId: string): Promise<void> {
    this.#running.add(guildId);
    try {
      for (let batch = this.#pending.get(guildId); batch; batch = this.#pending.get(guildId)) {
        this.#pending.delete(guildId);
        try {
          const board = await this.read(guildId);
          await this.store.set(BoardWriter.key(guildId), applyChanges(board, batch.changes));
          for (const waiter of batch.waiters) waiter.resolve();
        } catch (error) {
          for (const waiter of batch.waiters) waiter.reject(error);
        }
      }
    } finally {
      this.#running.delete(guildId);
    }
  }
}
