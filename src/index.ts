import { startBot } from "./app/bot.js";
import { createLogger } from "./app/logger.js";
import { exitOnStartupError, loadConfigOrExit, logUnhandledRejections, stopOnSignals } from "./app/startup.js";

/**
 * `npm start`: validate the config, start Réso, and close cleanly on SIGINT/SIGTERM. Also what each shard
 * process of `npm run start:sharded` runs: discord.js's ShardingManager sets SHARDS and SHARD_COUNT, which
 * the Client reads, so this process connects only its own shard.
 */
async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const root = createLogger({ level: config.logLevel, secrets: [config.discordToken] });
  // Under the sharding manager, each line says which shard process wrote it.
  const logger = process.env.SHARDS === undefined ? root : root.child({ shard: Number(process.env.SHARDS) });
  logUnhandledRejections(logger);

  let bot: Awaited<ReturnType<typeof startBot>>;
  try {
    bot = await startBot(config, logger);
  } catch (error) {
    exitOnStartupError(error, config, logger);
  }

  const shutdown = stopOnSignals(logger, () => bot.stop());
  // A shard process whose manager died (killed, crashed) stops too, rather than run on orphaned.
  if (process.send) process.once("disconnect", () => shutdown("manager gone"));
}

await main();
