/**
 * `npm run playground` without a browser (the browser test is test/browser/): the command's start and Ctrl+C,
 * the page's server (what a member sees, Discord's refusals streamed to the page, local requests only), and
 * PLAYGROUND_DATA keeping progress across runs.
 */
import { spawn } from "node:child_process";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { request as httpRequest } from "node:http";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PLAYGROUND_IDS } from "../../playground/fixture.js";
import { type Playground, startPlayground } from "../../playground/playground.js";
import type { ActionRequest, MessagesResponse, RegisteredCommand } from "../../playground/web/protocol.js";
import { REPO_ROOT } from "../e2e/harness.js";

const { general } = PLAYGROUND_IDS.channels;
const [lea] = PLAYGROUND_IDS.studentIds;
const { teacherId } = PLAYGROUND_IDS;

async function action(playground: Playground, request: Partial<ActionRequest> & { kind: ActionRequest["kind"] }) {
  const response = await fetch(`${playground.url}/api/action`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ userId: lea, channelId: general, locale: "fr", ...request }),
  });
  return (await response.json()) as { error?: string; modal?: unknown };
}

async function messages(playground: Playground, userId: string = lea): Promise<MessagesResponse> {
  return (await (
    await fetch(`${playground.url}/api/messages?channel=${general}&user=${userId}`)
  ).json()) as MessagesResponse;
}

async function until<T>(find: () => Promise<T | undefined>, what: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await find();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe("npm run playground", () => {
  it("GIVEN the command THEN it prints its 127.0.0.1 address and purpose, and Ctrl+C stops everything and cleans up", async () => {
    const before = new Set((await readdir(tmpdir())).filter((name) => name.startsWith("reso-playground-")));
    const child = spawn(process.execPath, ["--import", "tsx", "playground/main.ts", "--port", "0"], {
      cwd: REPO_ROOT,
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? tmpdir() },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      output += chunk;
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      output += chunk;
    });
    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    const url = await until(
      async () => /http:\/\/127\.0\.0\.1:\d+/.exec(output)?.[0],
      `the address in:\n${output}`,
      45_000,
    );
    expect(output).toMatch(/pas pour une classe/);
    expect(output).toMatch(/Ctrl\+C/);
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<script type="module" src="/app.js">');
    const created = (await readdir(tmpdir())).filter(
      (name) => name.startsWith("reso-playground-") && !before.has(name),
    );
    expect(created).toHaveLength(1);

    child.kill("SIGINT");
    expect(await exited).toBe(0);
    expect(output).toMatch(/Arrêté\./);
    expect(output).not.toMatch(/s'est arrêté de lui-même/);
    expect((await readdir(tmpdir())).filter((name) => created.includes(name))).toEqual([]);
    await expect(fetch(url)).rejects.toThrow();
  }, 90_000);

  it("GIVEN its port taken THEN one French line says so, before anything starts", async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    const port = (blocker.address() as { port: number }).port;
    const child = spawn(process.execPath, ["--import", "tsx", "playground/main.ts", "--port", String(port)], {
      cwd: REPO_ROOT,
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? tmpdir() },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
    });
    const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
    blocker.close();
    expect(code).toBe(1);
    expect(stderr.trim()).toBe(
      `Le port ${port} est déjà utilisé : fermez l'autre programme ou choisissez-en un autre (npm run playground -- --port 5174).`,
    );
  }, 90_000);
});

describe("the playground's server", () => {
  let playground: Playground;

  beforeAll(async () => {
    playground = await startPlayground({ port: 0 });
  }, 60_000);

  afterAll(async () => {
    await playground?.stop();
  });

  it("GIVEN a student and the teacher THEN each sees the commands Discord would list for them", async () => {
    const names = async (userId: string) =>
      ((await (await fetch(`${playground.url}/api/commands?user=${userId}`)).json()) as RegisteredCommand[]).map(
        (command) => command.name,
      );
    const student = await names(lea);
    const teacher = await names(teacherId);
    expect(student).toEqual(expect.arrayContaining(["aide", "cours", "quiz", "reponse", "score"]));
    expect(student).not.toContain("quiz-classe");
    expect(student).not.toContain("config");
    expect(teacher).toEqual(expect.arrayContaining([...student, "quiz-classe", "lecon", "config", "rapport"]));
  });

  it("GIVEN a private reply THEN only the member who ran the command sees it", async () => {
    expect(await action(playground, { kind: "command", name: "aide", options: [] })).toEqual({});
    const own = await until(async () => {
      const { messages: list } = await messages(playground);
      return list.find((message) => message.command?.name === "aide");
    }, "the /aide reply");
    expect(own.ephemeral).toBe(true);
    expect(own.command?.userId).toBe(lea);
    const teacherView = await messages(playground, teacherId);
    expect(teacherView.messages.map((message) => message.id)).not.toContain(own.id);
  });

  it("GIVEN an option Discord would not send THEN the action says why and nothing reaches Réso", async () => {
    const result = await action(playground, {
      kind: "command",
      name: "quiz",
      options: [{ name: "inconnue", value: "x" }],
    });
    expect(result.error).toMatch(/option "inconnue" does not exist/);
  });

  it("GIVEN a request Discord would refuse THEN the page's event stream carries the reason", async () => {
    const controller = new AbortController();
    const stream = await fetch(`${playground.url}/api/events`, { signal: controller.signal });
    const reader = stream.body?.getReader();
    if (!reader) throw new Error("no event stream");
    const refused = await fetch(`${playground.discord.apiUrl}/v10/channels/${general}/messages`, {
      method: "POST",
      headers: {
        authorization: `Bot ${playground.discord.token}`,
        "content-type": "application/json",
        "user-agent": "DiscordBot (https://github.com/discordjs/discord.js, 2.6.3)",
      },
      body: JSON.stringify({ content: "x".repeat(2001) }),
    });
    expect(refused.status).toBe(400);
    let text = "";
    while (!text.includes("event: violation")) {
      const { value, done } = await reader.read();
      if (done) break;
      text += new TextDecoder().decode(value);
    }
    controller.abort();
    const data = JSON.parse(/event: violation\ndata: (.*)\n/.exec(text)?.[1] ?? "{}") as { reason?: string };
    expect(data.reason).toMatch(/2000/);
  });

  it("GIVEN another site's page or host name THEN the server refuses to be driven", async () => {
    const form = await fetch(`${playground.url}/api/action`, {
      method: "POST",
      headers: { "content-type": "text/plain" },
      body: JSON.stringify({ kind: "command", name: "aide", options: [], userId: lea, channelId: general }),
    });
    expect(form.status).toBe(415);
    // fetch cannot set Host: a page of a rebound name would send it.
    const rebound = await new Promise<number | undefined>((resolve, reject) => {
      const request = httpRequest(`${playground.url}/api/state`, { headers: { host: "evil.example:5173" } }, (res) => {
        res.resume();
        resolve(res.statusCode);
      });
      request.once("error", reject);
      request.end();
    });
    expect(rebound).toBe(421);
  });
});

describe("PLAYGROUND_DATA", () => {
  it("GIVEN a data file THEN points scored in one run are there in the next", async () => {
    const dir = await mkdtemp(join(tmpdir(), "reso-playground-data-"));
    const dataFile = join(dir, "progress.sqlite");
    try {
      const first = await startPlayground({ port: 0, dataFile });
      try {
        await action(first, { kind: "command", name: "quiz", options: [{ name: "nombre", value: 1 }] });
        const item = await until(async () => {
          const { messages: list } = await messages(first);
          const found = list.find((message) => message.command?.name === "quiz" && message.components.length > 0);
          return found;
        }, "a quiz item");
        const buttons = item.components.flatMap((row) => row.components ?? []);
        const answer = buttons.find((button) => button.custom_id?.startsWith("quiz:a:"));
        const menu = buttons.find((button) => button.custom_id?.startsWith("quiz:m:"));
        if (answer?.custom_id) {
          await action(first, { kind: "button", messageId: item.id, customId: answer.custom_id });
        } else if (menu?.custom_id) {
          const value = menu.options?.[0]?.value ?? "";
          await action(first, { kind: "select", messageId: item.id, customId: menu.custom_id, values: [value] });
        }
        await first.discord.idle();
      } finally {
        await first.stop();
      }
      const second = await startPlayground({ port: 0, dataFile });
      try {
        await action(second, { kind: "command", name: "score", options: [] });
        const score = await until(async () => {
          const { messages: list } = await messages(second);
          return list.find((message) => message.command?.name === "score" && !message.loading);
        }, "the /score reply");
        const accuracy = score.embeds[0]?.fields?.find((field) => field.name === "Réussite")?.value;
        // One answer was counted in the first run: accuracy is out of one, whatever the answer was.
        expect(accuracy).toMatch(/\((0|1)\/1\)/);
      } finally {
        await second.stop();
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 90_000);
});
