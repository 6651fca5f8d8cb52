import { Cron } from "croner";
import type { BotContext, RunningService } from "./contracts.js";

export interface PeriodicCheck extends RunningService {
  /** When the next tick fires (null once stopped). */
  nextRun(): Date | null;
}

/**
 * What the daily tips, the review reminders and the daily backup share: ONE croner job that runs `check` on
 * `pattern`, and once at start (a catch-up after downtime, not awaited so that it holds back no other service).
 * A check still running (a slow Discord, a big backup) makes the next tick a no-op rather than a second pass; a
 * failing check is logged and the next tick tries again; `stop` waits for the check in flight, so that what it
 * was writing lands before the store closes.
 */
export function startPeriodicCheck(
  context: BotContext,
  options: { readonly name: string; readonly pattern: string; readonly check: () => Promise<void> },
): PeriodicCheck {
  let running: Promise<void> | undefined;
  const tick = () => {
    running ??= options
      .check()
      .catch((error: unknown) => context.logger.error({ err: error, service: options.name }, "periodic check failed"))
      .finally(() => {
        running = undefined;
      });
    return running;
  };
  const job = new Cron(options.pattern, { name: options.name, protect: true }, tick);
  void tick();
  return {
    nextRun: () => job.nextRun(),
    async stop() {
      job.stop();
      await running;
    },
  };
}
