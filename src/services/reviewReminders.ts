import type { BotContext, Service } from "../discord/contracts.js";
import { startPeriodicCheck } from "../discord/periodicCheck.js";
import { ownedGuildIds } from "../discord/tips.js";

/**
 * The review reminders' clock, built like the daily tips' (dailyTips.ts): ONE croner job a minute asks the
 * domain which members are due, the store being the only truth (each member's hour and last claimed day), so
 * restarts, downtime and `/rappels` changes need nothing rebuilt; each process checks only the guilds its
 * gateway holds, so shards never remind for one another.
 */
export default {
  name: "reviewReminders",

  start(context: BotContext) {
    const { reminders } = context;
    return startPeriodicCheck(context, {
      name: "reviewReminders",
      pattern: "* * * * *",
      check: async () => {
        const results = await reminders.runDue(ownedGuildIds(context.client));
        const sent = [...results.values()].filter((result) => result.kind === "sent").length;
        if (results.size > 0) context.logger.debug({ members: results.size, sent }, "review reminders checked");
      },
    });
  },
} satisfies Service;
