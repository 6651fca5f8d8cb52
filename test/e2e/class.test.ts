/**
 * Class features end to end, the bot as `npm start` runs it against the local Discord test server:
 * `/lecon` in another channel and its practice button, a live `/quiz-classe` round with several students,
 * a restart during a round, and `/rapport` with its CSV and the new-term reset.
 */
import { rm } from "node:fs/promises";
import { escapeMarkdown } from "discord.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { QuizItem } from "../../src/content/types.js";
import {
  allComponents,
  type CommandInput,
  customIds,
  DEFAULT_IDS,
  getButton,
  type InteractionHandle,
  type LocalDiscord,
  type MessageState,
  messageText,
  Permissions,
} from "../discord-server/index.js";
import { quizBank } from "../pack.js";
import { expectChartAttached } from "./charts.js";
import { type Classroom, expectNoViolations, openClassroom } from "./setup.js";

const { guildId, teacherId } = DEFAULT_IDS;
const { general, annonces } = DEFAULT_IDS.channels;
const [lea, hugo, ines] = DEFAULT_IDS.studentIds;

let classroom: Classroom;
let discord: LocalDiscord;

beforeAll(async () => {
  classroom = await openClassroom();
  discord = classroom.discord;
}, 60_000);

afterAll(async () => {
  await classroom?.close();
  if (classroom) await rm(classroom.dataDir, { recursive: true, force: true });
});

async function run(input: CommandInput): Promise<InteractionHandle> {
  const handle = await discord.sendCommand({ guildId, ...input });
  await handle.settled();
  return handle;
}

async function click(message: MessageState, customId: string, userId: string): Promise<InteractionHandle> {
  const handle = await discord.clickButton({ message, customId, userId });
  await handle.settled();
  return handle;
}

/** What the clicker read back: the ephemeral reply of a button or command. */
function reply(handle: InteractionHandle): string {
  const message = handle.message();
  if (!message) throw new Error("no reply");
  return messageText(message);
}

async function waitFor<T>(find: () => T | undefined | false, what: string, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = find();
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The bank item a live message shows, from its footer "Réf. q1-03 · …". */
function itemShown(message: MessageState): QuizItem {
  const id = /Réf\. (\S+)/.exec(message.embeds[0]?.footer?.text ?? "")?.[1];
  const item = quizBank.find((candidate) => candidate.id === id);
  if (!item) throw new Error(`no item reference in ${JSON.stringify(message.embeds[0]?.footer)}`);
  return item;
}

const wrongOf = (item: QuizItem, skip?: string) =>
  item.options.find((option) => !item.correct.includes(option.id) && option.id !== skip) ??
  item.options.find((option) => !item.correct.includes(option.id));

/** Option id → its letter on a live item message: its place among the answer buttons, or the menu's entries. */
function lettersOf(message: MessageState): Record<string, string> {
  const menu = allComponents(message).find((component) => component.custom_id?.startsWith("quiz-classe:m:"));
  const ids = menu
    ? (menu.options ?? []).map((option) => option.value)
    : customIds(message)
        .filter((id) => id.startsWith("quiz-classe:a:"))
        .map((id) => id.split(":")[4] ?? "");
  return Object.fromEntries(ids.map((id, index) => [id, "ABCDE"[index] ?? "?"]));
}

const optionText = (item: QuizItem, id: string) => item.options.find((option) => option.id === id)?.text ?? "";

/** A student's answer on a live item message: buttons, or the select menu of a "tick all" item. */
async function answerLive(message: MessageState, userId: string, chosen: readonly string[]): Promise<string> {
  const menu = customIds(message).find((id) => id.startsWith("quiz-classe:m:"));
  const handle = menu
    ? await discord.selectMenu({ message, customId: menu, userId, values: [...chosen] })
    : await discord.clickButton({
        message,
        userId,
        customId:
          customIds(message).find((id) => id.startsWith("quiz-classe:a:") && id.endsWith(`:${chosen[0]}`)) ?? "",
      });
  await handle.settled();
  const ack = handle.message();
  expect(ack?.ephemeral).toBe(true);
  return messageText(ack as MessageState);
}

function liveItems(channelId: string, position: number): MessageState[] {
  return discord
    .channelMessages(channelId)
    .filter((message) => message.embeds[0]?.author?.name?.includes(`Question ${position}/`));
}

async function points(userId: string): Promise<number> {
  const handle = await run({ name: "score", userId, channelId: general });
  const field = handle.message()?.embeds[0]?.fields?.find((entry) => entry.name === "Points");
  return Number(field?.value ?? 0);
}

describe("/lecon", () => {
  it("GIVEN a section posted in another channel THEN it is there whole, and its button starts a private quiz", async () => {
    const choices = await discord.sendAutocomplete({
      guildId,
      name: "lecon",
      userId: teacherId,
      channelId: general,
      options: [
        { name: "document", value: "specificites" },
        { name: "section", value: "proximite", focused: true },
      ],
    });
    await choices.settled();
    expect(choices.autocompleteChoices()?.map((choice) => choice.value)).toContain("specificites/proximite-reactivite");

    const posted = await run({
      name: "lecon",
      userId: teacherId,
      channelId: general,
      options: [
        { name: "document", value: "specificites" },
        { name: "section", value: "specificites/proximite-reactivite" },
        { name: "salon", value: annonces },
      ],
    });
    expect(posted.message()?.ephemeral).toBe(true);
    expect(reply(posted)).toContain(`<#${annonces}>`);
    const lesson = discord.channelMessages(annonces);
    expect(lesson.length).toBeGreaterThanOrEqual(1);
    expect(lesson[0]?.embeds[0]?.title).toMatch(/proximité|réactivité/i);
    expect(discord.channelMessages(general)).toEqual([]);
    const last = lesson.at(-1) as MessageState;
    const train = getButton(last, { customIdPrefix: "lecon:train:" });

    const practice = await click(last, train.custom_id ?? "", lea);
    const quizMessage = practice.message() as MessageState;
    expect(quizMessage.ephemeral).toBe(true);
    const answer = customIds(quizMessage).find((id) => id.startsWith("quiz:"));
    expect(answer).toBeDefined();
    // The prompt as shown, without the backslashes of Discord markdown escaping.
    const prompt = (quizMessage.embeds[0]?.description ?? "").replace(/\\/g, "");
    const item = quizBank.find((candidate) => prompt.includes(candidate.prompt));
    expect(item?.sources).toContain("specificites/proximite-reactivite");
    expect(last.allowedMentions).toEqual({ parse: [] });
    expectNoViolations(discord);
  });

  it("GIVEN Réso lacks a permission in the channel THEN it says which one and posts nothing", async () => {
    discord.setChannelBotPermissions(guildId, annonces, Permissions.ViewChannel | Permissions.SendMessages);
    await sleep(200);
    const before = discord.channelMessages(annonces).length;
    const refused = await run({
      name: "lecon",
      userId: teacherId,
      channelId: general,
      options: [
        { name: "document", value: "specificites" },
        { name: "section", value: "specificites/proximite-reactivite" },
        { name: "salon", value: annonces },
      ],
    });
    expect(reply(refused)).toContain("« Intégrer des liens »");
    expect(discord.channelMessages(annonces)).toHaveLength(before);
    discord.setChannelBotPermissions(guildId, annonces, undefined);
    await sleep(200);
  });
});

describe("/quiz-classe", () => {
  it("GIVEN a live round THEN last answers count, late ones are refused, results are shown and scored", async () => {
    const started = await run({
      name: "quiz-classe",
      userId: teacherId,
      channelId: general,
      options: [
        { name: "nombre", value: 2 },
        { name: "secondes", value: 10 },
      ],
    });
    expect(reply(started)).toContain("Manche lancée");
    const first = await waitFor(() => liveItems(general, 1)[0], "the first item");
    expect(first.ephemeral).toBe(false);
    expect(messageText(first)).toMatch(/<t:\d+:R>/);
    const item = itemShown(first);
    const right = [...item.correct];
    const inesWrong = wrongOf(item)?.id ?? "";
    const leaWrong = wrongOf(item, inesWrong)?.id ?? "";
    // The letter of each option on the message: its place among the answer buttons (or menu entries).
    const letters = lettersOf(first);
    expect(Object.keys(letters).sort()).toEqual(item.options.map((option) => option.id).sort());

    expect(await answerLive(first, lea, [leaWrong])).toContain("Réponse enregistrée");
    const hugoReceipt = await answerLive(first, hugo, right);
    expect(hugoReceipt).toContain("Réponse enregistrée");
    for (const id of right)
      expect(hugoReceipt).toContain(`**${letters[id]}.** ${escapeMarkdown(optionText(item, id))}`);
    expect(await answerLive(first, lea, right)).toContain("Réponse modifiée");
    expect(await answerLive(first, ines, [inesWrong])).toContain("Réponse enregistrée");

    // A student clicking the stop control: Discord lets anyone click, Réso refuses.
    const stopId = customIds(first).find((id) => id.startsWith("quiz-classe:stop:")) ?? "";
    const refused = await click(first, stopId, ines);
    expect(reply(refused)).toContain("Seuls les modérateurs");
    expect(discord.message(first.id)?.editedAt).toBeUndefined();

    // Hold the results edit a moment (a rate limit), as a student's phone still showing the buttons would.
    discord.failNext(new RegExp(`PATCH /channels/${general}/messages/${first.id}`), { status: 429, retryAfter: 2 });
    const closesAt = Number(/<t:(\d+):R>/.exec(messageText(first))?.[1]) * 1000;
    await sleep(Math.max(0, closesAt - Date.now()) + 400);
    expect(await answerLive(first, ines, right)).toContain("Trop tard");

    const closed = await waitFor(
      () => discord.message(first.id)?.embeds[0]?.title?.includes("résultats") && discord.message(first.id),
      "the results of item 1",
    );
    const results = messageText(closed);
    expect(results).toContain("**3** réponses · **2** justes");
    expect(results).toContain("Bonne réponse la plus rapide : **Hugo**");
    // The results letter each option as the class saw it (one order for everyone), with its votes.
    const lines = (closed.embeds[0]?.description ?? "").split("\n");
    for (const option of item.options) {
      const line = lines.find((text) => text.includes(`.** ${escapeMarkdown(option.text)} — `)) ?? "";
      const expected = item.correct.includes(option.id) ? 2 : option.id === inesWrong ? 1 : 0;
      expect(line).toContain(`— ${expected} vote`);
      const letter = /\*\*([A-E])\.\*\*/.exec(line)?.[1];
      expect(letter).toBe(letters[option.id]);
    }
    expect(customIds(closed).some((id) => id.startsWith("quiz-classe:"))).toBe(false);

    // Item 2: Hugo answers, then the teacher stops the round early.
    const second = await waitFor(() => liveItems(general, 2)[0], "the second item");
    await answerLive(second, hugo, [...itemShown(second).correct]);
    const stopped = await click(
      second,
      customIds(second).find((id) => id.startsWith("quiz-classe:stop:")) ?? "",
      teacherId,
    );
    expect(reply(stopped)).toContain("Manche arrêtée");
    expect(discord.message(second.id)?.embeds[0]?.title).toContain("résultats");
    const podium = await waitFor(
      () => discord.channelMessages(general).find((message) => message.embeds[0]?.title?.includes("Podium")),
      "the podium",
    );
    const podiumText = messageText(podium);
    expect(podiumText).toContain("arrêtée plus tôt par un modérateur");
    const hugoPoints = Number(/\*\*Hugo\*\* — (\d+) pts/.exec(podiumText)?.[1]);
    const leaPoints = Number(/\*\*Léa\*\* — (\d+) pts/.exec(podiumText)?.[1]);
    expect(podiumText.indexOf("Hugo")).toBeLessThan(podiumText.indexOf("Léa"));
    expect(hugoPoints).toBeGreaterThanOrEqual(22);
    expect(leaPoints).toBeGreaterThanOrEqual(11);
    expect(podiumText).not.toContain("Inès");

    // The same scores as /quiz.
    expect(await points(hugo)).toBe(hugoPoints);
    expect(await points(lea)).toBe(leaPoints);
    expectNoViolations(discord);
  });

  it("GIVEN Réso restarts during a round THEN the open item closes with its answers and the round is reported", async () => {
    const before = await points(lea);
    await run({
      name: "quiz-classe",
      userId: teacherId,
      channelId: annonces,
      options: [
        { name: "nombre", value: 3 },
        { name: "secondes", value: 60 },
      ],
    });
    const first = await waitFor(() => liveItems(annonces, 1)[0], "the first item");
    await answerLive(first, lea, [...itemShown(first).correct]);

    await classroom.restart();

    const closed = await waitFor(
      () => discord.message(first.id)?.embeds[0]?.title?.includes("résultats") && discord.message(first.id),
      "the results after the restart",
    );
    expect(messageText(closed)).toContain("**1** réponse · **1** juste");
    const podium = await waitFor(
      () => discord.channelMessages(annonces).find((message) => message.embeds[0]?.title?.includes("Podium")),
      "the podium after the restart",
    );
    expect(messageText(podium)).toContain("redémarrage");
    expect(messageText(podium)).toMatch(/\*\*Léa\*\* — 1[1-5] pts \(1\/1\)/);
    expect(liveItems(annonces, 2)).toEqual([]);
    expect(await points(lea)).toBeGreaterThanOrEqual(before + 11);
    expectNoViolations(discord);
  });
});

describe("/rapport", () => {
  it("GIVEN the class's activity THEN a private report with a CSV; a new term keeps the learning history", async () => {
    const report = await run({ name: "rapport", userId: teacherId, channelId: general });
    const message = report.message() as MessageState;
    expect(message.ephemeral).toBe(true);
    const text = messageText(message);
    expect(text).toContain("Participation");
    expect(text).toMatch(/\*\*3\*\* membres ont répondu/);
    expect(text).toContain("**2** manches en classe");
    expect(text).toContain("Maîtrise moyenne par question");
    expect(text).toContain("Les questions les plus manquées");
    expect(text).toMatch(/🥇 \*\*Hugo\*\*|🥇 \*\*Léa\*\*/);

    const csv = message.attachments[0];
    expect(csv?.filename).toMatch(/^rapport-reso-\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = csv?.data ?? Buffer.alloc(0);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = bytes.toString("utf8").slice(1).trim().split("\r\n");
    expect(rows[0]).toMatch(/^Membre;Points \(trimestre\);Rang;/);
    expect(rows).toHaveLength(4);
    const hugoRow = rows.find((row) => row.endsWith(`;${hugo}`));
    expect(hugoRow?.split(";")[1]).toBe(String(await points(hugo)));
    await expectChartAttached(report, /^rapport-reso-\d{4}-\d{2}-\d{2}\.png$/, { width: 1200, height: 900 });
    // The picture is added beside the CSV, which stays.
    expect(report.message()?.attachments.map((attachment) => attachment.filename.slice(-4))).toEqual([".csv", ".png"]);

    const newTerm = await click(
      message,
      customIds(message).find((id) => id.startsWith("rapport:term:")) ?? "",
      teacherId,
    );
    const question = newTerm.message() as MessageState;
    expect(messageText(question)).toContain("Remettre le classement à zéro");
    const confirmId = customIds(question).find((id) => id.startsWith("rapport:term-ok:")) ?? "";
    const confirmed = await click(question, confirmId, teacherId);
    expect(reply(confirmed)).toContain("Nouveau trimestre");

    const board = await run({ name: "classement", userId: lea, channelId: general });
    expect(reply(board)).toContain("Personne n'a encore marqué de points");
    const after = messageText(
      (await run({ name: "rapport", userId: teacherId, channelId: general })).message() as MessageState,
    );
    // Learning history kept: participation and mastery are unchanged by the new term.
    expect(after).toMatch(/\*\*3\*\* membres ont répondu/);
    expect(after).toContain("Personne n'a encore de points ce trimestre");
    expectNoViolations(discord);
  });
});
