import { type Client, ShardClientUtil } from "discord.js";
import { profilesByGuild, rebuildBoard, rebuildStats, sameBoard, sameStats } from "../domain/quiz/boardRepair.js";
import { memberCount } from "../domain/quiz/leaderboard.js";
import type { QuizService } from "../domain/quiz/quizService.js";
import type { Stores } from "../store/store.js";
import type { Logger } from "./logger.js";

export interface RunMarker {
  /** After a clean stop: forgets the marker, unless a store operation failed during the run. */
  end(): Promise<void>;
}

/**
 * Start-up recovery, run before the gateway login (so before any interaction): each process marks its run
 * in the store ("health" namespace, one key per shard layout) and clears the mark on a clean stop. A mark
 * found at start means the last run was killed (kill -9, crash, power loss) or met store failures: the
 * leaderboards and class statistics of the guilds this process owns are then rebuilt from the profiles, which
 * every answer writes first (before the login: rebuilt while answers come in, they would race them). Answers themselves need no recovery: each is one atomic write of the member's profile, made before
 * the reply is sent.
 */
export async function beginRun(input: {
  stores: Stores;
  quiz: QuizService;
  client: Client;
  seasonOf: (guildId: string) => Promise<number>;
  logger: Logger;
}): Promise<RunMarker> {
  const { stores, logger } = input;
  const health = stores.namespace("health");
  const marker = `running:${layoutOf(input.client)}`;
  if (await health.get(marker)) {
    try {
      await repairLeaderboards({ ...input, owned: ownedBy(input.client) });
    } catch (error) {
      // The mark stays: the next start tries again.
      logger.error({ err: error }, "leaderboard check after an unclean stop failed");
    }
  }
  await health.set(marker, { pid: process.pid, since: Date.now() });
  return {
    async end() {
      if (stores.failures === 0) await health.delete(marker);
    },
  };
}

async function repairLeaderboards(input: {
  stores: Stores;
  quiz: QuizService;
  seasonOf: (guildId: string) => Promise<number>;
  owned: (guildId: string) => boolean;
  logger: Logger;
}): Promise<void> {
  const guilds = await profilesByGuild(input.stores.namespace("quiz"), input.owned);
  let repaired = 0;
  let statsRepaired = 0;
  for (const [guildId, profiles] of guilds) {
    // The class statistics, from the same read of the profiles: a second scan of 100,000 members would cost more.
    const storedStats = await input.quiz.stats.read(guildId);
    const rebuiltStats = rebuildStats(profiles, storedStats, input.quiz.bank, Date.now());
    if (!sameStats(storedStats, rebuiltStats)) {
      await input.quiz.stats.replace(guildId, rebuiltStats);
      statsRepaired += 1;
      input.logger.warn(
        { guild: guildId, answersBefore: storedStats.answers, answersAfter: rebuiltStats.answers },
        "class statistics rebuilt from the profiles",
      );
    }
    const stored = await input.quiz.board.read(guildId);
    const rebuilt = rebuildBoard(profiles, await input.seasonOf(guildId), stored, Date.now());
    if (sameBoard(stored, rebuilt)) continue;
    await input.quiz.board.replace(guildId, rebuilt);
    repaired += 1;
    input.logger.warn(
      { guild: guildId, membersBefore: memberCount(stored), membersAfter: memberCount(rebuilt) },
      "leaderboard rebuilt from the profiles",
    );
  }
  input.logger.info({ guilds: guilds.size, repaired, statsRepaired }, "leaderboards checked after an unclean stop");
}

/** This process's shards, as discord.js will identify them ("0/1" for `npm start`, "1/2" for a sharded child). */
function layoutOf(client: Client): string {
  const { shards, shardCount } = client.options;
  return Array.isArray(shards) ? `${shards.join(",")}/${shardCount}` : String(shards ?? "all");
}

/** Whether a guild's events reach this process: its shard, (guild_id >> 22) % shardCount, is one of ours. */
function ownedBy(client: Client): (guildId: string) => boolean {
  const { shards, shardCount } = client.options;
  if (!Array.isArray(shards) || typeof shardCount !== "number") return () => true;
  const mine = new Set(shards);
  return (guildId) => mine.has(ShardClientUtil.shardIdForGuildId(guildId, shardCount));
}
