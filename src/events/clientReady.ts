import { Events } from "discord.js";
import type { Event } from "../discord/contracts.js";

export default {
  name: Events.ClientReady,
  once: true,
  execute(context, client) {
    // Tests and supervisors wait for this exact message.
    context.logger.info({ user: client.user.tag, guilds: client.guilds.cache.size }, "ready");
  },
} satisfies Event<Events.ClientReady>;
