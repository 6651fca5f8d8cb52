/**
 * A class that brings its own course: the built bot, started with RESO_CONTENT_DIR on the mini pack (another
 * subject, one study question numbered 5), serves it through /cours, /quiz, /astuce, /lecon and /reponse, with
 * no trace of the social-networks course. And a broken pack stops Réso at start with check-content's lines.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseDocument, type YAMLMap, type YAMLSeq } from "yaml";
import { loadCoursePack } from "../../src/content/pack/load.js";
import {
  type CommandInput,
  customIds,
  DEFAULT_IDS,
  getButton,
  type InteractionHandle,
  LocalDiscord,
  type MessageState,
  messageText,
} from "../discord-server/index.js";
import { startBot } from "./harness.js";
import { type Classroom, expectNoViolations, openClassroom } from "./setup.js";

const MINI = join(import.meta.dirname, "../fixtures/pack-mini");
const mini = loadCoursePack(MINI);
const { guildId, teacherId } = DEFAULT_IDS;
const { general, annonces } = DEFAULT_IDS.channels;
const [student] = DEFAULT_IDS.studentIds;
/** Words of the shipped course that must not show up anywhere. */
const SHIPPED = /réseaux sociaux|communauté|viralité|specificites/i;

let room: Classroom;

beforeAll(async () => {
  room = await openClassroom({ env: { RESO_CONTENT_DIR: MINI } });
}, 60_000);

afterAll(async () => {
  await room?.close();
});

async function run(input: CommandInput): Promise<InteractionHandle> {
  const handle = await room.discord.sendCommand({ guildId, ...input });
  await handle.settled();
  return handle;
}

function shown(handle: InteractionHandle): MessageState {
  const message = handle.message();
  if (!message) throw new Error("no reply");
  return message;
}

describe("GIVEN RESO_CONTENT_DIR on another course", () => {
  it("THEN deploy-commands offers its study question, and only it, as the choice of /quiz, /reponse and /quiz-classe", () => {
    const registered = room.discord.registeredCommands().guilds[guildId] as {
      name: string;
      options?: { name: string; choices?: { name: string; value: number }[] }[];
    }[];
    for (const name of ["quiz", "reponse", "quiz-classe"]) {
      const question = registered.find((command) => command.name === name)?.options?.find((o) => o.name === "question");
      expect(question?.choices, name).toEqual([
        { name: "5. Comment l'eau de la mer devient-elle de la pluie ?", value: 5 },
      ]);
    }
  });

  it("THEN /cours shows its name and its two documents", async () => {
    const message = shown(await run({ name: "cours", userId: student, channelId: general }));
    expect(message.embeds[0]?.title).toBe("📚 Le cours : Le cycle de l'eau");
    expect(message.embeds[0]?.description).toMatch(/^2 documents à lire\./);
    expect(message.embeds[0]?.fields?.map((field) => field.name)).toEqual([
      "1. L'eau monte vers le ciel",
      "2. L'eau redescend sur la terre",
    ]);
    const section = shown(
      await run({
        name: "cours",
        userId: student,
        channelId: general,
        options: [
          { name: "document", value: "evaporation" },
          { name: "section", value: "evaporation/plantes" },
        ],
      }),
    );
    // The sub-heading and the "• " list of the Markdown file, as the course conventions render them.
    expect(section.embeds[0]?.description).toBe(
      "**La transpiration**\n\nLes plantes aussi rejettent de la vapeur d'eau par leurs feuilles.\n\n" +
        "• Un grand arbre peut rejeter des centaines de litres d'eau par jour.\n\n" +
        "• Cette vapeur rejoint celle des océans dans l'atmosphère.",
    );
    expectNoViolations(room.discord);
  });

  it("THEN /quiz asks its items under its question's short name, and the summary counts them", async () => {
    let message = shown(await run({ name: "quiz", userId: student, options: [{ name: "question", value: 5 }] }));
    const seen: string[] = [];
    for (let position = 0; position < 3; position++) {
      expect(message.embeds[0]?.author?.name).toBe("Le voyage de l'eau");
      const prompt = (message.embeds[0]?.description ?? "").split("\n")[0]?.replace(/\\/g, "") ?? "";
      const item = mini.quiz.find((candidate) => candidate.prompt === prompt);
      if (!item) throw new Error(`not an item of the mini pack: ${prompt}`);
      seen.push(item.id);
      const ids = customIds(message);
      const select = ids.find((id) => id.startsWith("quiz:m:"));
      const answered = select
        ? await room.discord.selectMenu({ customId: select, values: [...item.correct], message, userId: student })
        : await room.discord.clickButton({
            message,
            customId: ids.find((id) => id.endsWith(`:${item.correct[0]}`)) ?? "",
            userId: student,
          });
      await answered.settled();
      const result = shown(answered);
      expect(result.embeds[0]?.title).toBe("✅ Bonne réponse !");
      const next = getButton(result, { customIdPrefix: position < 2 ? "quiz:show:" : "quiz:end:" });
      const moved = await room.discord.clickButton({
        message: result,
        customId: next.custom_id ?? "",
        userId: student,
      });
      await moved.settled();
      message = shown(moved);
    }
    expect(seen.sort()).toEqual(["eau-01", "eau-02", "eau-03"]);
    expect(message.embeds[0]?.description).toContain("Le voyage de l'eau : 3/3");
    const score = shown(await run({ name: "score", userId: student }));
    // Mastery needs box 3 (several days of right answers): the line is there, under the pack's short name.
    expect(messageText(score)).toMatch(/\d+ % — Le voyage de l'eau/);
    expect(messageText(score)).not.toMatch(SHIPPED);
    expectNoViolations(room.discord);
  });

  it("THEN /astuce gives one of its tips", async () => {
    const message = shown(await run({ name: "astuce", userId: student, channelId: general }));
    expect(mini.tips.map((tip) => tip.title)).toContain(message.embeds[0]?.title);
    expectNoViolations(room.discord);
  });

  it("THEN /lecon posts one of its sections, and its practice quizzes on the items citing it", async () => {
    const posted = await run({
      name: "lecon",
      userId: teacherId,
      channelId: general,
      options: [
        { name: "document", value: "pluie" },
        { name: "section", value: "pluie/nuages" },
        { name: "salon", value: annonces },
      ],
    });
    expect(messageText(shown(posted))).toContain(`<#${annonces}>`);
    const lesson = room.discord.channelMessages(annonces).at(-1) as MessageState;
    expect(lesson.embeds[0]?.title).toContain("Les nuages se forment");
    const train = getButton(lesson, { customIdPrefix: "lecon:train:" });
    const practice = await room.discord.clickButton({
      message: lesson,
      customId: train.custom_id ?? "",
      userId: student,
    });
    await practice.settled();
    const prompt = (shown(practice).embeds[0]?.description ?? "").replace(/\\/g, "");
    expect(prompt).toContain("Les nuages sont faits de fines gouttelettes d'eau.");
    expectNoViolations(room.discord);
  });

  it("THEN /reponse grades an answer against its rubric", async () => {
    const command = await run({ name: "reponse", userId: student, options: [{ name: "question", value: 5 }] });
    expect(command.modal()?.custom_id).toBe("reponse:submit:5");
    const submitted = await room.discord.submitModal({
      customId: "reponse:submit:5",
      userId: student,
      fields: {
        answer:
          "Le soleil chauffe la mer et l'eau s'évapore : elle devient de la vapeur qui monte. En haut il fait froid, " +
          "alors la vapeur se condense en gouttelettes qui forment les nuages. Quand elles sont trop lourdes, elles " +
          "tombent en pluie et l'eau retourne à la mer par les rivières.",
      },
    });
    await submitted.settled();
    const [grade, model] = shown(submitted).embeds;
    expect(grade?.title).toMatch(/^Question 5 : ([7-9]|10)\/10 \(bien\)$/);
    expect(grade?.fields?.[0]?.value).toContain("Le soleil chauffe l'eau, qui s'évapore");
    expect(model?.description).toContain("évaporation");
    expectNoViolations(room.discord);
  });
});

describe("GIVEN items removed from the course while a quiz session is open", () => {
  it("THEN after the restart the session skips them to its summary, and /score and /rapport keep the points", async () => {
    const dir = mkdtempSync(join(tmpdir(), "reso-edited-pack-"));
    cpSync(MINI, dir, { recursive: true });
    const edited = await openClassroom({ env: { RESO_CONTENT_DIR: dir } });
    try {
      const send = async (input: CommandInput) => {
        const handle = await edited.discord.sendCommand({ guildId, ...input });
        await handle.settled();
        return shown(handle);
      };
      const first = await send({ name: "quiz", userId: student, options: [{ name: "question", value: 5 }] });
      const prompt = (first.embeds[0]?.description ?? "").split("\n")[0]?.replace(/\\/g, "") ?? "";
      const kept = mini.quiz.find((item) => item.prompt === prompt);
      if (!kept) throw new Error(`unknown prompt ${prompt}`);
      const ids = customIds(first);
      const select = ids.find((id) => id.startsWith("quiz:m:"));
      const answered = select
        ? await edited.discord.selectMenu({
            customId: select,
            values: [...kept.correct],
            message: first,
            userId: student,
          })
        : await edited.discord.clickButton({
            message: first,
            customId: ids.find((id) => id.endsWith(`:${kept.correct[0]}`)) ?? "",
            userId: student,
          });
      await answered.settled();
      const result = shown(answered);

      // The teacher deletes the two other items, then restarts Réso.
      const file = join(dir, "quiz/question-5.yaml");
      const document = parseDocument(readFileSync(file, "utf8"));
      const items = document.get("items") as YAMLSeq<YAMLMap>;
      items.items = items.items.filter((item) => item.get("id") === kept.id);
      writeFileSync(file, document.toString());
      await edited.restart();

      const next = getButton(result, { customIdPrefix: "quiz:show:" });
      const moved = await edited.discord.clickButton({
        message: result,
        customId: next.custom_id ?? "",
        userId: student,
      });
      await moved.settled();
      const summary = shown(moved);
      expect(summary.embeds[0]?.title).toBe("Bilan de la session");
      expect(summary.embeds[0]?.description).toContain("Le voyage de l'eau : 1/1");
      expect(customIds(summary).some((id) => id.startsWith("quiz:retry:"))).toBe(false);

      const score = await send({ name: "score", userId: student });
      expect(score.embeds[0]?.fields?.find((field) => field.name === "Points")?.value).toBe("10");
      const report = await send({ name: "rapport", userId: teacherId, channelId: general });
      expect(messageText(report)).toContain("Léa");
      expectNoViolations(edited.discord);
    } finally {
      await edited.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("GIVEN a broken pack", () => {
  it("THEN Réso prints check-content's lines and exits 1 before connecting", async () => {
    const dir = mkdtempSync(join(tmpdir(), "reso-broken-pack-"));
    cpSync(MINI, dir, { recursive: true });
    const quiz = join(dir, "quiz/question-5.yaml");
    writeFileSync(quiz, readFileSync(quiz, "utf8").replace("correct: [ b ]", "correct: [ z ]"));
    const discord = await LocalDiscord.start();
    try {
      await expect(startBot({ discord, env: { RESO_CONTENT_DIR: dir }, readyTimeoutMs: 10_000 })).rejects.toThrow(
        `${quiz}:21:16: la bonne réponse « z » ne nomme aucune option (options : « a », « b », « c »)`,
      );
      expect(discord.identifiedIntents).toBeUndefined();
    } finally {
      await discord.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
