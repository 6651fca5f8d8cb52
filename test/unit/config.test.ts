import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import {
  ConfigError,
  clearEmptyVariables,
  DEFAULT_DATABASE_URL,
  DEFAULT_DISCORD_API_URL,
  parseConfig,
  requireClientId,
} from "../../src/app/config.js";
import { DEFAULT_PACK_DIR } from "../../src/content/pack/location.js";

const token = "MTIzNDU2Nzg5MDEyMzQ1Njc4.GabcDE.abcdefghijklmnopqrstuvwxyz0123456789AB";

function problemsOf(env: Record<string, string>): readonly string[] {
  try {
    parseConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe("parseConfig", () => {
  it("GIVEN only a token THEN applies the documented defaults", () => {
    const config = parseConfig({ DISCORD_TOKEN: token });
    expect(config).toEqual({
      discordToken: token,
      discordClientId: undefined,
      discordGuildId: undefined,
      discordApiUrl: DEFAULT_DISCORD_API_URL,
      databaseUrl: DEFAULT_DATABASE_URL,
      logLevel: "info",
      shardCount: undefined,
      contentDir: DEFAULT_PACK_DIR,
    });
  });

  it("GIVEN RESO_CONTENT_DIR THEN the folder, from the working directory; a missing one is one line", () => {
    expect(parseConfig({ DISCORD_TOKEN: token, RESO_CONTENT_DIR: "test/fixtures/pack-mini" }).contentDir).toBe(
      resolve("test/fixtures/pack-mini"),
    );
    expect(problemsOf({ DISCORD_TOKEN: token, RESO_CONTENT_DIR: "nulle/part" })).toEqual([
      expect.stringMatching(/^Configuration invalide : RESO_CONTENT_DIR — .*ce dossier n'existe pas/),
    ]);
  });

  it("GIVEN every variable THEN keeps them, without the API URL's trailing slash", () => {
    const config = parseConfig({
      DISCORD_TOKEN: ` ${token} `,
      DISCORD_CLIENT_ID: "123456789012345678",
      DISCORD_GUILD_ID: "223456789012345678",
      DISCORD_API_URL: "http://127.0.0.1:8080/api/",
      DATABASE_URL: "redis://localhost:6379",
      LOG_LEVEL: "debug",
    });
    expect(config.discordToken).toBe(token);
    expect(config.discordApiUrl).toBe("http://127.0.0.1:8080/api");
    expect(config.databaseUrl).toBe("redis://localhost:6379");
    expect(config.logLevel).toBe("debug");
  });

  it("GIVEN empty optional values THEN treats them as unset", () => {
    const config = parseConfig({ DISCORD_TOKEN: token, DISCORD_GUILD_ID: "", LOG_LEVEL: " " });
    expect(config.discordGuildId).toBeUndefined();
    expect(config.logLevel).toBe("info");
  });

  it("GIVEN no token THEN one line names DISCORD_TOKEN and how to get it", () => {
    const problems = problemsOf({});
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/DISCORD_TOKEN — manquant.*Developer Portal/);
  });

  it("GIVEN several bad values THEN one line per variable, none echoing the value", () => {
    const problems = problemsOf({
      DISCORD_TOKEN: `Bot ${token}`,
      DISCORD_CLIENT_ID: "my-app",
      DISCORD_GUILD_ID: "12",
      DISCORD_API_URL: "ftp://example",
      DATABASE_URL: "mysql://x",
      LOG_LEVEL: "loud",
    });
    expect(problems).toHaveLength(6);
    for (const name of [
      "DISCORD_TOKEN",
      "DISCORD_CLIENT_ID",
      "DISCORD_GUILD_ID",
      "DISCORD_API_URL",
      "DATABASE_URL",
      "LOG_LEVEL",
    ]) {
      expect(problems.filter((line) => line.includes(name))).toHaveLength(1);
    }
    expect(problems.join("\n")).not.toContain(token);
    expect(problems.find((line) => line.includes("DISCORD_TOKEN"))).toMatch(/sans le préfixe « Bot »/);
  });

  it("GIVEN a value that is not a token THEN says so", () => {
    expect(problemsOf({ DISCORD_TOKEN: "hello" })[0]).toMatch(/DISCORD_TOKEN — ce n'est pas un token/);
  });

  it("GIVEN SHARD_COUNT THEN a positive whole number is kept, anything else named in one line", () => {
    expect(parseConfig({ DISCORD_TOKEN: token, SHARD_COUNT: " 2 " }).shardCount).toBe(2);
    expect(parseConfig({ DISCORD_TOKEN: token, SHARD_COUNT: "" }).shardCount).toBeUndefined();
    for (const bad of ["0", "-1", "1.5", "deux", "auto"]) {
      const problems = problemsOf({ DISCORD_TOKEN: token, SHARD_COUNT: bad });
      expect(problems).toEqual([
        expect.stringMatching(/^Configuration invalide : SHARD_COUNT — doit être un nombre entier/),
      ]);
    }
  });

  it("GIVEN deploy without a client id THEN requireClientId names DISCORD_CLIENT_ID", () => {
    expect(() => requireClientId(parseConfig({ DISCORD_TOKEN: token }))).toThrow(/DISCORD_CLIENT_ID — manquant/);
  });
});

describe("parseConfig: .env.example filled in as the README says", () => {
  it("GIVEN an empty DISCORD_TOKEN THEN it is missing, with where to find it, not 'not a bot token'", () => {
    for (const empty of ["", "   "]) {
      const problems = problemsOf({ DISCORD_TOKEN: empty });
      expect(problems).toEqual([
        expect.stringMatching(/DISCORD_TOKEN — manquant.*Developer Portal → Bot → Reset Token/),
      ]);
      expect(problems[0]).not.toContain("ce n'est pas un token");
    }
  });

  it("GIVEN every variable wrong at once THEN every problem is listed, one French line per variable", () => {
    const problems = problemsOf({
      DISCORD_TOKEN: "",
      DISCORD_CLIENT_ID: "abc",
      DISCORD_GUILD_ID: "12",
      DISCORD_API_URL: "discord",
      DATABASE_URL: "mysql://x",
      LOG_LEVEL: "loud",
      SHARD_COUNT: "0",
    });
    expect(problems).toHaveLength(7);
    for (const line of problems) expect(line).toMatch(/^Configuration invalide : [A-Z_]+ — [^\n]+\.$/);
  });

  it("GIVEN deploy-commands without an Application ID and a bad token THEN both are listed at once", () => {
    const problems = (() => {
      try {
        parseConfig({ DISCORD_TOKEN: "", DISCORD_CLIENT_ID: "" }, { clientIdRequired: true });
      } catch (error) {
        if (error instanceof ConfigError) return error.problems;
      }
      return [];
    })();
    expect(problems).toEqual([
      expect.stringMatching(/DISCORD_TOKEN — manquant/),
      expect.stringMatching(/DISCORD_CLIENT_ID — manquant.*Application ID/),
    ]);
  });

  it("GIVEN blank variables THEN clearEmptyVariables removes them, and only them, so no library reads them", () => {
    const env: NodeJS.ProcessEnv = { SHARD_COUNT: "", SHARDS: " ", LOG_LEVEL: "info", DATABASE_URL: "" };
    clearEmptyVariables(env);
    expect(env).toEqual({ LOG_LEVEL: "info" });
    expect("SHARD_COUNT" in env).toBe(false);
  });
});
