import { setImmediate as served } from "node:timers/promises";

/** Work run between two turns given back to the event loop: interactions wait at most about this long. */
export const TURN_BUDGET_MS = 8;

/**
 * Long work that lets the event loop run every few milliseconds, by elapsed time rather than by a count of
 * items: a count tuned on a fast machine holds the loop for ten times longer on a loaded one. In a loop,
 * `if (turns.due()) await turns.give();` costs one clock read per item and a turn only when one is due.
 */
export class EventLoopTurns {
  #deadline: number;

  constructor(private readonly budgetMs = TURN_BUDGET_MS) {
    this.#deadline = performance.now() + budgetMs;
  }

  due(): boolean {
    return performance.now() >= this.#deadline;
  }

  async give(): Promise<void> {
    await served();
    this.#deadline = performance.now() + this.budgetMs;
  }
}
