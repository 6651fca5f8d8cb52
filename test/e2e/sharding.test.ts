/**
 * `npm run start:sharded` end to end: discord.js's ShardingManager (dist/shard.js) against the local Discord
 * test server with two shards and two classes, one on each shard. Runs in every e2e mode (its store is the
 * mode's: SQLite file, or RESO_E2E_STORE).
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  DEFAULT_IDS,
  defaultGuildFixture,
  type GuildFixture,
  LocalDiscord,
  type MessageState,
} from "../discord-server/index.js";
import { botEnv, type RunningBot, runNodeScript, startBot } from "./harness.js";

const SHARDS = 2;
const shardOf = (guildId: string) => Number((BigInt(guildId) >> 22n) % BigInt(SHARDS));

/** The default class (shard 1 of 2) and a second class whose id puts it on shard 0. */
const classA = defaultGuildFixture();
const classB: GuildFixture = {
  id: "1330000000004194404",
  name: "Classe de Tle",
  ownerId: "1330000000004194501",
  preferredLocale: "fr",
  channels: [
    { id: "1330000000004194601", name: "général", type: 0, position: 0 },
    { id: "1330000000004194602", name: "annonces", type: 0, position: 1 },
  ],
  roles: [{ id: "1330000000004194701", name: "Professeur", permissions: 0x28n, position: 1 }],
  members: [
    { id: "1330000000004194501", username: "m.durand", permissions: 0x28n, roles: ["1330000000004194701"] },
    { id: "1330000000004194502", username: "zoe.leroy", globalName: "Zoé" },
  ],
};
const classes = [
  { guild: classA, teacher: DEFAULT_IDS.teacherId, annonces: DEFAULT_IDS.channels.annonces },
  { guild: classB, teacher: "1330000000004194501", annonces: "1330000000004194602" },
];

let discord: LocalDiscord;
let dataDir: string;
let bot: RunningBot;

beforeAll(async () => {
  expect(classes.map(({ guild }) => shardOf(guild.id)).sort()).toEqual([0, 1]);
  discord = await LocalDiscord.start({ guilds: [classA, classB], shardCount: SHARDS });
  dataDir = await mkdtemp(join(tmpdir(), "reso-shards-"));
  // Registered globally: both classes get the commands.
  const deployed = await runNodeScript("dist/deploy-commands.js", botEnv(discord, dataDir));
  expect(deployed.code, deployed.stderr).toBe(0);
}, 60_000);

afterAll(async () => {
  await bot?.stop();
  await discord?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

interface LogLine {
  msg?: string;
  pid?: number;
  shard?: number;
  guild?: string;
  role?: string;
  [key: string]: unknown;
}

function logLines(output: string): LogLine[] {
  return output
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .flatMap((line) => {
      try {
        return [JSON.parse(line) as LogLine];
      } catch {
        return [];
      }
    });
}

/** The time of day in Paris, "HH:MM", of `date`. */
function parisTime(date: Date): string {
  return new Intl.DateTimeFormat("en-GB", {
    timeZone: "Europe/Paris",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(date);
}

const tipsIn = (channelId: string): MessageState[] =>
  discord.channelMessages(channelId).filter((message) => message.embeds[0]?.author?.name === "💡 Astuce du jour");

async function waitFor<T>(find: () => T | undefined | false, what: string, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = find();
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe("npm run start:sharded", () => {
  it("GIVEN no SHARD_COUNT THEN the count Discord recommends, asked through DISCORD_API_URL: one process per shard, each guild in one", async () => {
    bot = await startBot({
      discord,
      dataDir,
      entry: "dist/shard.js",
      shards: SHARDS,
      env: { SHARD_COUNT: "", LOG_LEVEL: "debug" },
    });
    await bot.waitForOutput(/"msg":"all shards ready"/);
    const lines = logLines(bot.output());
    expect(discord.calls.some((call) => call.method === "GET" && call.path === "/gateway/bot")).toBe(true);
    expect(lines.filter((line) => line.msg === "shard process created").map((line) => line.shard)).toEqual([0, 1]);
    const ready = lines.filter((line) => line.msg === "ready");
    expect(ready.map((line) => [line.shard, line.guilds]).sort()).toEqual([
      [0, 1],
      [1, 1],
    ]);
    expect(new Set(ready.map((line) => line.pid)).size).toBe(SHARDS);
    expect(lines.find((line) => line.msg === "all shards ready")?.role).toBe("manager");
  });

  it("GIVEN both classes' tips due at the next minute THEN each class gets exactly one tip, posted by its own shard", async () => {
    // At least 10 s before the minute turns, so that both /config run before it; and not 00:00, which /config
    // would take for today's time already past.
    const nextMinute = () => new Date(Math.ceil((Date.now() + 1) / 60_000) * 60_000);
    while (nextMinute().getTime() - Date.now() < 10_000 || parisTime(nextMinute()) === "00:00") {
      await new Promise((resolve) => setTimeout(resolve, nextMinute().getTime() - Date.now() + 1_000));
    }
    const at = nextMinute();
    for (const { guild, teacher, annonces } of classes) {
      const configured = await discord.sendCommand({
        guildId: guild.id,
        channelId: annonces,
        name: "config",
        userId: teacher,
        options: [
          {
            name: "astuces",
            options: [
              { name: "salon", value: annonces },
              { name: "heure", value: parisTime(at) },
              { name: "jours", value: "all" },
            ],
          },
        ],
      });
      await configured.settled(10_000);
      expect(configured.message()?.content).toContain("✅ Astuces du jour enregistrées.");
      expect(tipsIn(annonces)).toEqual([]);
    }

    // The minute tick of each process posts for the guilds in its own cache only.
    for (const { annonces } of classes)
      await waitFor(() => tipsIn(annonces).length > 0, `a tip in ${annonces}`, 90_000);
    await bot.waitForOutput(/"msg":"daily tips checked"/, 10_000);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    await discord.idle(300);
    for (const { annonces } of classes) expect(tipsIn(annonces)).toHaveLength(1);
    const posted = logLines(bot.output()).filter((line) => line.msg === "daily tip posted");
    expect(posted.map((line) => [line.guild, line.shard]).sort()).toEqual(
      classes.map(({ guild }) => [guild.id, shardOf(guild.id)]).sort(),
    );
    expect(discord.violations).toEqual([]);
  }, 150_000);

  it("GIVEN a shard process killed THEN the manager respawns it, and its class is served again", async () => {
    const victim = shardOf(classB.id);
    const before = logLines(bot.output()).find((line) => line.msg === "ready" && line.shard === victim);
    expect(before?.pid).toBeTypeOf("number");
    process.kill(before?.pid as number, "SIGKILL");
    await bot.waitForOutput(/"msg":"shard process died"/, 10_000);
    await waitFor(
      () =>
        logLines(bot.output()).find(
          (line) => line.msg === "ready" && line.shard === victim && line.pid !== before?.pid,
        ),
      "the respawned shard",
      30_000,
    );
    await discord.waitForReady(10_000);
    // Killed, it left its run mark: the new process checked its leaderboards first.
    expect(
      logLines(bot.output()).some(
        (line) => line.msg === "leaderboards checked after an unclean stop" && line.shard === victim,
      ),
    ).toBe(true);
    const aide = await discord.sendCommand({ guildId: classB.id, name: "aide", userId: "1330000000004194502" });
    await aide.settled();
    expect(aide.message()?.ephemeral).toBe(true);
  }, 60_000);

  it("GIVEN SIGTERM to the manager THEN every shard process closes its gateway and store, and all exit 0", async () => {
    expect(await bot.stop("SIGTERM")).toBe(0);
    const lines = logLines(bot.output());
    expect(
      lines
        .filter((line) => line.msg === "shutting down")
        .map((line) => line.shard)
        .sort(),
    ).toEqual([0, 1]);
    expect(lines.filter((line) => line.msg === "shard process stopped" && line.exitCode === 0)).toHaveLength(2);
  }, 30_000);

  it("GIVEN a start-up problem THEN the manager says it in one line and starts no shard", async () => {
    const cases: [Record<string, string>, RegExp][] = [
      [{ SHARD_COUNT: "0" }, /^Configuration invalide : SHARD_COUNT — doit être un nombre entier/],
      [
        { DATABASE_URL: "redis://127.0.0.1:1" },
        /^Base de données inutilisable \(redis:\/\/127\.0\.0\.1:1\) : .*ECONNREFUSED/,
      ],
      [{ DISCORD_TOKEN: `${discord.token.slice(0, -4)}abcd` }, /^Discord refuse DISCORD_TOKEN \(401\)/],
    ];
    for (const [env, line] of cases) {
      const dir = await mkdtemp(join(tmpdir(), "reso-shards-"));
      const result = await runNodeScript("dist/shard.js", botEnv(discord, dir, env));
      expect(result.code).toBe(1);
      expect(result.stderr.trim().split("\n"), result.stderr).toEqual([expect.stringMatching(line)]);
      expect(result.stdout).not.toContain("shard process created");
    }
  });
});
