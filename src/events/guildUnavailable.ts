import { Events } from "discord.js";
import type { Event } from "../discord/contracts.js";

export default {
  name: Events.GuildUnavailable,
  execute(context, guild) {
    // A Discord outage took the guild away from this shard: when it is back, its profiles and rounds are read from the
    // store again, so the memory kept is never older than the store, whichever process owned the guild in between.
    context.quiz.profiles.forgetGuild(guild.id);
    context.live.rounds.roundCache.forgetGuild(guild.id);
  },
} satisfies Event<Events.GuildUnavailable>;
