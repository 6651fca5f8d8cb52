/**
 * The README's path, end to end: `cp .env.example .env`, fill in the required values, start. The bot reads
 * `.env` from its working directory (dotenv), so each test writes one in a temporary directory and runs the
 * built entry points there with an environment that holds nothing else of Réso's (only DISCORD_API_URL, which
 * points discord.js at the local Discord, where a teacher's would reach discord.com).
 */

import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { backupFileName } from "../../src/store/sqliteBackup.js";
import { DEFAULT_IDS, LocalDiscord } from "../discord-server/index.js";
import { REPO_ROOT, runNodeScript, startBot, stopAllBots } from "./harness.js";

let discord: LocalDiscord;
let dir: string;

beforeEach(async () => {
  discord = await LocalDiscord.start();
  dir = await mkdtemp(join(tmpdir(), "reso-env-"));
});

afterEach(async () => {
  await stopAllBots();
  await discord.close();
  await rm(dir, { recursive: true, force: true });
});

/** .env.example verbatim, with `values` written on their `KEY=` lines (the way a teacher fills it in). */
async function writeEnvFile(values: Record<string, string>): Promise<string> {
  let text = await readFile(join(REPO_ROOT, ".env.example"), "utf8");
  for (const [key, value] of Object.entries(values)) {
    const line = new RegExp(`^${key}=.*$`, "m");
    expect(text, `.env.example documents ${key}`).toMatch(line);
    text = text.replace(line, `${key}=${value}`);
  }
  await writeFile(join(dir, ".env"), text);
  return text;
}

/** Only what any shell has, plus the local Discord's URL when the .env file does not give it. */
function bareEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH ?? "", HOME: dir, ...extra };
}

/** startBot's defaults removed: the .env file is the configuration. */
const fromEnvFileOnly = { DISCORD_TOKEN: "", DISCORD_CLIENT_ID: "", DATABASE_URL: "", LOG_LEVEL: "", NODE_ENV: "" };

describe("a .env copied from .env.example", () => {
  it("GIVEN only DISCORD_TOKEN, DISCORD_CLIENT_ID and DISCORD_GUILD_ID filled in THEN deploy-commands and npm start work, on data/reso.sqlite", async () => {
    const text = await writeEnvFile({
      DISCORD_TOKEN: discord.token,
      DISCORD_CLIENT_ID: discord.applicationId,
      DISCORD_GUILD_ID: DEFAULT_IDS.guildId,
    });
    // The crash this guards against: SHARD_COUNT= (empty) reached discord.js, which read it as 0 shards.
    expect(text).toMatch(/^SHARD_COUNT=$/m);
    expect(text).toMatch(/^DATABASE_URL=$/m);

    const deploy = await runNodeScript("dist/deploy-commands.js", bareEnv({ DISCORD_API_URL: discord.apiUrl }), {
      cwd: dir,
    });
    expect(deploy.stderr).toBe("");
    expect(deploy.code).toBe(0);
    expect(deploy.stdout).toContain(`sur le serveur ${DEFAULT_IDS.guildId}`);

    const bot = await startBot({
      discord,
      dataDir: dir,
      entry: "dist/index.js",
      shards: 1,
      env: { ...fromEnvFileOnly, HOME: dir },
    });
    expect(bot.output()).not.toContain("shardCount");
    const aide = await discord.sendCommand({ name: "aide" });
    await aide.settled();
    expect(aide.message()?.embeds[0]?.title).toContain("Réso");
    expect(existsSync(join(dir, "data", "reso.sqlite"))).toBe(true);

    // Backups: the day's automatic one, `npm run backup` while Réso runs, a restore refused until it stops.
    await bot.waitForOutput(/"msg":"automatic backup written"/);
    const today = join(dir, "data", "backups", backupFileName(new Date()));
    expect(existsSync(today)).toBe(true);
    const backup = await runNodeScript("dist/cli/backup.js", bareEnv(), { cwd: dir });
    expect(backup.stderr).toBe("");
    expect(backup.stdout).toContain(`Sauvegarde écrite : ${today}`);
    const refused = await runNodeScript("dist/cli/restore.js", bareEnv(), { cwd: dir, args: [today] });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^Réso est en train de tourner/);
    expect(await bot.stop()).toBe(0);
    const restored = await runNodeScript("dist/cli/restore.js", bareEnv(), { cwd: dir, args: [today] });
    expect(restored.stderr).toBe("");
    expect(restored.code).toBe(0);
  }, 60_000);

  it("GIVEN every optional variable set to a valid value THEN npm start and npm run start:sharded both reach READY", async () => {
    await writeEnvFile({
      DISCORD_TOKEN: discord.token,
      DISCORD_CLIENT_ID: discord.applicationId,
      DISCORD_GUILD_ID: DEFAULT_IDS.guildId,
      DATABASE_URL: "sqlite://data/classe.sqlite",
      LOG_LEVEL: "debug",
      DISCORD_API_URL: discord.apiUrl,
      SHARD_COUNT: "1",
    });
    for (const [run, entry] of ["dist/index.js", "dist/shard.js"].entries()) {
      const bot = await startBot({ discord, dataDir: dir, entry, shards: 1, env: { ...fromEnvFileOnly, HOME: dir } });
      await bot.waitForOutput(/"level":20/); // LOG_LEVEL=debug was read ("daily tips checked")
      // The day's automatic backup, written by the first run only, is done before the stop is asked for.
      if (run === 0) await bot.waitForOutput(/"msg":"automatic backup written"/);
      expect(await bot.stop(), bot.output()).toBe(0);
    }
    expect(existsSync(join(dir, "data", "classe.sqlite"))).toBe(true);
  }, 90_000);

  it("GIVEN several values wrong or missing THEN every problem is listed at once, one French line each, exit 1", async () => {
    await writeEnvFile({ DISCORD_GUILD_ID: "12", LOG_LEVEL: "beaucoup", SHARD_COUNT: "zéro" });
    for (const script of ["dist/index.js", "dist/shard.js", "dist/deploy-commands.js"]) {
      const result = await runNodeScript(script, bareEnv(), { cwd: dir });
      expect(result.code, script).toBe(1);
      const lines = result.stderr.trim().split("\n");
      const expected = ["DISCORD_TOKEN", "DISCORD_GUILD_ID", "LOG_LEVEL", "SHARD_COUNT"];
      if (script === "dist/deploy-commands.js") expected.splice(1, 0, "DISCORD_CLIENT_ID");
      expect(lines.map((line) => /^Configuration invalide : (\w+) — /.exec(line)?.[1]).sort(), script).toEqual(
        expected.sort(),
      );
      expect(lines.find((line) => line.includes("DISCORD_TOKEN"))).toMatch(
        /manquant.*Developer Portal → Bot → Reset Token/,
      );
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
  }, 60_000);
});
