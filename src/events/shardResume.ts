import { Events } from "discord.js";
import type { Event } from "../discord/contracts.js";

export default {
  name: Events.ShardResume,
  execute(context, shardId, replayedEvents) {
    // After a dropped connection, discord.js RESUMEs the session: events sent meanwhile are replayed, nothing lost.
    context.logger.info({ shard: shardId, replayedEvents }, "gateway resumed");
  },
} satisfies Event<Events.ShardResume>;
