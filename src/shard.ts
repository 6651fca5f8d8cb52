import type { ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { Worker } from "node:worker_threads";
import { REST, type RESTGetAPIGatewayBotResult, Routes, type Shard, ShardingManager } from "discord.js";
import { createLogger, type Logger } from "./app/logger.js";
import { exitOnStartupError, exitWith, loadConfigOrExit, logUnhandledRejections } from "./app/startup.js";
import { loadCoursePack } from "./content/pack/load.js";
import { Stores } from "./store/store.js";

/**
 * `npm run start:sharded`: discord.js's ShardingManager runs one process per gateway shard (SHARD_COUNT, or as
 * many as Discord recommends), each running dist/index.js for its shard only.
 *
 * Why several processes stay correct with in-process locks: Discord sends each guild's events, interactions
 * included, to exactly one shard, (guild_id >> 22) % shard_count, and each process holds one shard. Every key
 * Réso writes belongs to one guild (member profiles, boards, settings, tips, live rounds), so all writes to a
 * key come from one process, where KeyedLock serialises them and BoardWriter coalesces them. The store only
 * has to be shared (Redis or PostgreSQL; SQLite also works, for processes on one machine). Each process posts
 * the daily tips of the guilds in its own cache only, so each guild gets its tip once.
 */

/** Discord allows one IDENTIFY per 5 s per bucket; bucket = shard id % max_concurrency. */
const IDENTIFY_INTERVAL_MS = 5_500;
const READY_TIMEOUT_MS = 60_000;
/** A shard that does not stop this long after SIGTERM is killed. */
const STOP_TIMEOUT_MS = 10_000;
const RESPAWN_DELAY_MS = { first: 1_000, max: 60_000 };

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const logger = createLogger({ level: config.logLevel, secrets: [config.discordToken] }).child({ role: "manager" });
  logUnhandledRejections(logger);

  let gateway: RESTGetAPIGatewayBotResult;
  try {
    // Checked once here, so a broken course, an unusable store or a refused token is said once, not once per shard.
    loadCoursePack(config.contentDir);
    await (await Stores.open(config.databaseUrl, logger)).close();
    // discord.js's own "auto" count asks discord.com whatever DISCORD_API_URL says: ask through it instead.
    const rest = new REST({ api: config.discordApiUrl }).setToken(config.discordToken);
    gateway = (await rest.get(Routes.gatewayBot())) as RESTGetAPIGatewayBotResult;
  } catch (error) {
    exitOnStartupError(error, config, logger);
  }

  const totalShards = config.shardCount ?? gateway.shards;
  const concurrency = Math.max(1, gateway.session_start_limit.max_concurrency);
  const manager = new ShardingManager(fileURLToPath(new URL("./index.js", import.meta.url)), {
    token: config.discordToken,
    totalShards,
    mode: "process",
    // Respawned below, with a backoff: discord.js would respawn a shard that cannot start in a tight loop.
    respawn: false,
  });

  let started = false;
  let stopping = false;
  const respawns = new Respawns(logger);
  manager.on("shardCreate", (shard) => {
    logger.info({ shard: shard.id, of: totalShards }, "shard process created");
    shard.on("spawn", (child: ChildProcess | Worker) => {
      if (stopping && "kill" in child) child.kill("SIGTERM");
    });
    shard.on("ready", () => respawns.ready(shard.id));
    shard.on("error", (error: unknown) => logger.error({ err: error, shard: shard.id }, "shard error"));
    shard.on("death", (child: ChildProcess | Worker) => {
      const exit = "exitCode" in child ? { exitCode: child.exitCode, signal: child.signalCode } : {};
      if (stopping || !started) {
        logger.info({ shard: shard.id, ...exit }, "shard process stopped");
        return;
      }
      respawns.schedule(shard, exit, () => stopping);
    });
  });

  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "stopping shards");
    void stopShards(manager).then((clean) => process.exit(clean ? 0 : 1));
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));

  // Shards in different identify buckets may connect together; within a bucket, 5 s apart.
  const delay = totalShards <= concurrency ? 0 : Math.ceil(IDENTIFY_INTERVAL_MS / concurrency);
  try {
    await manager.spawn({ amount: totalShards, delay, timeout: READY_TIMEOUT_MS });
  } catch (error) {
    if (stopping) return;
    stopping = true;
    await stopShards(manager);
    const code = error instanceof Error && "code" in error ? String(error.code) : "";
    if (code === "ShardingReadyTimeout") {
      exitWith([
        `Un shard n'était pas prêt après ${READY_TIMEOUT_MS / 1000} s : vérifiez la connexion à Discord (ou DISCORD_API_URL) et relancez.`,
      ]);
    }
    // The shard printed its own reason (one line on stderr) before it exited.
    if (code === "ShardingReadyDied" || code === "ShardingReadyDisconnected") process.exit(1);
    logger.fatal({ err: error }, "start failed");
    process.exit(1);
  }
  started = true;
  logger.info({ shards: totalShards }, "all shards ready");
}

/** Restarts a shard process that died, after 1 s, doubling up to 60 s while it keeps dying young. */
class Respawns {
  readonly #delays = new Map<number, number>();
  readonly #readyAt = new Map<number, number>();

  constructor(private readonly logger: Logger) {}

  ready(shardId: number): void {
    this.#readyAt.set(shardId, Date.now());
  }

  schedule(shard: Shard, exit: object, stopping: () => boolean): void {
    const readyFor = Date.now() - (this.#readyAt.get(shard.id) ?? Date.now());
    const delay =
      readyFor >= RESPAWN_DELAY_MS.max
        ? RESPAWN_DELAY_MS.first
        : Math.min(this.#delays.get(shard.id) ?? RESPAWN_DELAY_MS.first, RESPAWN_DELAY_MS.max);
    this.#delays.set(shard.id, delay * 2);
    this.#readyAt.delete(shard.id);
    this.logger.error({ shard: shard.id, ...exit, respawnInMs: delay }, "shard process died");
    setTimeout(() => {
      if (stopping()) return;
      shard
        .spawn(READY_TIMEOUT_MS)
        .catch((error: unknown) => this.logger.error({ err: error, shard: shard.id }, "shard respawn failed"));
    }, delay).unref();
  }
}

/** SIGTERM to every shard process (each closes its gateway and store), SIGKILL after 10 s; true if all exited 0. */
async function stopShards(manager: ShardingManager): Promise<boolean> {
  const results = await Promise.all(manager.shards.map((shard) => stopShard(shard.process)));
  return results.every(Boolean);
}

function stopShard(child: ChildProcess | null): Promise<boolean> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const killer = setTimeout(() => child.kill("SIGKILL"), STOP_TIMEOUT_MS);
    child.once("exit", (code) => {
      clearTimeout(killer);
      resolve(code === 0);
    });
    child.kill("SIGTERM");
  });
}

await main();
