import { DiscordjsErrorCodes } from "discord.js";
import { startBot } from "./bot.js";
import { ConfigError, loadConfig } from "./config.js";
import { ContentError } from "./content/validate.js";
import { LoaderError } from "./discord/loader.js";
import { createLogger } from "./logger.js";
import { StoreError } from "./store.js";

/** `npm start`: validate the config, start Réso, and close cleanly on SIGINT/SIGTERM. */
async function main(): Promise<void> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) exitWith(error.problems);
    throw error;
  }
  const logger = createLogger({ level: config.logLevel, secrets: [config.discordToken] });
  // A stray rejection is a bug to log, not a reason to drop every class's session.
  process.on("unhandledRejection", (reason) => logger.error({ err: reason }, "unhandled promise rejection"));

  let bot: Awaited<ReturnType<typeof startBot>>;
  try {
    bot = await startBot(config, logger);
  } catch (error) {
    if (error instanceof ConfigError || error instanceof ContentError) exitWith(error.problems);
    if (error instanceof StoreError || error instanceof LoaderError) exitWith([error.message]);
    if (isTokenInvalid(error)) {
      exitWith([
        "Discord refuse DISCORD_TOKEN (401) : le token est invalide ou a été régénéré. Copiez le token actuel (Developer Portal → Bot → Reset Token) dans .env.",
      ]);
    }
    const networkCode = networkErrorCode(error);
    if (networkCode) {
      exitWith([
        `Impossible de joindre Discord à ${config.discordApiUrl} (${networkCode}) : vérifiez la connexion réseau, ou DISCORD_API_URL s'il est défini.`,
      ]);
    }
    logger.fatal({ err: error }, "start failed");
    process.exit(1);
  }

  const shutdown = (signal: NodeJS.Signals) => {
    logger.info({ signal }, "shutting down");
    bot.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, "shutdown failed");
        process.exit(1);
      },
    );
  };
  process.once("SIGINT", shutdown);
  process.once("SIGTERM", shutdown);
}

function isTokenInvalid(error: unknown): boolean {
  return error instanceof Error && "code" in error && error.code === DiscordjsErrorCodes.TokenInvalid;
}

function networkErrorCode(error: unknown): string | undefined {
  const code = error instanceof Error && "code" in error ? String(error.code) : "";
  return ["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "ETIMEDOUT", "ECONNRESET", "EHOSTUNREACH"].includes(code)
    ? code
    : undefined;
}

/** One clear line per problem on stderr, no stack trace, exit code 1. */
function exitWith(lines: readonly string[]): never {
  for (const line of lines) process.stderr.write(`${line}\n`);
  process.exit(1);
}

await main();
