import type { ClientEvents } from "discord.js";
import { z } from "zod";
import type { BotContext } from "../discord/context.js";

/** One gateway/client event: one file in src/events named after it, `export default { … } satisfies Event<…>`. */
export interface Event<Name extends keyof ClientEvents = keyof ClientEvents> {
  readonly name: Name;
  readonly once?: boolean;
  execute(context: BotContext, ...args: ClientEvents[Name]): Promise<void> | void;
}

export const eventPredicate = z.object({
  name: z.string().min(1),
  once: z.boolean().optional(),
  execute: z.function(),
});
