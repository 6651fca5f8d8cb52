import { Events } from "discord.js";
import type { Event } from "../discord/contracts.js";

export default {
  name: Events.Error,
  execute(context, error) {
    context.logger.error({ err: error }, "client error");
  },
} satisfies Event<Events.Error>;
