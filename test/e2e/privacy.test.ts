/**
 * A member's data end to end (RGPD), the bot as `npm start` runs it against the local Discord test server:
 * `/mes-donnees` (summary, JSON file, erasure after a confirmation, double click, expired question) and a
 * moderator erasing a member from `/rapport`, by Discord's picker or by name for a pupil who left.
 */
import { rm } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { customId } from "../../src/discord/customId.js";
import {
  customIds,
  DEFAULT_IDS,
  defaultGuildFixture,
  type InteractionHandle,
  type LocalDiscord,
  type MessageState,
  messageText,
} from "../discord-server/index.js";
import { type Classroom, expectNoViolations, openClassroom } from "./setup.js";

const { guildId, teacherId } = DEFAULT_IDS;
const { general } = DEFAULT_IDS.channels;
const [lea, hugo, ines] = DEFAULT_IDS.studentIds;
/** Found by the name the report's CSV gives, as a pupil who left (whom Discord's picker no longer lists) would be. */
const zoe = "1310000000000000499";

let classroom: Classroom;
let discord: LocalDiscord;

beforeAll(async () => {
  const guild = defaultGuildFixture();
  guild.members.push({ id: zoe, username: "zoe.martin", globalName: "Zoé" });
  classroom = await openClassroom({ guilds: [guild] });
  discord = classroom.discord;
  for (const [student, text] of [
    [lea, "Les internautes réagissent vite : il faut répondre rapidement et avec respect sur les réseaux sociaux."],
    [hugo, "Une communauté se fait animer par un community manager qui répond aux internautes chaque jour."],
    [ines, "Les réseaux sociaux permettent de partager, commenter et aimer des contenus avec ses amis."],
    [zoe, "Le community manager anime la communauté et répond aux commentaires des internautes."],
  ] as const) {
    await write(student, text);
  }
}, 90_000);

afterAll(async () => {
  await classroom?.close();
  if (classroom) await rm(classroom.dataDir, { recursive: true, force: true });
});

async function write(userId: string, text: string): Promise<void> {
  const command = await discord.sendCommand({
    guildId,
    name: "reponse",
    userId,
    options: [{ name: "question", value: 1 }],
  });
  await command.settled();
  const submitted = await discord.submitModal({
    guildId,
    customId: "reponse:submit:1",
    userId,
    fields: { answer: text },
  });
  await submitted.settled();
}

async function run(name: string, userId: string): Promise<MessageState> {
  const handle = await discord.sendCommand({ guildId, name, userId, channelId: general });
  await handle.settled();
  return shown(handle);
}

async function click(message: MessageState, id: string, userId: string, memberPermissions?: bigint) {
  const handle = await discord.clickButton({
    message,
    customId: id,
    userId,
    ...(memberPermissions === undefined ? {} : { memberPermissions }),
  });
  await handle.settled();
  return handle;
}

/** Two clicks on the same button at once; what each click's interaction ended up showing. */
async function doubleClick(message: MessageState, id: string, userId: string): Promise<string[]> {
  const handles = await Promise.all([1, 2].map(() => discord.clickButton({ message, customId: id, userId })));
  await Promise.all(handles.map((handle) => handle.settled()));
  // Each click is answered with a deferred update, then an edit of the question: the last call holds the text.
  return handles.map((handle) => {
    const last = handle.calls().at(-1)?.body as { content?: string; data?: { content?: string } } | undefined;
    return last?.content ?? last?.data?.content ?? "";
  });
}

function shown(handle: InteractionHandle): MessageState {
  const message = handle.message();
  if (!message) throw new Error("no reply");
  return message;
}

const idStartingWith = (message: MessageState, prefix: string) =>
  customIds(message).find((id) => id.startsWith(prefix)) ?? `(none starting with ${prefix})`;

/**
 * What a question left on screen looks like later: its button's stamp moved back in the simulated Discord's
 * stored message (the bot runs on the real clock, which a test cannot move).
 */
function leftOnScreen(message: MessageState, from: string, to: string): void {
  const stored = (
    discord as unknown as { state: { messages: Map<string, { components: unknown[] }> } }
  ).state.messages.get(message.id);
  if (!stored) throw new Error("no stored message");
  stored.components = JSON.parse(JSON.stringify(stored.components).replace(from, to));
}

async function csvIds(): Promise<string[]> {
  const report = await run("rapport", teacherId);
  const rows = (report.attachments[0]?.data ?? Buffer.alloc(0)).toString("utf8").trim().split("\r\n").slice(1);
  return rows.map((row) => row.split(";").at(-1) ?? "");
}

describe("/mes-donnees", () => {
  it("GIVEN a member THEN a private summary and the whole record as a JSON file; /aide lists the command", async () => {
    const handle = await discord.sendCommand({ guildId, name: "mes-donnees", userId: lea, channelId: general });
    await handle.settled();
    const message = shown(handle);
    expect(message.ephemeral).toBe(true);
    const text = messageText(message);
    expect(text).toContain("Vos données dans Réso");
    expect(text).toContain(`Identifiant Discord : \`${lea}\``);
    expect(text).toContain("Nom enregistré : **Léa**");
    expect(text).toContain("1 réponse gardée");

    const upload = handle.calls().find((call) => call.files.length > 0);
    expect(upload?.headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
    expect(upload?.files[0]).toMatchObject({ filename: "mes-donnees-reso.json", contentType: "application/json" });
    const file = message.attachments[0];
    expect(file?.filename).toBe("mes-donnees-reso.json");
    const data = JSON.parse(file?.data.toString("utf8") ?? "{}");
    expect(data).toMatchObject({ format: "reso-member-data/1", guildId, userId: lea, profile: { name: "Léa" } });
    expect(data.writtenAnswers[0].text).toContain("Les internautes réagissent vite");
    expect(file?.data.toString("utf8")).toContain('\n  "profile": {');

    const aide = await run("aide", ines);
    expect(messageText(aide)).toContain("/mes-donnees");
    expectNoViolations(discord);
  });

  it("GIVEN the erase button THEN a confirmation; confirming erases once, a second click and a new /mes-donnees find nothing", async () => {
    const summary = await run("mes-donnees", lea);
    const question = shown(await click(summary, "mes-donnees:erase", lea));
    expect(messageText(question)).toContain("Effacer toutes vos données");
    const confirmId = idStartingWith(question, "mes-donnees:erase-ok:");

    // A double click: both clicks reach Réso before the first answer removes the buttons.
    const answers = await doubleClick(question, confirmId, lea);
    expect(answers.sort()).toEqual([
      "Il n'y a rien à effacer : Réso ne garde aucune donnée sur vous ici (elles ont peut-être déjà été effacées).",
      "✅ Vos données ont été effacées : Réso ne garde plus rien sur vous sur ce serveur. Si vous utilisez de nouveau `/quiz` ou `/reponse`, un nouveau profil commencera.",
    ]);
    expect(messageText(await run("mes-donnees", lea))).toContain("Réso ne garde aucune donnée sur vous");
    // An old summary's button says so at once.
    expect(messageText(shown(await click(summary, "mes-donnees:erase", lea)))).toContain("Il n'y a rien à effacer");

    expect(await csvIds()).not.toContain(lea);
    expect(messageText(await run("classement", hugo))).not.toContain("Léa");
    expectNoViolations(discord);
  });

  it("GIVEN a confirmation left on screen for more than ten minutes, or cancelled THEN nothing is erased", async () => {
    const summary = await run("mes-donnees", hugo);
    const question = shown(await click(summary, "mes-donnees:erase", hugo));
    const stale = customId("mes-donnees", "erase-ok", (Date.now() - 11 * 60_000).toString(36));
    leftOnScreen(question, idStartingWith(question, "mes-donnees:erase-ok:"), stale);
    const expired = shown(await click(question, stale, hugo));
    expect(messageText(expired)).toContain("Cette confirmation a expiré (plus de 10 minutes) : rien n'a été effacé.");

    const fresh = shown(await click(summary, "mes-donnees:erase", hugo));
    const cancelled = shown(await click(fresh, "mes-donnees:erase-no", hugo));
    expect(messageText(cancelled)).toBe("Rien n'a été effacé.");
    expect(await csvIds()).toContain(hugo);
    expectNoViolations(discord);
  });
});

describe("/rapport: erasing a member's data", () => {
  it("GIVEN a clicker without Manage Server (removed since the report was opened) THEN refused, nothing erased", async () => {
    const report = await run("rapport", teacherId);
    const refused = shown(await click(report, "rapport:erase-member", teacherId, 0n));
    expect(messageText(refused)).toContain("Seuls les modérateurs");
    expect(await csvIds()).toContain(ines);
    expectNoViolations(discord);
  });

  it("GIVEN a member picked in Discord's list THEN a confirmation, then their data is gone from the report", async () => {
    const report = await run("rapport", teacherId);
    expect(idStartingWith(report, "rapport:erase-member")).toBe("rapport:erase-member");
    const picker = shown(await click(report, "rapport:erase-member", teacherId));
    expect(messageText(picker)).toContain("Effacer les données d'un membre");
    const picked = await discord.selectMenu({
      message: picker,
      customId: "rapport:erase-pick",
      values: [ines],
      userId: teacherId,
    });
    await picked.settled();
    const question = shown(picked);
    expect(messageText(question)).toContain("Effacer toutes les données de Inès");
    const confirmId = idStartingWith(question, `rapport:erase-member-ok:${ines}:`);

    // Every step checks again: without Manage Server any more, the confirmation is refused.
    const forged = shown(await click(question, confirmId, teacherId, 0n));
    expect(messageText(forged)).toContain("Seuls les modérateurs");

    const answers = await doubleClick(question, confirmId, teacherId);
    expect(answers.sort()).toEqual([
      "Rien à effacer : les données de ce membre ont déjà été effacées.",
      "✅ Les données de Inès ont été effacées : profil, réponses rédigées, place au classement. Les statistiques de la classe ont été mises à jour.",
    ]);
    expect(await csvIds()).not.toContain(ines);
    expectNoViolations(discord);
  });

  it("GIVEN a pupil who left, typed by name THEN found among the members Réso knows, and erased", async () => {
    const report = await run("rapport", teacherId);
    const picker = shown(await click(report, "rapport:erase-member", teacherId));
    const find = await click(picker, "rapport:erase-find", teacherId);
    expect(find.modal()?.custom_id).toBe("rapport:erase-search");

    const nobody = await discord.submitModal({
      guildId,
      customId: "rapport:erase-search",
      userId: teacherId,
      fields: { query: "Zorro" },
    });
    await nobody.settled();
    expect(messageText(shown(nobody))).toContain("aucun membre nommé « Zorro »");
    const unknownId = await discord.submitModal({
      guildId,
      customId: "rapport:erase-search",
      userId: teacherId,
      fields: { query: "1310000000000000777" },
    });
    await unknownId.settled();
    expect(messageText(shown(unknownId))).toContain("Réso ne garde aucune donnée sur 1310000000000000777");

    const found = await discord.submitModal({
      guildId,
      customId: "rapport:erase-search",
      userId: teacherId,
      fields: { query: "zoe" },
    });
    await found.settled();
    const question = shown(found);
    expect(messageText(question)).toContain(`Effacer toutes les données de Zoé** (\`${zoe}\`)`);
    const done = shown(await click(question, idStartingWith(question, `rapport:erase-member-ok:${zoe}:`), teacherId));
    expect(messageText(done)).toContain("Les données de Zoé ont été effacées");
    expect(await csvIds()).toEqual([hugo]);
    expectNoViolations(discord);
  });
});
