import { existsSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { config as loadDotenv } from "dotenv";
import { z } from "zod";
import { DEFAULT_PACK_DIR } from "../content/pack/location.js";

/** Discord's REST base when DISCORD_API_URL is not set (discord.js appends "/v10"). */
export const DEFAULT_DISCORD_API_URL = "https://discord.com/api";
export const DEFAULT_DATABASE_URL = "sqlite://data/reso.sqlite";

const snowflake = /^\d{17,20}$/;
// Three dot-separated base64url parts: what every bot token looks like. Catches pasted quotes, spaces and "Bot " prefixes.
const tokenShape = /^[\w-]{10,}\.[\w-]{4,}\.[\w-]{10,}$/;
const logLevels = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;
const databaseSchemes = ["sqlite:", "redis:", "rediss:", "postgres:", "postgresql:"];

/** Empty values in .env mean "not set", as most users expect from `KEY=`. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), schema.optional());

const MISSING_TOKEN = "manquant : copiez le token du bot (Developer Portal → Bot → Reset Token) dans .env";
const MISSING_CLIENT_ID = "manquant : copiez l'Application ID (Developer Portal → General Information) dans .env";

const envSchema = z.object({
  // `DISCORD_TOKEN=` left empty, as in .env.example, is a missing token, not a malformed one.
  DISCORD_TOKEN: z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
    z
      .string({ error: MISSING_TOKEN })
      .trim()
      .check((context) => {
        // One message per variable: the most useful one wins.
        if (/^bot\s/i.test(context.value)) {
          context.issues.push({
            code: "custom",
            input: context.value,
            message: "n'écrivez que le token, sans le préfixe « Bot »",
          });
        } else if (!tokenShape.test(context.value)) {
          context.issues.push({
            code: "custom",
            input: context.value,
            message: "ce n'est pas un token de bot (trois parties séparées par des points)",
          });
        }
      }),
  ),
  DISCORD_CLIENT_ID: optional(
    z.string().trim().regex(snowflake, "doit être l'Application ID (17 à 20 chiffres, Developer Portal → General)"),
  ),
  DISCORD_GUILD_ID: optional(
    z
      .string()
      .trim()
      .regex(snowflake, "doit être l'identifiant du serveur (17 à 20 chiffres, clic droit → Copier l'identifiant)"),
  ),
  DISCORD_API_URL: optional(
    z
      .url({ protocol: /^https?$/, error: "doit être une URL http(s), par exemple https://discord.com/api" })
      .transform((value) => value.replace(/\/+$/, "")),
  ),
  DATABASE_URL: optional(
    z
      .string()
      .trim()
      .refine(
        (value) => databaseSchemes.some((scheme) => value.startsWith(scheme)),
        "doit commencer par sqlite://, redis:// ou postgresql:// (laisser vide pour data/reso.sqlite)",
      ),
  ),
  LOG_LEVEL: optional(z.enum(logLevels, { error: `doit valoir ${logLevels.join(", ")}` })),
  RESO_CONTENT_DIR: optional(
    z
      .string()
      .trim()
      .transform((value) => resolve(value))
      .refine(
        (path) => existsSync(path) && statSync(path).isDirectory(),
        "doit être le dossier du cours de la classe (cours.yaml, cours/, quiz/…) : ce dossier n'existe pas (laisser vide pour le cours fourni)",
      ),
  ),
  SHARD_COUNT: optional(
    z
      .string()
      .trim()
      .regex(
        /^[1-9]\d{0,4}$/,
        "doit être un nombre entier de shards, 1 ou plus (laisser vide : le nombre conseillé par Discord)",
      )
      .transform(Number),
  ),
});

export interface Config {
  readonly discordToken: string;
  readonly discordClientId: string | undefined;
  readonly discordGuildId: string | undefined;
  readonly discordApiUrl: string;
  readonly databaseUrl: string;
  readonly logLevel: (typeof logLevels)[number];
  /** Gateway shards of `npm run start:sharded` (undefined: as many as Discord recommends). */
  readonly shardCount: number | undefined;
  /** The course pack's folder: RESO_CONTENT_DIR, or the course shipped in src/content. */
  readonly contentDir: string;
}

/** Thrown with one line per problem, meant to be printed as is (no stack trace). */
export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.join("\n"));
    this.name = "ConfigError";
  }
}

export interface ParseOptions {
  /** `npm run deploy-commands` needs the Application ID: its absence is listed with the other problems. */
  readonly clientIdRequired?: boolean;
}

/** Every problem at once, one French line each (one per variable), never echoing a value (it may be the token). */
export function parseConfig(env: NodeJS.ProcessEnv, options: ParseOptions = {}): Config {
  const parsed = envSchema.safeParse(env);
  const lines = parsed.success
    ? []
    : parsed.error.issues.map((issue) => `Configuration invalide : ${String(issue.path[0])} — ${issue.message}.`);
  if (options.clientIdRequired && !env.DISCORD_CLIENT_ID?.trim()) {
    lines.push(`Configuration invalide : DISCORD_CLIENT_ID — ${MISSING_CLIENT_ID}.`);
  }
  if (!parsed.success || lines.length > 0) throw new ConfigError([...new Set(lines)]);
  const values = parsed.data;
  return {
    discordToken: values.DISCORD_TOKEN,
    discordClientId: values.DISCORD_CLIENT_ID,
    discordGuildId: values.DISCORD_GUILD_ID,
    discordApiUrl: values.DISCORD_API_URL ?? DEFAULT_DISCORD_API_URL,
    databaseUrl: values.DATABASE_URL ?? DEFAULT_DATABASE_URL,
    logLevel: values.LOG_LEVEL ?? "info",
    shardCount: values.SHARD_COUNT,
    contentDir: values.RESO_CONTENT_DIR ?? DEFAULT_PACK_DIR,
  };
}

/**
 * Reads `.env` (when present) over nothing: variables already in the environment win, as dotenv does. Then
 * every empty variable is removed from process.env: `KEY=` means "not set" for Réso AND for the libraries that
 * read the environment themselves (discord.js reads SHARDS, SHARD_COUNT, SHARDING_MANAGER… and turns an empty
 * SHARD_COUNT into 0 shards). Call it before any such library is used: every entry point starts with it.
 */
export function loadConfig(options: ParseOptions = {}): Config {
  loadDotenv({ quiet: true });
  clearEmptyVariables(process.env);
  return parseConfig(process.env, options);
}

/**
 * Only DATABASE_URL, from the environment and .env, for the tools that need no Discord access (`npm run backup`,
 * `npm run restore`): a missing token must not stop a backup.
 */
export function loadDatabaseUrl(): string {
  loadDotenv({ quiet: true });
  clearEmptyVariables(process.env);
  const parsed = envSchema.shape.DATABASE_URL.safeParse(process.env.DATABASE_URL);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => `Configuration invalide : DATABASE_URL — ${issue.message}.`),
    );
  }
  return parsed.data ?? DEFAULT_DATABASE_URL;
}

/**
 * Only RESO_CONTENT_DIR, from the environment and .env, for the content tools (`npm run check-content`,
 * `npm run grade`): they read the same pack as Réso, so a class's own course set in .env is the one checked.
 */
export function loadContentDir(): string {
  loadDotenv({ quiet: true });
  clearEmptyVariables(process.env);
  const parsed = envSchema.shape.RESO_CONTENT_DIR.safeParse(process.env.RESO_CONTENT_DIR);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => `Configuration invalide : RESO_CONTENT_DIR — ${issue.message}.`),
    );
  }
  return parsed.data ?? DEFAULT_PACK_DIR;
}

/** Deletes every variable whose value is empty or blank, so that "set to nothing" reads as "not set" everywhere. */
export function clearEmptyVariables(env: NodeJS.ProcessEnv): void {
  for (const [name, value] of Object.entries(env)) {
    if (value !== undefined && value.trim() === "") delete env[name];
  }
}

export function requireClientId(config: Config): string {
  if (!config.discordClientId) {
    throw new ConfigError([`Configuration invalide : DISCORD_CLIENT_ID — ${MISSING_CLIENT_ID}.`]);
  }
  return config.discordClientId;
}
