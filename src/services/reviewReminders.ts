import { Cron } from "croner";
import type { BotContext, Service } from "../discord/contracts.js";
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
    let running: Promise<void> | undefined;
    const check = () => {
      // A check still running (a slow Discord) makes the next tick a no-op rather than a second pass.
      running ??= reminders
        .runDue(ownedGuildIds(context.client))
        .then((results) => {
          const sent = [...results.values()].filter((result) => result.kind === "sent").length;
          if (results.size > 0) context.logger.debug({ members: results.size, sent }, "review reminders checked");
        })
        .catch((error: unknown) => context.logger.error({ err: error }, "review reminders check failed"))
        .finally(() => {
          running = undefined;
        });
      return running;
    };
    const job = new Cron("* * * * *", { name: "reviewReminders", protect: true }, check);
    void check();
    return {
      async stop() {
        job.stop();
        // Let a message in flight record its outcome before the store closes.
        await running;
      },
    };
  },
} satisfies Service;
