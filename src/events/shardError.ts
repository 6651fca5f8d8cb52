import { Events } from "discord.js";
import type { Event } from "../discord/contracts.js";

export default {
  name: Events.ShardError,
  execute(context, error, shardId) {
    // discord.js reconnects by itself; the log is what lets an operator see a flaky network.
    context.logger.error({ err: error, shard: shardId }, "gateway connection error");
  },
} satisfies Event<Events.ShardError>;
