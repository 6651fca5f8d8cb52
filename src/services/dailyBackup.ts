import type { BotContext, Service } from "../discord/contracts.js";
import { startPeriodicCheck } from "../discord/periodicCheck.js";
import { backupToday, hasBackupFor, sqliteFileOf } from "../store/sqliteBackup.js";

/**
 * One automatic backup of the SQLite store a day, the last seven kept (src/store/sqliteBackup.ts). The check runs at
 * start and every hour and only writes when today's file is missing, so restarts, downtime and a sleeping laptop
 * need nothing replayed. Under `npm run start:sharded` only the process holding shard 0 backs up (the store is one
 * file whoever writes to it); should two processes ever race (two deployments overlapping), each writes under a
 * temporary name and renames: the day's file is a whole backup either way.
 */
export default {
  name: "dailyBackup",

  start(context: BotContext) {
    const file = sqliteFileOf(context.stores.databaseUrl);
    if (!file) {
      context.logger.info("automatic backups are for SQLite only: use the store server's own tools");
      return { stop() {} };
    }
    const shards = context.client.shard?.ids;
    if (shards && !shards.includes(0)) return { stop() {} };
    // Hourly, at minute 7: a backup written during the day's first hour after midnight, or after downtime.
    return startPeriodicCheck(context, {
      name: "dailyBackup",
      pattern: "7 * * * *",
      check: async () => {
        const now = context.clock.now();
        if (await hasBackupFor(file, now)) return;
        const { path, pruned } = await backupToday(file, now);
        context.logger.info({ path, pruned: pruned.length }, "automatic backup written");
      },
    });
  },
} satisfies Service;
