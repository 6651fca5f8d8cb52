/**
 * The playground in a real browser: Debian's chromium driven by playwright-core (no browser download), the page
 * used as a teacher or a student would. Every step is a real interaction Réso answers through the local Discord,
 * which checks every request strictly. Screenshots go to docs/screenshots/ (shown by the README).
 */
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PLAYGROUND_IDS } from "../../playground/fixture.js";
import { type Playground, startPlayground } from "../../playground/playground.js";
import { REPO_ROOT } from "../e2e/harness.js";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const SHOTS = join(REPO_ROOT, "docs", "screenshots");
const [lea, hugo] = PLAYGROUND_IDS.studentIds;

let playground: Playground;
let context: BrowserContext;
let page: Page;
let profileDir: string;
const foreignRequests: string[] = [];

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium (or set CHROMIUM_PATH)`);
  playground = await startPlayground({ port: 0 });
  profileDir = await mkdtemp(join(tmpdir(), "reso-chromium-"));
  await mkdir(SHOTS, { recursive: true });
  context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 800 },
    locale: "fr-FR",
    args: [
      ...(process.getuid?.() === 0 ? ["--no-sandbox"] : []),
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
  });
  // Everything the page needs comes from the playground: record (and refuse) anything else.
  await context.route(
    (url) => !url.href.startsWith(playground.url),
    (route) => {
      foreignRequests.push(route.request().url());
      return route.abort();
    },
  );
  page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${playground.url}/?user=${lea}`);
  await page.waitForSelector("body[data-ready=true]");
}, 90_000);

afterAll(async () => {
  await context?.close();
  await playground?.stop();
  if (profileDir) await rm(profileDir, { recursive: true, force: true });
});

async function shot(name: string): Promise<void> {
  // Web components lay out, then the emoji font subsets they need load: both settle before the picture.
  const fontsReady = "document.fonts.ready.then(() => true)";
  await page.evaluate(fontsReady);
  await page.waitForTimeout(200);
  await page.evaluate(fontsReady);
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}

/**
 * Types "/label" in the bar, picks the command, fills options ([name, text, the suggestion to pick, a screenshot to
 * take with the suggestions open]).
 */
async function slash(label: string, options: [string, string, RegExp?, string?][] = [], send = true): Promise<void> {
  await page.locator(".bar-input").click();
  await page.keyboard.type(`/${label}`);
  await page
    .locator(".popup-item", { hasText: new RegExp(`^/${label}`) })
    .first()
    .dispatchEvent("mousedown");
  for (const [name, text, pick, picture] of options) {
    const input = page.locator(`input[data-option="${name}"]`);
    await input.click();
    await input.fill(text);
    if (pick) {
      const first = page.locator(".popup[data-kind=options] .popup-item", { hasText: pick }).first();
      await first.waitFor();
      if (picture) await shot(picture);
      await first.dispatchEvent("mousedown");
    }
  }
  if (send) await page.locator(".send").click();
}

/** A "tick all that apply" item: open its menu, tick the first option, confirm. */
async function tickFirstOption(item: ReturnType<Page["locator"]>): Promise<void> {
  await item.locator("discord-string-select-menu").click();
  await item.locator("discord-string-select-menu-option").first().click();
  await item.locator(".select-confirm").click();
}

function messages() {
  return page.locator("#messages discord-message");
}

function lastMessage() {
  return messages().last();
}

describe("the playground in chromium", () => {
  it("GIVEN a student THEN /cours opens a section, and its page buttons turn the pages", async () => {
    await expect(page.locator("#channels .channel").allTextContents()).resolves.toEqual(["général", "astuces"]);
    await page.locator(".bar-input").click();
    await page.keyboard.type("/");
    const listed = await page.locator(".popup-item .popup-label").allTextContents();
    expect(listed).toContain("/cours");
    expect(listed).toContain("/quiz");
    // Students do not see the moderators' commands (default permission Manage Server).
    expect(listed).not.toContain("/quiz-classe");
    await page.keyboard.press("Escape");

    // Without options: the contents, with a menu to open a document.
    await slash("cours");
    await expect.poll(() => messages().count()).toBe(1);
    await lastMessage().locator("discord-string-select-menu").first().click();
    await lastMessage().locator("discord-string-select-menu-option", { hasText: "médias sociaux" }).first().click();
    await expect
      .poll(() => lastMessage().locator("discord-embed").first().getAttribute("embed-title"))
      .toMatch(/médias sociaux/i);

    await slash(
      "cours",
      [
        ["document", "médias sociaux", /médias sociaux/i],
        ["section", "facebook", /facebook/i, "command-bar"],
      ],
      false,
    );
    await page.locator(".send").click();
    await expect.poll(() => messages().count()).toBe(2);
    const reply = lastMessage();
    await expect.poll(() => reply.locator("discord-command").getAttribute("command")).toBe("/cours");
    expect(await reply.getAttribute("ephemeral")).not.toBeNull();
    await reply.locator("discord-button", { hasText: "Page suivante" }).waitFor();
    const before = await reply.locator("discord-embed").first().getAttribute("author-name");
    await reply.locator("discord-button", { hasText: "Page suivante" }).click();
    await expect
      .poll(async () => lastMessage().locator("discord-embed-footer").first().textContent())
      .toMatch(/page 2\//);
    expect(await lastMessage().locator("discord-embed").first().getAttribute("author-name")).toBe(before);
    await shot("cours");
  });

  it("GIVEN a student THEN /quiz asks a question and answers the one they choose", async () => {
    await slash("quiz", [["nombre", "1"]]);
    const item = lastMessage();
    await expect.poll(() => item.locator("discord-command").getAttribute("command")).toBe("/quiz");
    const buttons = item.locator('discord-button[data-custom-id^="quiz:a:"]');
    await expect.poll(async () => (await buttons.count()) + (await item.locator(".select").count())).toBeGreaterThan(0);
    if ((await buttons.count()) > 0) {
      await buttons.first().click();
    } else {
      await tickFirstOption(item);
    }
    // The answer replaces the question: right or wrong, why, and the way to the summary.
    await lastMessage().locator("discord-button", { hasText: "Voir le bilan" }).waitFor();
    expect(await lastMessage().textContent()).toMatch(/points?/);
    await shot("quiz");
  });

  it("GIVEN a student THEN /reponse opens the modal, and the answer comes back graded", async () => {
    await slash("reponse", [["question", "1", /^1\./]]);
    const dialog = page.locator("dialog.modal");
    await dialog.waitFor();
    await dialog
      .locator("textarea")
      .fill(
        "Les internautes réagissent très vite sur les réseaux sociaux : ils aiment, commentent et partagent les publications. Le community manager doit donc répondre rapidement, avec un ton adapté à chaque réseau.",
      );
    await shot("reponse-modal");
    await dialog.locator(".modal-submit").click();
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => lastMessage().locator("discord-embed").first().getAttribute("embed-title")).toMatch(/10/);
    await shot("reponse");
  });

  it("GIVEN the teacher starts /quiz-classe THEN a student answers it and both see the round", async () => {
    await page.locator("#who").selectOption(PLAYGROUND_IDS.teacherId);
    await page.locator(".bar-input").click();
    await page.keyboard.type("/quiz-c");
    await expect(page.locator(".popup-item .popup-label").allTextContents()).resolves.toContain("/quiz-classe");
    await page.keyboard.press("Escape");
    await slash("quiz-classe", [
      ["nombre", "1"],
      ["secondes", "60"],
    ]);
    const live = page.locator("#messages discord-message:not([ephemeral])").last();
    await expect.poll(() => live.locator("discord-embed").first().getAttribute("author-name")).toMatch(/Question 1\/1/);
    await shot("quiz-classe-professeur");

    await page.locator("#who").selectOption(hugo);
    const item = page.locator("#messages discord-message:not([ephemeral])").last();
    const answer = item.locator('discord-button[data-custom-id^="quiz-classe:a:"]');
    if ((await answer.count()) > 0) await answer.first().click();
    else {
      await tickFirstOption(item);
    }
    const ack = page.locator("#messages discord-message[ephemeral]").last();
    await expect.poll(() => ack.textContent()).toBeTruthy();
    await shot("quiz-classe-eleve");

    // The teacher's report comes with its CSV, as an attachment that downloads from the page.
    await page.locator("#who").selectOption(PLAYGROUND_IDS.teacherId);
    await slash("rapport");
    const file = lastMessage().locator("discord-file-attachment");
    await expect.poll(() => file.count()).toBe(1);
    const href = await file.getAttribute("href");
    const csv = await (await fetch(`${playground.url}${href}`)).text();
    expect(csv.split("\n")[0]).toMatch(/;/);
  });

  it("GIVEN a request Discord would refuse THEN the page shows a red banner with the reason", async () => {
    // Réso's own requests so far were all accepted: no banner yet.
    expect(await page.locator(".banner").count()).toBe(0);
    // A misbehaving client posts 2001 characters: the local Discord refuses it (50035) and the page says why.
    const response = await fetch(
      `${playground.discord.apiUrl}/v10/channels/${PLAYGROUND_IDS.channels.general}/messages`,
      {
        method: "POST",
        headers: {
          authorization: `Bot ${playground.discord.token}`,
          "content-type": "application/json",
          "user-agent": "DiscordBot (https://github.com/discordjs/discord.js, 2.6.3)",
        },
        body: JSON.stringify({ content: "x".repeat(2001) }),
      },
    );
    expect(response.status).toBe(400);
    const banner = page.locator(".banner").last();
    await expect.poll(() => banner.textContent()).toMatch(/Discord refuserait cette requête.*2000/);
    await shot("refus");
  });

  it("GIVEN English THEN commands have their English names and Réso answers in English", async () => {
    await page.locator("#lang").selectOption("en-US");
    expect(await page.locator(".bar-input").getAttribute("placeholder")).toMatch(/^Message #général/);
    await page.locator(".bar-input").click();
    await page.keyboard.type("/");
    const listed = await page.locator(".popup-item .popup-label").allTextContents();
    expect(listed).toEqual(expect.arrayContaining(["/course", "/help", "/quiz"]));
    await page.keyboard.press("Escape");
    await slash("help");
    await expect
      .poll(() => lastMessage().locator("discord-embed").first().getAttribute("embed-title"))
      .toBe("Réso, your study room on Discord");
    await expect.poll(() => lastMessage().locator("discord-command").getAttribute("command")).toBe("/help");
    await page.locator("#lang").selectOption("fr");
  });

  it("THEN the page asked nothing of any other site (no CDN, no font service)", () => {
    expect(foreignRequests).toEqual([]);
  });
});
