/**
 * Shared set-up of the end-to-end tests: a local Discord, the commands registered through
 * `deploy-commands` (as a user would), and the bot started as `npm start` starts it.
 */
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect } from "vitest";
import { DEFAULT_IDS, type GuildFixture, LocalDiscord } from "../discord-server/index.js";
import { botEnv, E2E_SHARDS, type RunningBot, runNodeScript, startBot } from "./harness.js";

export interface Classroom {
  discord: LocalDiscord;
  bot: RunningBot;
  dataDir: string;
  /** Stops the bot and starts it again on the same data: a restart. */
  restart(): Promise<RunningBot>;
  close(): Promise<void>;
}

export async function openClassroom(
  options: { guilds?: GuildFixture[]; env?: Record<string, string> } = {},
): Promise<Classroom> {
  // With RESO_E2E_SHARDS, Discord recommends that many shards (what `npm run start:sharded` would use unset).
  const discord = await LocalDiscord.start({
    ...(options.guilds ? { guilds: options.guilds } : {}),
    ...(E2E_SHARDS ? { shardCount: E2E_SHARDS } : {}),
  });
  const dataDir = await mkdtemp(join(tmpdir(), "reso-e2e-"));
  const guildId = options.guilds?.[0]?.id ?? DEFAULT_IDS.guildId;
  const deploy = await runNodeScript(
    "dist/deploy-commands.js",
    // The bot's own variables too: RESO_CONTENT_DIR decides the study questions offered as choices.
    botEnv(discord, dataDir, { ...options.env, DISCORD_GUILD_ID: guildId }),
  );
  expect(deploy.stderr).toBe("");
  expect(deploy.code).toBe(0);
  const classroom: Classroom = {
    discord,
    dataDir,
    bot: await startBot({ discord, dataDir, ...(options.env ? { env: options.env } : {}) }),
    async restart() {
      await classroom.bot.stop();
      classroom.bot = await startBot({ discord, dataDir, ...(options.env ? { env: options.env } : {}) });
      return classroom.bot;
    },
    async close() {
      await classroom.bot.stop();
      await discord.close();
    },
  };
  return classroom;
}

const checkedViolations = new WeakMap<LocalDiscord, number>();

/** Discord found nothing to object to since the last check: no schema, limit or protocol violation. */
export function expectNoViolations(discord: LocalDiscord): void {
  const from = checkedViolations.get(discord) ?? 0;
  const fresh = discord.violations.slice(from);
  checkedViolations.set(discord, discord.violations.length);
  expect(
    fresh.map(
      (violation) => `${violation.kind} ${violation.method} ${violation.route} ${violation.path}: ${violation.reason}`,
    ),
  ).toEqual([]);
}
