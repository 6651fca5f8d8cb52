import { type Logger, pino } from "pino";

export type { Logger };

/**
 * Structured JSON logs on stdout. Every written line is scrubbed of the secrets given here, so a token
 * can never leak, even through an error message or a request URL that happens to contain it.
 */
export function createLogger(options: { level: string; secrets?: readonly string[] }): Logger {
  const secrets = (options.secrets ?? []).filter((secret) => secret.length >= 8);
  return pino({
    level: options.level,
    base: { pid: process.pid },
    redact: { paths: ["token", "*.token", "headers.authorization", "*.headers.authorization"], censor: "[secret]" },
    hooks: {
      streamWrite: (line) => secrets.reduce((text, secret) => text.replaceAll(secret, "[secret]"), line),
    },
  });
}
