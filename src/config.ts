import { existsSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { config as loadDotenv } from "dotenv";
import { z } from "zod";
import { DEFAULT_PACK_DIR } from "./content/pack/location.js";

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

const envSchema = z.object({
  DISCORD_TOKEN: z
    .string({ error: "manquant : copiez le token du bot (Developer Portal → Bot → Reset Token) dans .env" })
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

export function parseConfig(env: NodeJS.ProcessEnv): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    // Never echo the received value: it may be the token.
    throw new ConfigError(
      parsed.error.issues.map((issue) => `Configuration invalide : ${String(issue.path[0])} — ${issue.message}.`),
    );
  }
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

/** Reads `.env` (when present) over nothing: variables already in the environment win, as dotenv does. */
export function loadConfig(): Config {
  loadDotenv({ quiet: true });
  return parseConfig(process.env);
}

export function requireClientId(config: Config): string {
  if (!config.discordClientId) {
    throw new ConfigError([
      "Configuration invalide : DISCORD_CLIENT_ID — manquant : copiez l'Application ID (Developer Portal → General) dans .env.",
    ]);
  }
  return config.discordClientId;
}
