import { Events } from "discord.js";
import type { Event } from "../discord/contracts.js";

export default {
  name: Events.ShardReconnecting,
  execute(context, shardId) {
    context.logger.warn({ shard: shardId }, "gateway connection lost, reconnecting");
  },
} satisfies Event<Events.ShardReconnecting>;
