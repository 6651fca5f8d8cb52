/**
 * A wedged store never shows "This interaction failed": the bot built in process (startBot), its quiz store's writes
 * held for 5 s, against the local Discord, which fails any interaction not acknowledged within 3 s.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { REST, Routes } from "discord.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningBot, startBot } from "../../src/app/bot.js";
import { parseConfig } from "../../src/app/config.js";
import { createLogger } from "../../src/app/logger.js";
import { stringsFor } from "../../src/content/strings.js";
import { StoreUnavailableError } from "../../src/store/store.js";
import { DEFAULT_IDS, type InteractionHandle, LocalDiscord, type MessageState } from "../discord-server/index.js";
import { botEnv, prepareStore } from "./harness.js";
import { expectNoViolations } from "./setup.js";

const STALL_MS = 5_000;
const DEFERRED_UPDATE_MESSAGE = 6;

describe("a store that stalls", () => {
  let discord: LocalDiscord;
  let dataDir: string;
  let bot: RunningBot;
  /** What the quiz store's next writes do: pass, or wait 5 s then pass or fail. */
  const stall = { mode: "none" as "none" | "then-write" | "then-fail" };

  beforeAll(async () => {
    discord = await LocalDiscord.start();
    dataDir = await mkdtemp(join(tmpdir(), "reso-wedged-"));
    const env = botEnv(discord, dataDir);
    // On a shared store server (RESO_E2E_STORE), this bot's database starts empty like an SQLite file would.
    await prepareStore(env.DATABASE_URL);
    bot = await startBot(parseConfig(env), createLogger({ level: "silent" }));
    await discord.waitForReady();
    const rest = new REST({ api: discord.apiUrl }).setToken(discord.token);
    const body = [...bot.context.commands.values()].map((command) => command.data.toJSON());
    await rest.put(Routes.applicationGuildCommands(discord.applicationId, DEFAULT_IDS.guildId), { body });
    // The namespace QuizService writes through (one Keyv per namespace, created once).
    const quizStore = bot.context.stores.namespace("quiz");
    const set = quizStore.set.bind(quizStore);
    quizStore.set = (async (key: string, value: unknown) => {
      const mode = stall.mode;
      if (mode !== "none") await new Promise((resolve) => setTimeout(resolve, STALL_MS));
      if (mode === "then-fail") throw new StoreUnavailableError("sqlite set", new Error("database is locked"));
      return set(key, value);
    }) as typeof quizStore.set;
  });

  afterAll(async () => {
    stall.mode = "none";
    await bot?.stop();
    await discord?.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  async function openQuiz(userId: string): Promise<MessageState> {
    const quiz = await discord.sendCommand({ name: "quiz", userId, options: [{ name: "nombre", value: 3 }] });
    await quiz.settled();
    const message = quiz.message();
    if (!message) throw new Error("no quiz message");
    return message;
  }

  /** Clicks the first option of the item shown (a button, or the first value of the "select all" menu). */
  function answer(message: MessageState, userId: string): Promise<InteractionHandle> {
    const shown = JSON.stringify(message.components);
    const button = /"custom_id":"(quiz:a:[^"]*)"/.exec(shown)?.[1];
    const menu = /"custom_id":"(quiz:m:[^"]*)"/.exec(shown)?.[1];
    const firstValue = /"value":"([^"]*)"/.exec(shown)?.[1];
    return button
      ? discord.clickButton({ customId: button, message, userId })
      : discord.selectMenu({ customId: String(menu), message, userId, values: [String(firstValue)] });
  }

  const typeOf = (call: { body: unknown }) => (call.body as { type?: number } | undefined)?.type;

  /** Waits for the interaction's next REST call after its acknowledgement (the write lands 5 s after the click). */
  async function secondCall(handle: InteractionHandle): Promise<void> {
    const deadline = Date.now() + STALL_MS + 5_000;
    while (handle.calls().length < 2 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    await handle.settled();
  }

  it("GIVEN an answer whose write takes 5 s THEN a deferUpdate within 3 s, then the result edited in", async () => {
    const userId = DEFAULT_IDS.studentIds[0];
    const message = await openQuiz(userId);
    stall.mode = "then-write";
    const clicked = await answer(message, userId);
    const acknowledged = await clicked.response(3_000);
    expect(typeOf(acknowledged)).toBe(DEFERRED_UPDATE_MESSAGE);
    await secondCall(clicked);
    stall.mode = "none";
    const edit = clicked.calls().find((call) => call.method === "PATCH" && call.path.endsWith("/messages/@original"));
    expect(edit?.status).toBe(200);
    // The message now shows the result, with its "Suivant" button.
    const shown = JSON.stringify(clicked.message()?.components);
    expect(shown).toContain("quiz:show:");
    expect((await bot.context.quiz.profile(DEFAULT_IDS.guildId, userId))?.answered).toBe(1);
    expectNoViolations(discord);
  }, 20_000);

  it("GIVEN an answer whose write fails after 5 s THEN a deferUpdate, a private message saying so, and the item still there to answer again", async () => {
    const userId = DEFAULT_IDS.studentIds[1];
    const message = await openQuiz(userId);
    stall.mode = "then-fail";
    const clicked = await answer(message, userId);
    expect(typeOf(await clicked.response(3_000))).toBe(DEFERRED_UPDATE_MESSAGE);
    await secondCall(clicked);
    stall.mode = "none";
    const [notice] = clicked.followUps();
    expect(notice?.content).toBe(stringsFor("fr").common.storeUnavailable);
    expect((notice?.flags ?? 0) & 64).toBe(64); // ephemeral
    expect(JSON.stringify(clicked.message()?.components)).toMatch(/quiz:[am]:/);
    expect((await bot.context.quiz.profile(DEFAULT_IDS.guildId, userId))?.answered).toBe(0);

    // Nothing lost: the same click, the store back, counts the answer once.
    const again = await answer(message, userId);
    await again.settled();
    expect((await bot.context.quiz.profile(DEFAULT_IDS.guildId, userId))?.answered).toBe(1);
    expectNoViolations(discord);
  }, 20_000);
});
