import { Events } from "discord.js";
import type { Event } from "../discord/contracts.js";

export default {
  name: Events.GuildDelete,
  execute(context, guild) {
    // Réso left the guild (kicked, or the guild deleted): its members' profiles and rounds need not stay in memory, and
    // should it come back, possibly to another process, they are read from the store again.
    context.quiz.profiles.forgetGuild(guild.id);
    context.live.rounds.roundCache.forgetGuild(guild.id);
  },
} satisfies Event<Events.GuildDelete>;
