import { DiscordAPIError, DiscordjsErrorCodes } from "discord.js";
import { ContentError } from "../content/validate.js";
import { LoaderError } from "../discord/loader.js";
import { StoreError } from "../store/store.js";
import { type Config, ConfigError, loadConfig } from "./config.js";
import type { Logger } from "./logger.js";

/**
 * What `npm start` (src/index.ts) and `npm run start:sharded` (src/shard.ts) share: the configuration
 * checked once, every known start-up failure turned into one clear line on stderr, and a clean stop on
 * SIGINT/SIGTERM.
 */

/** The validated configuration, or one line per problem on stderr and exit 1. */
export function loadConfigOrExit(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) exitWith(error.problems);
    throw error;
  }
}

/** The lines that explain a known start-up failure; undefined for an unexpected one (a bug, logged whole). */
export function startupProblems(error: unknown, config: Config): readonly string[] | undefined {
  if (error instanceof ConfigError || error instanceof ContentError) return error.problems;
  if (error instanceof StoreError || error instanceof LoaderError) return [error.message];
  if (isTokenRefused(error)) {
    return [
      "Discord refuse DISCORD_TOKEN (401) : le token est invalide ou a été régénéré. Copiez le token actuel (Developer Portal → Bot → Reset Token) dans .env.",
    ];
  }
  const networkCode = networkErrorCode(error);
  if (networkCode) {
    return [
      `Impossible de joindre Discord à ${config.discordApiUrl} (${networkCode}) : vérifiez la connexion réseau, ou DISCORD_API_URL s'il est défini.`,
    ];
  }
  return undefined;
}

/** Exits 1 with the known problem's lines, or with the unexpected error logged whole. */
export function exitOnStartupError(error: unknown, config: Config, logger: Logger): never {
  const lines = startupProblems(error, config);
  if (lines) exitWith(lines);
  logger.fatal({ err: error }, "start failed");
  process.exit(1);
}

/** One clear line per problem on stderr, no stack trace, exit code 1. */
export function exitWith(lines: readonly string[]): never {
  for (const line of lines) process.stderr.write(`${line}\n`);
  process.exit(1);
}

/** A stray rejection is a bug to log, not a reason to drop every class's session. */
export function logUnhandledRejections(logger: Logger): void {
  process.on("unhandledRejection", (reason) => logger.error({ err: reason }, "unhandled promise rejection"));
}

/**
 * On SIGINT or SIGTERM, logs "shutting down", runs `stop` once and exits (0, or 1 if it failed). A second
 * signal while stopping is ignored: under the sharding manager a child may get Ctrl+C from the terminal
 * and the manager's SIGTERM. Returns the trigger, for other reasons to stop.
 */
export function stopOnSignals(logger: Logger, stop: () => Promise<void>): (reason: string) => void {
  let stopping = false;
  const shutdown = (reason: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal: reason }, "shutting down");
    stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, "shutdown failed");
        process.exit(1);
      },
    );
  };
  process.on("SIGINT", () => shutdown("SIGINT"));
  process.on("SIGTERM", () => shutdown("SIGTERM"));
  return shutdown;
}

function isTokenRefused(error: unknown): boolean {
  if (error instanceof DiscordAPIError) return error.status === 401;
  return error instanceof Error && "code" in error && error.code === DiscordjsErrorCodes.TokenInvalid;
}

const NETWORK_CODES = ["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "ETIMEDOUT", "ECONNRESET", "EHOSTUNREACH"];

/** The network error code of `error` or of its cause (fetch wraps it: "fetch failed", cause ECONNREFUSED). */
function networkErrorCode(error: unknown): string | undefined {
  for (let current = error, depth = 0; current instanceof Error && depth < 5; current = current.cause, depth++) {
    const code = "code" in current ? String(current.code) : "";
    if (NETWORK_CODES.includes(code)) return code;
  }
  return undefined;
}
