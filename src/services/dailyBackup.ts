import { Cron } from "croner";
import type { BotContext, Service } from "../discord/contracts.js";
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
    let running: Promise<void> | undefined;
    const check = () => {
      running ??= (async () => {
        const now = context.clock.now();
        if (await hasBackupFor(file, now)) return;
        const { path, pruned } = await backupToday(file, now);
        context.logger.info({ path, pruned: pruned.length }, "automatic backup written");
      })()
        .catch((error: unknown) => context.logger.error({ err: error }, "automatic backup failed"))
        .finally(() => {
          running = undefined;
        });
      return running;
    };
    const job = new Cron("7 * * * *", { name: "dailyBackup", protect: true }, check);
    void check();
    return {
      async stop() {
        job.stop();
        // A backup in flight finishes before the store closes.
        await running;
      },
    };
  },
} satisfies Service;
