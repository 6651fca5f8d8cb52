import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { escapeMarkdown } from "discord.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { QuizItem } from "../../src/content/types.js";
import {
  allComponents,
  customIds,
  DEFAULT_IDS,
  defaultGuildFixture,
  getButton,
  type MessageState,
} from "../discord-server/index.js";
import { quizBank } from "../pack.js";
import { expectChartAttached } from "./charts.js";
import { startBot } from "./harness.js";
import { type Classroom, expectNoViolations, openClassroom } from "./setup.js";

const CLASS_SIZE = 50;
const students = Array.from(
  { length: CLASS_SIZE },
  (_, index) => `13100000000000${String(5000 + index).padStart(5, "0")}`,
);
const [ana, ben, chloe] = DEFAULT_IDS.studentIds;

let room: Classroom;

beforeAll(async () => {
  const guild = defaultGuildFixture();
  guild.members.push(...students.map((id, index) => ({ id, username: `eleve${index}`, globalName: `Élève ${index}` })));
  room = await openClassroom({ guilds: [guild] });
});

afterAll(async () => {
  await room?.close();
});

/** The bank item a quiz message shows, found by its prompt (the first paragraph of the embed). */
function itemOf(message: MessageState): QuizItem {
  const prompt = (message.embeds[0]?.description ?? "").split("\n")[0]?.replace(/\\([\\*_`~|>#\-[\]().])/g, "$1");
  const item = quizBank.find((candidate) => candidate.prompt === prompt);
  if (!item) throw new Error(`no bank item for prompt ${prompt}`);
  return item;
}

async function startQuiz(userId: string, options: { question?: number; count?: number } = {}): Promise<MessageState> {
  const handle = await room.discord.sendCommand({
    name: "quiz",
    userId,
    options: [
      ...(options.question ? [{ name: "question", value: options.question }] : []),
      ...(options.count ? [{ name: "nombre", value: options.count }] : []),
    ],
  });
  await handle.settled();
  const message = handle.message();
  if (!message) throw new Error("no quiz message");
  return message;
}

/** Answers the item on `message`, right or wrong, the way its component allows; returns the interaction. */
async function answer(message: MessageState, userId: string, right: boolean) {
  const item = itemOf(message);
  const ids = customIds(message);
  const select = ids.find((id) => id.startsWith("quiz:m:"));
  const wrong = item.options.find((option) => !item.correct.includes(option.id))?.id ?? "";
  if (select) {
    return room.discord.selectMenu({ customId: select, values: right ? [...item.correct] : [wrong], message, userId });
  }
  const choice = right ? item.correct[0] : wrong;
  const button = ids.find((id) => id.startsWith("quiz:a:") && id.endsWith(`:${choice}`));
  if (!button) throw new Error(`no button for ${choice} in ${ids.join(", ")}`);
  return room.discord.clickButton({ customId: button, message, userId });
}

/** The answers a quiz message offers, in the order shown: letter (by place), bank option id, and what to click. */
function optionsShown(message: MessageState): { letter: string; optionId: string; label: string; customId: string }[] {
  const menu = allComponents(message).find((component) => component.custom_id?.startsWith("quiz:m:"));
  const entries = menu
    ? (menu.options ?? []).map((option) => ({
        optionId: option.value,
        label: option.label,
        customId: menu.custom_id ?? "",
      }))
    : allComponents(message)
        .filter((component) => component.custom_id?.startsWith("quiz:a:"))
        .map((button) => ({
          optionId: button.custom_id?.split(":")[4] ?? "",
          label: button.label ?? "",
          customId: button.custom_id ?? "",
        }));
  return entries.map((entry, index) => ({ ...entry, letter: "ABCDE"[index] ?? "?" }));
}

/** Picks these options the way a member does: the menu entries, or the button carrying the option. */
async function pick(message: MessageState, userId: string, optionIds: readonly string[]) {
  const shown = optionsShown(message);
  const menu = shown.find((entry) => entry.customId.startsWith("quiz:m:"));
  if (menu) return room.discord.selectMenu({ customId: menu.customId, values: [...optionIds], message, userId });
  const button = shown.find((entry) => entry.optionId === optionIds[0]);
  if (!button) throw new Error(`no button for ${optionIds[0]}`);
  return room.discord.clickButton({ customId: button.customId, message, userId });
}

async function press(message: MessageState, label: string, userId: string): Promise<MessageState> {
  const handle = await room.discord.clickButton({
    customId: String(getButton(message, { label }).custom_id),
    message,
    userId,
  });
  await handle.settled();
  const next = handle.message();
  if (!next) throw new Error(`no answer to ${label}`);
  return next;
}

async function scoreOf(userId: string, target?: string): Promise<MessageState> {
  const handle = await room.discord.sendCommand({
    name: "score",
    userId,
    ...(target ? { options: [{ name: "membre", value: target }] } : {}),
  });
  await handle.settled();
  const message = handle.message();
  if (!message) throw new Error("no score");
  return message;
}

const field = (message: MessageState, name: string) =>
  message.embeds[0]?.fields?.find((candidate) => candidate.name === name)?.value;

describe("/quiz", () => {
  it("GIVEN a student THEN a private session of items, each explained, ends with a summary, and the score is stored", async () => {
    let message = await startQuiz(ana, { question: 1, count: 3 });
    expect(message.ephemeral).toBe(true);
    expect(message.embeds[0]?.title).toBe("Question 1/3");
    const rights = [true, false, true];
    for (const [index, right] of rights.entries()) {
      const handle = await answer(message, ana, right);
      await handle.settled();
      const result = handle.message();
      if (!result) throw new Error("no result");
      expect(result.embeds[0]?.title).toBe(right ? "✅ Bonne réponse !" : "❌ Pas tout à fait.");
      expect(field(result, "Pourquoi")).toBeTruthy();
      if (!right) expect(field(result, "La bonne réponse")).toBeTruthy();
      expect(customIds(result).some((id) => id.startsWith("cours:open:"))).toBe(true);
      message = await press(result, index === rights.length - 1 ? "Voir le bilan" : "Suivant", ana);
    }
    expect(message.embeds[0]?.title).toBe("Bilan de la session");
    expect(message.embeds[0]?.description).toContain("**2/3** bonnes réponses · +20 points");
    expect(getButton(message, { label: "Refaire mes 1 erreur" })).toBeTruthy();

    const retry = await press(message, "Refaire mes 1 erreur", ana);
    expect(retry.embeds[0]?.title).toBe("Question 1/1");

    const score = await scoreOf(ana);
    expect(field(score, "Points")).toBe("20");
    expect(field(score, "Réussite")).toBe("67 % (2/3)");
    expect(field(score, "Maîtrise par question")).toContain("Interactivité et engagement");
    expect(field(score, "À relire")).not.toContain("Rien pour l'instant");
    const scored = await room.discord.sendCommand({ name: "score", userId: ana });
    await scored.settled();
    await expectChartAttached(scored, /^progression-reso\.png$/, { width: 900, height: 760 });
    expectNoViolations(room.discord);
  });

  it("GIVEN the cited section button THEN it opens the section privately, as /cours does", async () => {
    const message = await startQuiz(ana, { question: 3, count: 1 });
    const handle = await answer(message, ana, true);
    await handle.settled();
    const result = handle.message() as MessageState;
    const open = customIds(result).find((id) => id.startsWith("cours:open:")) ?? "";
    const reread = await room.discord.clickButton({ customId: open, message: result, userId: ana });
    await reread.settled();
    expect(reread.message()?.ephemeral).toBe(true);
    expect(customIds(reread.message() as MessageState)).toContain("cours:toc");
    expectNoViolations(room.discord);
  });

  it("GIVEN a restart in the middle THEN the old message's buttons carry the session on", async () => {
    const first = await startQuiz(ben, { question: 2, count: 2 });
    const handle = await answer(first, ben, true);
    await handle.settled();
    const result = handle.message() as MessageState;
    await room.restart();
    const second = await press(result, "Suivant", ben);
    expect(second.embeds[0]?.title).toBe("Question 2/2");
    const last = await answer(second, ben, true);
    await last.settled();
    const summary = await press(last.message() as MessageState, "Voir le bilan", ben);
    expect(summary.embeds[0]?.description).toContain("**2/2**");
    expect(field(await scoreOf(ben), "Points")).toBe("20");
    expectNoViolations(room.discord);
  });

  it("GIVEN a double click THEN the answer scores once and says so", async () => {
    const message = await startQuiz(chloe, { question: 4, count: 1 });
    const [first, second] = await Promise.all([answer(message, chloe, true), answer(message, chloe, true)]);
    await Promise.all([first.settled(), second.settled()]);
    const contents = [first, second].map((handle) => JSON.stringify(handle.calls()[0]?.body));
    expect(contents.filter((content) => content.includes("déjà enregistrée"))).toHaveLength(1);
    expect(field(await scoreOf(chloe), "Points")).toBe("10");
    expectNoViolations(room.discord);
  });

  it("GIVEN fifty students answering at the same moment THEN all get their points, and the leaderboard counts them all", async () => {
    const messages = await Promise.all(students.map((id) => startQuiz(id, { question: 2, count: 1 })));
    const handles = await Promise.all(
      messages.map((message, index) => answer(message, students[index] as string, true)),
    );
    await Promise.all(handles.map((handle) => handle.settled(10_000)));
    for (const handle of handles) expect(handle.message()?.embeds[0]?.title).toBe("✅ Bonne réponse !");
    const scores = await Promise.all(students.map((id) => scoreOf(id)));
    for (const score of scores) expect(field(score, "Points")).toBe("10");

    const board = await room.discord.sendCommand({ name: "classement", userId: students[7] as string });
    await board.settled();
    const description = board.message()?.embeds[0]?.description ?? "";
    expect(description.split("\n").filter((line) => /pts$/.test(line))).toHaveLength(10);
    expect(description).toMatch(/^🥇 \*\*Léa\*\* — 30 pts\n🥈 \*\*Hugo\*\* — 20 pts\n🥉 \*\*.+\*\* — 10 pts\n🥉 /);
    // Léa (30) and Hugo (20) lead; Chloé and the fifty share rank 3 with 10 points each.
    expect(description).toContain("Vous : 3ᵉ sur 53, 10 pts.");
    expect(board.message()?.allowedMentions).toEqual({ parse: [] });
    expectNoViolations(room.discord);
  });

  it("GIVEN another member THEN /score shows only what the leaderboard shows", async () => {
    const other = await scoreOf(ben, ana);
    expect(other.embeds[0]?.fields?.map((entry) => entry.name)).toEqual(["Points", "Rang"]);
    expect(field(other, "Rang")).toBe("1er sur 53");
    const nobody = await scoreOf(ben, DEFAULT_IDS.teacherId);
    expect(nobody.content).toContain("n'a pas encore répondu");
  });

  it("GIVEN a restart while an item is on screen THEN its letters still name what they showed, and its buttons grade it", async () => {
    let message = await startQuiz(ben, { question: 3, count: 5 });
    let restarted = false;
    for (let position = 0; position < 5; position += 1) {
      const item = itemOf(message);
      const text = (optionId: string) =>
        escapeMarkdown(item.options.find((option) => option.id === optionId)?.text ?? "");
      // What the member reads before clicking: each option's letter, in the description and on its button.
      const shown = optionsShown(message);
      expect(shown.map((entry) => entry.optionId).sort()).toEqual(item.options.map((option) => option.id).sort());
      if (item.kind !== "truefalse") {
        for (const entry of shown) {
          expect(message.embeds[0]?.description).toContain(`**${entry.letter}.** ${text(entry.optionId)}`);
          expect(entry.label.startsWith(`${entry.letter}. `)).toBe(true);
        }
      }
      // Réso restarts while the first item whose order says something is on screen; it is answered wrong, by the
      // button a member would press, to see both the answer and the right one named after the restart.
      const restartHere = !restarted && item.kind !== "truefalse";
      if (restartHere) {
        await room.restart();
        restarted = true;
      }
      const wrong = item.options.find((option) => !item.correct.includes(option.id))?.id ?? "";
      const chosen = restartHere ? [wrong] : [...item.correct];
      const handle = await pick(message, ben, chosen);
      await handle.settled();
      const result = handle.message() as MessageState;
      expect(result.embeds[0]?.title).toBe(restartHere ? "❌ Pas tout à fait." : "✅ Bonne réponse !");
      const named = (ids: readonly string[]) =>
        shown
          .filter((entry) => ids.includes(entry.optionId))
          .map((entry) => `${entry.letter}. ${text(entry.optionId)}`)
          .join("\n");
      expect(field(result, "Votre réponse")).toBe(named(chosen));
      if (restartHere) expect(field(result, "La bonne réponse")).toBe(named(item.correct));
      message = await press(result, position === 4 ? "Voir le bilan" : "Suivant", ben);
    }
    expect(restarted).toBe(true);
    expect(message.embeds[0]?.description).toContain("**4/5**");
    expectNoViolations(room.discord);
  });

  it("GIVEN a session the store no longer knows THEN a clear message and a button to start again", async () => {
    const message = await startQuiz(ana, { question: 1, count: 1 });
    // A bot started on empty data has never heard of this session: it answers as for an expired one.
    await room.bot.stop();
    room.bot = await startBot({ discord: room.discord, dataDir: await mkdtemp(join(tmpdir(), "reso-empty-")) });
    const handle = await answer(message, ana, true);
    await handle.settled();
    expect(handle.message()?.content).toContain("a expiré");
    const restart = await press(handle.message() as MessageState, "Nouveau quiz", ana);
    expect(restart.embeds[0]?.title).toBe("Question 1/5");
    expectNoViolations(room.discord);
  });
});
