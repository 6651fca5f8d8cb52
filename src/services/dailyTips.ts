import type { BotContext, Service } from "../discord/contracts.js";
import { startPeriodicCheck } from "../discord/periodicCheck.js";
import { ownedGuildIds } from "../discord/tips.js";

/**
 * The daily tips' clock. ONE croner job fires at the start of every minute and asks the domain which guilds
 * are due; it is not a cron per guild on purpose:
 * - the store is the only truth: "due" is decided from each guild's settings and last claimed day, so
 *   settings changed by /config, restarts, downtime and clock jumps need no job to be rebuilt or replayed;
 * - the local-time and DST rules live in one pure, tested function (src/domain/tips/schedule.ts) rather than
 *   in as many timers as guilds, and a guild's tip goes out within a minute of its time;
 * - each process checks only the guilds its gateway holds, so shards never post for one another.
 * A check also runs at start-up (today's tip after downtime that covered its time; earlier days are never
 * posted) and right after `/config astuces` saves.
 */
export default {
  name: "dailyTips",

  start(context: BotContext) {
    const { tips } = context;
    const service = startPeriodicCheck(context, {
      name: "dailyTips",
      pattern: "* * * * *",
      check: async () => {
        const results = await tips.runDue(ownedGuildIds(context.client));
        const posted = [...results.values()].filter((result) => result.kind === "posted").length;
        context.logger.debug({ guilds: results.size, posted }, "daily tips checked");
      },
    });
    context.logger.info({ nextCheck: service.nextRun()?.toISOString() }, "daily tips scheduler started");
    return service;
  },
} satisfies Service;
