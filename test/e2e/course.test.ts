import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { unrenderCourseText } from "../../src/discord/markdown.js";
import { DEFAULT_IDS, getButton, LocalDiscord, type MessageState } from "../discord-server/index.js";
import { courseDocuments } from "../pack.js";
import { botEnv, ON_SQLITE, runNodeScript } from "./harness.js";
import { type Classroom, expectNoViolations, openClassroom } from "./setup.js";

const squash = (text: string) => text.replace(/\s+/g, " ").trim();
const GUILDS_INTENT = 1;

let room: Classroom;

beforeAll(async () => {
  room = await openClassroom();
});

afterAll(async () => {
  await room?.close();
});

async function open(section: string, document?: string) {
  const options = [...(document ? [{ name: "document", value: document }] : []), { name: "section", value: section }];
  const handle = await room.discord.sendCommand({ name: "cours", options });
  await handle.settled();
  const message = handle.message();
  if (!message) throw new Error(`no answer to /cours section:${section}`);
  return message;
}

async function click(message: MessageState, label: string): Promise<MessageState> {
  const button = getButton(message, { label });
  const handle = await room.discord.clickButton({ customId: String(button.custom_id), message });
  await handle.settled();
  const next = handle.message();
  if (!next) throw new Error(`no answer to ${label}`);
  return next;
}

/** Reads a section through the "next page" button, as a student would, and returns its whole text. */
async function readWholeSection(first: MessageState): Promise<string> {
  const pages = [first.embeds[0]?.description ?? ""];
  let message = first;
  while (true) {
    const next = message.components
      .flatMap((row) => row.components ?? [])
      .find((button) => button.label === "Page suivante");
    if (!next || next.disabled) break;
    message = await click(message, "Page suivante");
    pages.push(message.embeds[0]?.description ?? "");
  }
  return unrenderCourseText(pages.join("\n\n"));
}

describe("deploy and login", () => {
  it("GIVEN deploy-commands THEN one valid PUT registers every command on the class server, in French with English names", () => {
    const puts = room.discord.calls.filter((call) => call.method === "PUT");
    expect(puts).toHaveLength(1);
    const registered = room.discord.registeredCommands().guilds[DEFAULT_IDS.guildId] as {
      name: string;
      name_localizations?: Record<string, string>;
    }[];
    const names = registered.map((command) => command.name);
    expect(names).toEqual(expect.arrayContaining(["aide", "cours", "quiz", "score", "classement"]));
    expect(registered.find((command) => command.name === "cours")?.name_localizations?.["en-US"]).toBe("course");
    expectNoViolations(room.discord);
  });

  it("GIVEN the bot logged in THEN it asked for the Guilds intent only and never registers commands itself", () => {
    expect(room.discord.identifiedIntents).toBe(GUILDS_INTENT);
    expect(
      room.discord.calls.filter(
        (call) => call.method === "PUT" || (call.route.includes("/commands") && call.method === "POST"),
      ),
    ).toHaveLength(1);
  });
});

describe("/cours", () => {
  it("GIVEN no option THEN the private table of contents lists the five documents with a menu", async () => {
    const handle = await room.discord.sendCommand({ name: "cours" });
    await handle.settled();
    const message = handle.message();
    expect(message?.ephemeral).toBe(true);
    expect(message?.embeds[0]?.fields?.map((field) => field.name)).toEqual(
      courseDocuments.map((document, index) => `${index + 1}. ${document.title}`),
    );
    const menu = message?.components[0]?.components?.[0];
    expect(menu?.options?.map((option: { value: string }) => option.value)).toEqual(
      courseDocuments.map((document) => document.id),
    );
    expectNoViolations(room.discord);
  });

  it("GIVEN the menus THEN a document then a section opens", async () => {
    const toc = await room.discord.sendCommand({ name: "cours" });
    await toc.settled();
    const tocMessage = toc.message();
    if (!tocMessage) throw new Error("no table of contents");
    const documentChoice = await room.discord.selectMenu({
      customId: "cours:doc",
      values: ["like-love"],
      message: tocMessage,
    });
    await documentChoice.settled();
    const documentMessage = documentChoice.message();
    if (!documentMessage) throw new Error("no document view");
    expect(documentMessage.embeds[0]?.title).toBe(courseDocuments[3]?.title);
    const sectionChoice = await room.discord.selectMenu({
      customId: "cours:sec",
      values: ["like-love/commentaire"],
      message: documentMessage,
    });
    await sectionChoice.settled();
    expect(sectionChoice.message()?.embeds[0]?.title).toBe(courseDocuments[3]?.sections[3]?.title);
    expectNoViolations(room.discord);
  });

  it("GIVEN every section of every document THEN it opens privately and its pages hold its whole text", async () => {
    for (const document of courseDocuments) {
      for (const section of document.sections) {
        const message = await open(`${document.id}/${section.id}`);
        expect(message.ephemeral).toBe(true);
        expect(message.embeds[0]?.title).toBe(section.title);
        expect(squash(await readWholeSection(message))).toBe(squash(section.text));
      }
    }
    expectNoViolations(room.discord);
  });

  it("GIVEN the section buttons THEN they walk the course across documents, and pages go back", async () => {
    const last = courseDocuments[0]?.sections.at(-1);
    const nextDocument = courseDocuments[1];
    if (!last || !nextDocument) throw new Error("course too small");
    const message = await open(`specificites/${last.id}`);
    const next = await click(message, "Section suivante");
    expect(next.embeds[0]?.title).toBe(nextDocument.sections[0]?.title);
    const back = await click(next, "Section précédente");
    expect(back.embeds[0]?.title).toBe(last.title);

    const long = await open("medias-sociaux/facebook");
    expect(getButton(long, { label: "Page précédente" }).disabled).toBe(true);
    const second = await click(long, "Page suivante");
    expect(second.embeds[0]?.footer?.text).toMatch(/page 2\/\d/);
    const first = await click(second, "Page précédente");
    expect(first.embeds[0]?.description).toBe(long.embeds[0]?.description);

    const start = await open("specificites/travail-a-faire");
    expect(getButton(start, { label: "Section précédente" }).disabled).toBe(true);
    const contents = await click(start, "Sommaire");
    expect(contents.embeds[0]?.fields).toHaveLength(5);
    expectNoViolations(room.discord);
  });

  it("GIVEN a button from before a restart THEN it still works after it", async () => {
    const before = await open("communitip/dialogue");
    await room.restart();
    const after = await click(before, "Section suivante");
    expect(after.embeds[0]?.title).toBe(courseDocuments[4]?.sections[3]?.title);
    expectNoViolations(room.discord);
  });

  it("GIVEN autocomplete THEN documents and sections match without accents, sections filtered by document, 25 at most", async () => {
    const documents = await room.discord.sendAutocomplete({
      name: "cours",
      options: [{ name: "document", value: "specificites", focused: true }],
    });
    await documents.settled();
    expect(documents.autocompleteChoices()?.[0]?.value).toBe("specificites");

    const all = await room.discord.sendAutocomplete({
      name: "cours",
      options: [{ name: "section", value: "", focused: true }],
    });
    await all.settled();
    expect(all.autocompleteChoices()).toHaveLength(25);

    const filtered = await room.discord.sendAutocomplete({
      name: "cours",
      options: [
        { name: "document", value: "medias-sociaux" },
        { name: "section", value: "reactivite", focused: true },
      ],
    });
    await filtered.settled();
    for (const choice of filtered.autocompleteChoices() ?? [])
      expect(String(choice.value)).toMatch(/^medias-sociaux\//);

    const accents = await room.discord.sendAutocomplete({
      name: "cours",
      options: [{ name: "section", value: "REACTIVITE", focused: true }],
    });
    await accents.settled();
    expect(accents.autocompleteChoices()?.[0]?.value).toBe("specificites/proximite-reactivite");
    expectNoViolations(room.discord);
  });

  it("GIVEN a typed value that matches nothing THEN a private French message offers the closest sections", async () => {
    const typo = await open("facebok");
    expect(typo.content).toContain("Je ne trouve aucune section qui corresponde à « facebok »");
    expect(typo.content).toContain("Faut-il communiquer sur Facebook ?");
    expect(typo.components[0]?.components?.[0]?.custom_id).toBe("cours:sec");

    const nonsense = await open("zzqqxx");
    expect(nonsense.content).toContain("ouvrez le sommaire avec `/cours` sans option");
    const badDocument = await room.discord.sendCommand({
      name: "cours",
      options: [{ name: "document", value: "twiter" }],
    });
    await badDocument.settled();
    expect(badDocument.message()?.content).toMatch(/Je ne trouve aucun document.*twiter/s);
    expect(badDocument.message()?.ephemeral).toBe(true);
    expectNoViolations(room.discord);
  });

  it("GIVEN an English Discord THEN the interface speaks English and the course stays French", async () => {
    const handle = await room.discord.sendCommand({
      name: "cours",
      locale: "en-US",
      options: [{ name: "section", value: "communitip/attitude" }],
    });
    await handle.settled();
    const message = handle.message();
    expect(getButton(message as MessageState, { label: "Next section" })).toBeTruthy();
    expect(message?.embeds[0]?.description).toContain("Tout d’abord, par notre attitude.");
  });
});

describe("/aide and polite refusals", () => {
  it("GIVEN /aide THEN every command is listed, privately", async () => {
    const handle = await room.discord.sendCommand({ name: "aide" });
    await handle.settled();
    const text = JSON.stringify(handle.message()?.embeds);
    for (const name of ["/cours", "/aide", "/quiz", "/score", "/classement"]) expect(text).toContain(name);
    expect(handle.message()?.ephemeral).toBe(true);
  });

  it("GIVEN a guild-only command in DMs THEN a polite answer; /cours works there", async () => {
    const quiz = await room.discord.sendCommand({ name: "quiz", guildId: null });
    await quiz.settled();
    expect(quiz.message()?.content).toContain("ne fonctionne que sur un serveur");
    const course = await room.discord.sendCommand({ name: "cours", guildId: null });
    await course.settled();
    expect(course.message()?.embeds[0]?.fields).toHaveLength(5);
    expectNoViolations(room.discord);
  });

  it("GIVEN an unknown command or a stale button THEN a polite private answer", async () => {
    const unknown = await room.discord.sendCommand({ name: "ancienne-commande" });
    await unknown.settled();
    expect(unknown.message()?.content).toContain("Je ne connais pas cette commande");
    const message = await open("like-love/introduction");
    const stale = await room.discord.clickButton({
      customId: String(getButton(message, { label: "Sommaire" }).custom_id),
      message,
    });
    await stale.settled();
    expect(stale.message()?.embeds[0]?.fields).toHaveLength(5);
  });

  it("GIVEN Discord rejecting a reply THEN the user gets the French error message and the bot keeps serving", async () => {
    room.discord.failNext(/\/callback$/, { status: 400, body: { message: "Invalid Form Body", code: 50035 } });
    const failing = await room.discord.sendCommand({ name: "aide" });
    await failing.settled();
    expect(failing.message()?.content).toContain("Oups, quelque chose s'est mal passé");
    expect(room.bot.output()).toContain('"msg":"interaction failed"');
    const next = await room.discord.sendCommand({ name: "aide" });
    await next.settled();
    expect(next.message()?.embeds).toHaveLength(1);
  });

  it("GIVEN all this traffic THEN the token never appeared in the logs", () => {
    expect(room.bot.output()).not.toContain(room.discord.token);
  });
});

describe("start-up problems", () => {
  it("GIVEN a missing token THEN one French line and exit 1, no stack trace", async () => {
    const dir = await mkdtemp(join(tmpdir(), "reso-cfg-"));
    const result = await runNodeScript("dist/index.js", botEnv(room.discord, dir, { DISCORD_TOKEN: "" }));
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split("\n")).toEqual([
      expect.stringMatching(/^Configuration invalide : DISCORD_TOKEN — manquant/),
    ]);
    expect(result.stdout).toBe("");
  });

  it("GIVEN a token Discord refuses THEN one line says so, without the token", async () => {
    const dir = await mkdtemp(join(tmpdir(), "reso-cfg-"));
    const wrong = `${room.discord.token.slice(0, -4)}abcd`;
    const result = await runNodeScript("dist/index.js", botEnv(room.discord, dir, { DISCORD_TOKEN: wrong }));
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toMatch(/^Discord refuse DISCORD_TOKEN \(401\)/);
    expect(result.stderr + result.stdout).not.toContain(wrong);
  });

  it.skipIf(!ON_SQLITE)("GIVEN a corrupt database file THEN one clear line at start", async () => {
    const dir = await mkdtemp(join(tmpdir(), "reso-db-"));
    await writeFile(join(dir, "reso.sqlite"), "ceci n'est pas une base SQLite".repeat(100));
    const result = await runNodeScript("dist/index.js", botEnv(room.discord, dir));
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toMatch(/^Base de données inutilisable .*file is not a database/);
  });

  it("GIVEN deploy-commands without DISCORD_CLIENT_ID THEN one line names it", async () => {
    const dir = await mkdtemp(join(tmpdir(), "reso-cfg-"));
    const result = await runNodeScript("dist/deploy-commands.js", botEnv(room.discord, dir, { DISCORD_CLIENT_ID: "" }));
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toMatch(/DISCORD_CLIENT_ID — manquant/);
  });

  it("GIVEN no guild id THEN deploy-commands registers globally", async () => {
    const discord = await LocalDiscord.start();
    try {
      const dir = await mkdtemp(join(tmpdir(), "reso-deploy-"));
      const result = await runNodeScript("dist/deploy-commands.js", botEnv(discord, dir));
      expect(result.code).toBe(0);
      expect(result.stdout).toContain("globalement");
      expect(discord.registeredCommands().global.length).toBeGreaterThanOrEqual(5);
    } finally {
      await discord.close();
    }
  });

  it("GIVEN SIGTERM THEN the bot closes the gateway and the store and exits 0", async () => {
    const code = await room.bot.stop("SIGTERM");
    expect(code).toBe(0);
    expect(room.bot.output()).toContain('"msg":"shutting down"');
    // discord.js reports its own closing of the gateway as a reconnection: no such warning on a clean stop.
    expect(room.bot.output()).not.toContain("reconnecting");
    await room.restart();
  });
});
