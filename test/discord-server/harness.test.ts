import { afterEach, describe, expect, it } from "vitest";
import { runNodeScript, startBot, stopAllBots } from "../e2e/harness.js";
import { LocalDiscord } from "./index.js";

const ENTRY = "test/discord-server/fixture-bot.mjs";

describe("e2e harness", () => {
  let discord: LocalDiscord | undefined;
  afterEach(async () => {
    await stopAllBots();
    await discord?.close();
    discord = undefined;
  });

  it("starts a bot process with a clean environment, talks to it and stops it", async () => {
    discord = await LocalDiscord.start();
    const bot = await startBot({
      discord,
      entry: ENTRY,
      env: { RESO_TEST_GREETING: "à tous", LOG_LEVEL: "" },
    });
    const envLine = bot
      .output()
      .split("\n")
      .map((line) =>
        line.startsWith("{") ? (JSON.parse(line) as { msg: string; keys?: string[]; cwd?: string }) : null,
      )
      .find((line) => line?.msg === "env");
    expect(envLine?.keys).toEqual(
      [
        "DATABASE_URL",
        "DISCORD_API_URL",
        "DISCORD_CLIENT_ID",
        "DISCORD_TOKEN",
        "HOME",
        "NODE_ENV",
        "PATH",
        "RESO_TEST_GREETING",
      ].sort(),
    );
    expect(envLine?.cwd).toBe(bot.dataDir);

    const handle = await discord.sendCommand({ name: "ping" });
    await handle.settled();
    expect(handle.message()?.content).toBe("pong à tous");
    expect(await bot.stop()).toBe(0);
    expect(bot.output()).toContain('"msg":"shutting down"');
  });

  it("rejects with the output when the bot exits before ready", async () => {
    discord = await LocalDiscord.start();
    await expect(startBot({ discord, entry: ENTRY, env: { DISCORD_TOKEN: "mauvais" } })).rejects.toThrow(
      /exited .* before a JSON log line/,
    );
  });

  it("runs a script to completion", async () => {
    const result = await runNodeScript(ENTRY, { PATH: process.env.PATH ?? "" }, { timeoutMs: 10_000 });
    expect(result.code).not.toBe(0);
    expect(result.stdout).toContain('"msg":"env"');
  });
});
