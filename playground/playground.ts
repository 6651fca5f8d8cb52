/**
 * The playground: the local Discord test server, Réso started as `npm start` runs it (dist/index.js, its commands
 * registered by dist/deploy-commands.js like `npm run deploy-commands`), and a web page that plays Discord's client.
 * Nothing here is part of Réso: it runs only from `npm run playground` and the browser test.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { LocalDiscord } from "../test/discord-server/index.js";
import { botEnv, type RunningBot, runNodeScript, startBot } from "../test/e2e/harness.js";
import { PLAYGROUND_IDS, playgroundGuild } from "./fixture.js";
import { startWebServer, type WebServer } from "./web-server.js";

export interface PlaygroundOptions {
  /** Port of the web page on 127.0.0.1; 0 picks a free one. */
  port: number;
  /** SQLite file that keeps Réso's data between runs; default: a temporary file, removed on stop. */
  dataFile?: string;
  /** Called if Réso stops by itself (a crash): the playground is then stopped. */
  onBotExit?: (output: string) => void;
}

export interface Playground {
  url: string;
  discord: LocalDiscord;
  bot: RunningBot;
  /** Stops Réso (SIGTERM, as Ctrl+C would), the web page and the local Discord; removes the temporary files. */
  stop(): Promise<void>;
}

export async function startPlayground(options: PlaygroundOptions): Promise<Playground> {
  const workDir = await mkdtemp(join(tmpdir(), "reso-playground-"));
  const discord = await LocalDiscord.start({ guilds: [playgroundGuild()] });
  const cleanups: (() => Promise<void>)[] = [
    () => discord.close(),
    () => rm(workDir, { recursive: true, force: true }),
  ];
  const cleanUp = async () => {
    // Last started, first stopped: Réso, the page, its files, the local Discord.
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => undefined);
  };
  try {
    // The page's port first: a port in use fails before Réso starts.
    const web: WebServer = await startWebServer({ discord, port: options.port });
    cleanups.push(() => web.close());
    const dataFile = options.dataFile ? resolve(options.dataFile) : join(workDir, "reso.sqlite");
    const env = {
      DATABASE_URL: `sqlite://${dataFile}`,
      DISCORD_GUILD_ID: PLAYGROUND_IDS.guildId,
      // `npm start` sets no NODE_ENV: neither does the playground.
      NODE_ENV: "",
    };
    const deploy = await runNodeScript("dist/deploy-commands.js", botEnv(discord, workDir, env));
    if (deploy.code !== 0) throw new Error(`deploy-commands : ${deploy.stderr.trim() || deploy.stdout.trim()}`);
    const bot = await startBot({ discord, dataDir: workDir, env });
    cleanups.push(async () => {
      await bot.stop();
    });
    let stopping = false;
    bot.process.once("exit", () => {
      if (!stopping) options.onBotExit?.(bot.output());
    });
    return {
      url: web.url,
      discord,
      bot,
      async stop() {
        stopping = true;
        await cleanUp();
      },
    };
  } catch (error) {
    await cleanUp();
    throw error;
  }
}
