/**
 * The bot built in this process by `startBot` (the composition root), not spawned from dist/: what a test of
 * the wiring itself needs (the context's services are real objects one can look at), against the local Discord.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { REST, Routes } from "discord.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningBot, startBot } from "../../src/app/bot.js";
import { parseConfig } from "../../src/app/config.js";
import { createLogger } from "../../src/app/logger.js";
import { DEFAULT_IDS, LocalDiscord } from "../discord-server/index.js";
import { botEnv } from "./harness.js";
import { expectNoViolations } from "./setup.js";

describe("startBot in process", () => {
  let discord: LocalDiscord;
  let dataDir: string;
  let bot: RunningBot;

  beforeAll(async () => {
    discord = await LocalDiscord.start();
    dataDir = await mkdtemp(join(tmpdir(), "reso-in-process-"));
    bot = await startBot(parseConfig(botEnv(discord, dataDir)), createLogger({ level: "silent" }));
    await discord.waitForReady();
    // What `npm run deploy-commands` registers: every command the bot loaded.
    const rest = new REST({ api: discord.apiUrl }).setToken(discord.token);
    const body = [...bot.context.commands.values()].map((command) => command.data.toJSON());
    await rest.put(Routes.applicationGuildCommands(discord.applicationId, DEFAULT_IDS.guildId), { body });
  });

  afterAll(async () => {
    await bot?.stop();
    await discord?.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it("GIVEN the built bot THEN its context holds every service once, and a private quiz is served and answered", async () => {
    const { context } = bot;
    expect([...context.commands.keys()].sort()).toEqual([
      "aide",
      "astuce",
      "classement",
      "config",
      "cours",
      "lecon",
      "mes-donnees",
      "quiz",
      "quiz-classe",
      "rappels",
      "rapport",
      "reponse",
      "score",
    ]);
    expect(context.router).toBeDefined();
    const userId = DEFAULT_IDS.studentIds[0];
    const quiz = await discord.sendCommand({ name: "quiz", userId });
    await quiz.settled();
    const message = quiz.message();
    if (!message) throw new Error("no quiz message");
    // The answer goes through the one answer path: the profile in the store counts it.
    const shown = JSON.stringify(message.components);
    const button = /"custom_id":"(quiz:a:[^"]*)"/.exec(shown)?.[1];
    const menu = /"custom_id":"(quiz:m:[^"]*)"/.exec(shown)?.[1];
    const firstValue = /"value":"([^"]*)"/.exec(shown)?.[1];
    const answered = button
      ? await discord.clickButton({ customId: button, message, userId })
      : await discord.selectMenu({ customId: String(menu), message, userId, values: [String(firstValue)] });
    await answered.settled();
    const profile = await context.quiz.profile(DEFAULT_IDS.guildId, userId);
    expect(profile?.answered).toBe(1);
    expectNoViolations(discord);
  });

  it("GIVEN /astuce THEN the daily tips built by startBot answer it", async () => {
    const handle = await discord.sendCommand({ name: "astuce", userId: DEFAULT_IDS.studentIds[1] });
    await handle.settled();
    expect(handle.message()?.embeds.length ?? 0).toBeGreaterThan(0);
    expectNoViolations(discord);
  });
});
