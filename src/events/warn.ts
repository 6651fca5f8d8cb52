import { Events } from "discord.js";
import type { Event } from "../discord/contracts.js";

export default {
  name: Events.Warn,
  execute(context, message) {
    context.logger.warn({ detail: message }, "client warning");
  },
} satisfies Event<Events.Warn>;
