import { z } from "zod";
import type { BotContext } from "../discord/context.js";

/**
 * A background job (the daily-tip scheduler, live rounds' timers...): one file in src/services,
 * `export default { … } satisfies Service`. Started once the client is ready, stopped before the store closes.
 */
export interface Service {
  readonly name: string;
  start(context: BotContext): Promise<void> | void;
  stop(): Promise<void> | void;
}

export const servicePredicate = z.object({
  name: z.string().min(1),
  start: z.function(),
  stop: z.function(),
});
