/**
 * Faults, end to end: the built bot against the local Discord test server, hurt the way production hurts it.
 * kill -9 during a burst of answers, Discord answering 429 and 5xx, a dropped gateway connection, a database
 * Réso cannot write, and a store that fails under a running bot. Runs in every e2e mode (SQLite or
 * RESO_E2E_STORE, one process or RESO_E2E_SHARDS); the few steps that need SQLite or Redis say so.
 */
import { execFileSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { chmod, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createClient } from "@keyv/redis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stringsFor } from "../../src/content/strings.js";
import type { QuizItem } from "../../src/content/types.js";
import {
  customIds,
  DEFAULT_IDS,
  defaultGuildFixture,
  getButton,
  type InteractionHandle,
  type MessageState,
  messageText,
} from "../discord-server/index.js";
import { quizBank } from "../pack.js";
import { botEnv, E2E_SHARDS, E2E_STORE, ON_SQLITE, runNodeScript } from "./harness.js";
import { type Classroom, expectNoViolations, openClassroom } from "./setup.js";

const BURST = 30;
const burst = Array.from({ length: BURST }, (_, index) => `13200000000000${String(6000 + index).padStart(5, "0")}`);
const [lea, hugo, ines] = DEFAULT_IDS.studentIds;
const STORE_UNAVAILABLE = stringsFor("fr").common.storeUnavailable;
const CALLBACK = "/interactions/:id/:token/callback";
/** What `npm start` runs in this mode: the entry whose start-up errors the tests read. */
const ENTRY = E2E_SHARDS ? "dist/shard.js" : "dist/index.js";

let room: Classroom;

beforeAll(async () => {
  const guild = defaultGuildFixture();
  guild.members.push(...burst.map((id, index) => ({ id, username: `eleve${index}`, globalName: `Élève ${index}` })));
  room = await openClassroom({ guilds: [guild] });
}, 60_000);

afterAll(async () => {
  await room?.close();
  if (room) await rm(room.dataDir, { recursive: true, force: true });
});

// ---------------------------------------------------------------------------------------------
// Helpers

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The bank item a quiz message shows, found by its prompt (the first paragraph of the embed). */
function itemOf(message: MessageState): QuizItem {
  const prompt = (message.embeds[0]?.description ?? "").split("\n")[0]?.replace(/\\([\\*_`~|>#\-[\]().])/g, "$1");
  const item = quizBank.find((candidate) => candidate.prompt === prompt);
  if (!item) throw new Error(`no bank item for prompt ${prompt}`);
  return item;
}

async function startQuiz(userId: string, count = 1): Promise<MessageState> {
  const handle = await room.discord.sendCommand({
    name: "quiz",
    userId,
    options: [
      { name: "question", value: 2 },
      { name: "nombre", value: count },
    ],
  });
  await handle.settled();
  const message = handle.message();
  if (!message) throw new Error("no quiz message");
  return message;
}

/** Clicks the right answer on a quiz message (a button, or the menu of a "tick all" item). */
function answerRight(message: MessageState, userId: string): Promise<InteractionHandle> {
  const item = itemOf(message);
  const ids = customIds(message);
  const select = ids.find((id) => id.startsWith("quiz:m:"));
  if (select) return room.discord.selectMenu({ customId: select, values: [...item.correct], message, userId });
  const button = ids.find((id) => id.startsWith("quiz:a:") && id.endsWith(`:${item.correct[0]}`));
  if (!button) throw new Error(`no button for ${item.correct[0]} in ${ids.join(", ")}`);
  return room.discord.clickButton({ customId: button, message, userId });
}

/** The interaction's callbacks that Discord accepted: the user saw an answer. */
const accepted = (handle: InteractionHandle) =>
  handle.calls().filter((call) => call.route === CALLBACK && call.status < 300);

/** Waits for an accepted callback (a 429 or 5xx answered first does not count), then for the traffic to settle. */
async function acknowledged(handle: InteractionHandle, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (accepted(handle).length === 0) {
    if (Date.now() > deadline) {
      const seen = handle.calls().map((call) => `${call.method} ${call.route} -> ${call.status}`);
      throw new Error(`no accepted callback within ${timeoutMs} ms; calls: ${seen.join(", ")}`);
    }
    await sleep(20);
  }
  await handle.settled(timeoutMs);
}

/** A member's points as /score shows them (0 before their first answer). */
async function pointsOf(userId: string): Promise<number> {
  const handle = await room.discord.sendCommand({ name: "score", userId });
  await handle.settled();
  const field = handle.message()?.embeds[0]?.fields?.find((entry) => entry.name === "Points");
  return field ? Number(field.value) : 0;
}

/** How many members the leaderboard counts, as `userId` (who has points) reads it: "Vous : 3ᵉ sur 53". */
async function boardMembers(userId: string): Promise<number> {
  const handle = await room.discord.sendCommand({ name: "classement", userId });
  await handle.settled();
  const text = messageText(handle.message() as MessageState);
  return Number(/sur (\d+)/.exec(text)?.[1] ?? 0);
}

async function allPoints(userIds: readonly string[]): Promise<Map<string, number>> {
  return new Map(await Promise.all(userIds.map(async (id) => [id, await pointsOf(id)] as const)));
}

// ---------------------------------------------------------------------------------------------

describe("kill -9 during a burst of answers", () => {
  it("GIVEN 30 students answering when the bot is killed THEN after a restart every acknowledged answer is stored, once, and the leaderboard agrees", async () => {
    const messages = await Promise.all(burst.map((id) => startQuiz(id)));
    const handles: InteractionHandle[] = [];
    // The class answers over a third of a second; the bot is killed (SIGKILL, the whole process group when
    // sharded) once ten answers were acknowledged: some answers are done, some in flight, some not yet sent.
    const clicks = (async () => {
      for (const [index, message] of messages.entries()) {
        handles.push(await answerRight(message, burst[index] as string));
        await sleep(10);
      }
    })();
    const ackedCount = () => handles.filter((handle) => accepted(handle).length > 0).length;
    const deadline = Date.now() + 10_000;
    while (ackedCount() < 10 && Date.now() < deadline) await sleep(1);
    expect(await room.bot.stop("SIGKILL")).toBeNull();
    await clicks;
    await room.discord.idle(300);
    const acked = new Set(burst.filter((_, index) => accepted(handles[index] as InteractionHandle).length > 0));
    expect(acked.size).toBeGreaterThanOrEqual(10);
    expect(acked.size).toBeLessThan(BURST);

    await room.restart();
    expect(room.bot.output()).toContain('"msg":"leaderboards checked after an unclean stop"');

    // Every acknowledged answer is there; none counts twice; the leaderboard counts exactly who has points.
    const points = await allPoints(burst);
    for (const id of acked) expect(points.get(id), `acknowledged answer of ${id}`).toBe(10);
    for (const value of points.values()) expect([0, 10]).toContain(value);
    const withPoints = [...points.values()].filter((value) => value > 0).length;
    expect(await boardMembers(burst[0] as string)).toBe(withPoints);

    // The students who saw no answer click again: each is counted once, whether or not the first click was.
    for (const [index, id] of burst.entries()) {
      if (acked.has(id)) continue;
      const retry = await answerRight(messages[index] as MessageState, id);
      await retry.settled();
      expect(retry.message()?.embeds[0]?.title).toBe("✅ Bonne réponse !");
    }
    for (const value of (await allPoints(burst)).values()) expect(value).toBe(10);
    expect(await boardMembers(burst[0] as string)).toBe(BURST);
    expectNoViolations(room.discord);
  }, 120_000);
});

describe("Discord answering 429 and 5xx", () => {
  it("GIVEN a 429 with retry_after, then a 502 and a 500, on answers THEN the user gets each reply and each point once", async () => {
    const before = await pointsOf(lea);
    let message = await startQuiz(lea, 3);

    // 429: discord.js waits retry_after, then sends the same callback again.
    room.discord.failNext(/\/callback$/, { status: 429, retryAfter: 0.4 });
    const limited = await answerRight(message, lea);
    await acknowledged(limited);
    const limitedCalls = limited.calls().filter((call) => call.route === CALLBACK);
    expect(limitedCalls.map((call) => call.status)).toEqual([429, expect.any(Number)]);
    expect(limitedCalls[1]?.status).toBeLessThan(300);
    expect((limitedCalls[1]?.at ?? 0) - (limitedCalls[0]?.at ?? 0)).toBeGreaterThanOrEqual(350);
    expect(limited.message()?.embeds[0]?.title).toBe("✅ Bonne réponse !");
    message = await next(limited);

    // 502 then 500: discord.js retries server errors (up to three times).
    room.discord.failNext(/\/callback$/, { status: 502 });
    room.discord.failNext(/\/callback$/, { status: 500 });
    const flaky = await answerRight(message, lea);
    await acknowledged(flaky);
    expect(flaky.calls().map((call) => call.status)).toEqual([502, 500, expect.any(Number)]);
    expect(flaky.message()?.embeds[0]?.title).toBe("✅ Bonne réponse !");
    message = await next(flaky);

    // Four 500s: discord.js gives up, the error boundary still answers; the answer was stored before the
    // reply, so the student's second click says "already counted" instead of counting it again.
    room.discord.failNext(/\/callback$/, { status: 500 }, 4);
    const down = await answerRight(message, lea);
    await acknowledged(down);
    expect(down.calls().map((call) => call.status)).toEqual([500, 500, 500, 500, expect.any(Number)]);
    expect(down.message()?.content).toContain("Oups");
    const again = await answerRight(message, lea);
    await again.settled();
    expect(JSON.stringify(again.calls()[0]?.body)).toContain("déjà enregistrée");

    expect(await pointsOf(lea)).toBe(before + 30);
    expectNoViolations(room.discord);
  }, 60_000);
});

/** Presses "Suivant" on an answer's result and returns the next item. */
async function next(result: InteractionHandle): Promise<MessageState> {
  const message = result.message() as MessageState;
  const handle = await room.discord.clickButton({
    customId: String(getButton(message, { label: "Suivant" }).custom_id),
    message,
    userId: lea,
  });
  await handle.settled();
  return handle.message() as MessageState;
}

describe("a dropped gateway connection", () => {
  it("GIVEN the gateway closes the socket THEN the bot RESUMEs and answers what was sent meanwhile", async () => {
    const message = await startQuiz(ines);
    const before = await pointsOf(ines);
    const resumedBefore = room.bot.output().split('"msg":"gateway resumed"').length;
    room.discord.disconnectClient(4000);
    // Sent while the bot is disconnected: Discord keeps them and replays them on RESUME.
    const [answer, score] = await Promise.all([
      answerRight(message, ines),
      room.discord.sendCommand({ name: "score", userId: hugo }),
    ]);
    await answer.settled(10_000);
    await score.settled(10_000);
    expect(answer.message()?.embeds[0]?.title).toBe("✅ Bonne réponse !");
    expect(score.message()?.ephemeral).toBe(true);
    await room.bot.waitForOutput(/"msg":"gateway resumed"/);
    // Every shard resumed its session rather than identifying again.
    await expect
      .poll(() => room.bot.output().split('"msg":"gateway resumed"').length - resumedBefore, { timeout: 10_000 })
      .toBe(E2E_SHARDS ?? 1);
    expect(await pointsOf(ines)).toBe(before + 10);
    expectNoViolations(room.discord);
  }, 30_000);
});

describe("a database Réso cannot use at start", () => {
  async function startWith(databaseUrl: string) {
    const dir = await mkdtemp(join(tmpdir(), "reso-faults-"));
    const started = Date.now();
    const result = await runNodeScript(ENTRY, botEnv(room.discord, dir, { DATABASE_URL: databaseUrl }));
    return { ...result, ms: Date.now() - started };
  }

  function expectOneLine(result: { code: number | null; stderr: string; stdout: string }, detail: RegExp): void {
    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split("\n");
    expect(lines, result.stderr).toHaveLength(1);
    expect(lines[0]).toMatch(/^Base de données inutilisable \(/);
    expect(lines[0]).toMatch(detail);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stdout).not.toContain('"msg":"ready"');
  }

  it("GIVEN a database path under a regular file THEN one clear line, exit 1", async () => {
    const dir = await mkdtemp(join(tmpdir(), "reso-faults-"));
    await writeFile(join(dir, "a-regular-file"), "not a directory");
    const result = await startWith(`sqlite://${join(dir, "a-regular-file", "reso.sqlite")}`);
    expectOneLine(result, /EEXIST|ENOTDIR/);
  });

  it.skipIf(!canFreeze())(
    "GIVEN a database file, or its directory, that cannot be written THEN one clear line, exit 1",
    async () => {
      const dir = await mkdtemp(join(tmpdir(), "reso-faults-"));
      const full = join(dir, "full");
      await mkdir(full);
      const thawFile = await seedAndFreeze(join(full, "reso.sqlite"));
      try {
        expectOneLine(await startWith(`sqlite://${join(full, "reso.sqlite")}`), /readonly|read-only|SQLITE_READONLY/i);
      } finally {
        await thawFile();
      }
      const emptyDir = join(dir, "frozen-dir");
      await mkdir(emptyDir);
      const thawDir = await freeze(emptyDir);
      try {
        expectOneLine(await startWith(`sqlite://${join(emptyDir, "reso.sqlite")}`), /SQLITE_CANTOPEN|EACCES|EPERM/);
      } finally {
        await thawDir();
      }
    },
  );

  it("GIVEN a Redis or PostgreSQL server that does not answer THEN one clear line at once, no reconnect loop", async () => {
    for (const url of ["redis://127.0.0.1:1", "postgresql://reso@127.0.0.1:1/reso"]) {
      const result = await startWith(url);
      expectOneLine(result, /ECONNREFUSED/);
      expect(result.stderr).toMatch(/que le serveur (Redis|PostgreSQL) est démarré et joignable/);
      expect(result.ms).toBeLessThan(10_000);
    }
  });
});

describe("a store that fails under a running bot", () => {
  const fault = storeFault();

  it.skipIf(!fault)(
    "GIVEN the store failing when a student answers THEN a clear French message, nothing counted; once it is back, the retry counts once",
    async () => {
      if (!fault) return;
      const message = await startQuiz(hugo);
      const before = await pointsOf(hugo);

      const repair = await fault.break(room);
      let failed: InteractionHandle;
      try {
        failed = await answerRight(message, hugo);
        await failed.settled();
      } finally {
        await repair();
      }
      expect(failed.message()?.ephemeral).toBe(true);
      expect(failed.message()?.content).toBe(STORE_UNAVAILABLE);
      expect(room.bot.output()).toContain('"msg":"store error"');

      // The store is back: the same click now counts, once; score and leaderboard agree.
      const retry = await answerRight(message, hugo);
      await retry.settled();
      expect(retry.message()?.embeds[0]?.title).toBe("✅ Bonne réponse !");
      expect(retry.message()?.content ?? "").not.toContain("déjà enregistrée");
      expect(await pointsOf(hugo)).toBe(before + 10);
      const everyone = await allPoints([...DEFAULT_IDS.studentIds, ...burst]);
      expect(await boardMembers(hugo)).toBe([...everyone.values()].filter((points) => points > 0).length);
      expectNoViolations(room.discord);
    },
    30_000,
  );
});

/**
 * How to make the running bot's store fail from outside, honestly (no switch in Réso's code):
 * - SQLite: the database and its write-ahead log become unwritable under the open connections, as when the
 *   file system turns read-only after a disk error (the immutable attribute, as root: writes through already
 *   open descriptors then fail with EPERM); reads still work;
 * - Redis: the server refuses writes (`min-replicas-to-write 1` with no replica: NOREPLICAS); reads still work;
 * - PostgreSQL, or SQLite where the immutable attribute is not available: not covered here (the unit tests
 *   cover a failing store).
 */
function storeFault(): { break(room: Classroom): Promise<() => Promise<void>> } | undefined {
  if (ON_SQLITE && process.getuid?.() === 0 && canFreeze()) {
    return {
      async break(target) {
        const files = ["reso.sqlite", "reso.sqlite-wal"]
          .map((name) => join(target.dataDir, name))
          .filter((file) => existsSync(file));
        const thaws: (() => Promise<void>)[] = [];
        for (const file of files) thaws.push(await freeze(file));
        return async () => {
          for (const thaw of thaws) await thaw();
        };
      },
    };
  }
  if (E2E_STORE?.startsWith("redis")) {
    return {
      async break() {
        const client = createClient({ url: E2E_STORE });
        await client.connect();
        await client.configSet("min-replicas-to-write", "1");
        return async () => {
          await client.configSet("min-replicas-to-write", "0");
          await client.close();
        };
      },
    };
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Read-only files as root: chmod does not stop root, the immutable attribute does (where the file system
// and the container allow it).

function canFreeze(): boolean {
  if (process.getuid?.() !== 0) return true;
  try {
    const probe = join(tmpdir(), `reso-chattr-${process.pid}`);
    execFileSync("touch", [probe]);
    execFileSync("chattr", ["+i", probe], { stdio: "ignore" });
    execFileSync("chattr", ["-i", probe], { stdio: "ignore" });
    execFileSync("rm", ["-f", probe]);
    return true;
  } catch {
    return false;
  }
}

/** Makes `path` unwritable (immutable as root, mode 0444/0555 otherwise); returns the undo. */
async function freeze(path: string): Promise<() => Promise<void>> {
  if (process.getuid?.() === 0) {
    execFileSync("chattr", ["+i", path]);
    return async () => {
      execFileSync("chattr", ["-i", path]);
    };
  }
  const directory = statSync(path).isDirectory();
  await chmod(path, directory ? 0o555 : 0o444);
  return async () => {
    await chmod(path, directory ? 0o755 : 0o644);
  };
}

/** Creates a valid, empty SQLite database at `file`, then freezes it. */
async function seedAndFreeze(file: string): Promise<() => Promise<void>> {
  const { default: sqlite3 } = await import("sqlite3");
  await new Promise<void>((resolve, reject) => {
    const database = new sqlite3.Database(file, (error) => {
      if (error) return reject(error);
      database.run("CREATE TABLE IF NOT EXISTS keyv(key VARCHAR(255) PRIMARY KEY, value TEXT)", (runError) => {
        database.close(() => (runError ? reject(runError) : resolve()));
      });
    });
  });
  return freeze(file);
}
