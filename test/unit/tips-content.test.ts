import { ApplicationCommandOptionType, ChannelType, InteractionContextType, PermissionFlagsBits } from "discord.js";
import { describe, expect, it } from "vitest";
import astuce from "../../src/commands/astuce.js";
import config from "../../src/commands/config.js";
import { tipsStrings } from "../../src/content/tips-strings.js";
import type { Tip } from "../../src/content/types.js";
import { TIP_TEXT_MAX } from "../../src/content/validate.js";
import { parseCustomId } from "../../src/discord/customId.js";
import { tipView } from "../../src/discord/views/tip.js";
import { searchTimeZones, utcOffsetLabel } from "../../src/domain/tips/settings.js";
import { catalog, tipBank } from "../pack.js";

const refs = new Set(catalog.sections.map((entry) => entry.ref));

describe("tip bank", () => {
  it("GIVEN the shipped bank THEN at least 50 tips, each titled, at most 600 characters, citing existing sections", () => {
    expect(tipBank.length).toBeGreaterThanOrEqual(50);
    for (const tip of tipBank) {
      expect(tip.title.length).toBeGreaterThan(0);
      expect(tip.text.length).toBeLessThanOrEqual(TIP_TEXT_MAX);
      for (const ref of tip.sources) expect(refs).toContain(ref);
    }
  });

  it("GIVEN the bank THEN no tip rests on the worksheet or on the reader's comment, and a dated limit says so", () => {
    // The worksheet is the questions, not a source of advice; the comment under the LinkedIn article is a reader's.
    const unsourced = tipBank.filter((tip) =>
      tip.sources.some((ref) => ref === "specificites/travail-a-faire" || ref === "like-love/commentaire"),
    );
    expect(unsourced.map((tip) => tip.id)).toEqual([]);
    // The documents date from Twitter's 140 characters: a tip that repeats the figure says the limit has changed.
    const dated = tipBank.filter((tip) => tip.text.includes("140 caractères"));
    for (const tip of dated) expect(tip.text, tip.id).toMatch(/a changé depuis/);
  });
});

describe("tip view", () => {
  it("GIVEN a tip THEN an embed with its title, text and sources, and a button opening its first section", () => {
    const tip = tipBank.find((candidate) => candidate.sources.length > 1) as Tip;
    const view = tipView(tip, catalog, tipsStrings.fr.tip, tipsStrings.fr.tip.dailyHeading);
    const embed = view.embeds[0]?.toJSON();
    expect(embed?.title).toBe(tip.title);
    expect(embed?.author?.name).toBe("💡 Astuce du jour");
    const firstSection = catalog.section(tip.sources[0] as string);
    expect(embed?.footer?.text).toContain(firstSection?.section.title);
    expect(embed?.footer?.text.startsWith("Sources : ")).toBe(true);
    const button = view.components[0]?.toJSON().components[0] as { custom_id: string; label: string };
    const [documentId, sectionId] = (tip.sources[0] as string).split("/");
    expect(parseCustomId(button.custom_id)).toEqual({
      command: "cours",
      action: "open",
      args: [documentId, sectionId],
    });
    expect(button.label.length).toBeLessThanOrEqual(80);
  });

  it("GIVEN every tip THEN its view fits Discord's limits", () => {
    for (const tip of tipBank) {
      const embed = tipView(tip, catalog, tipsStrings.en.tip, "x").embeds[0]?.toJSON();
      expect(embed?.description?.length).toBeLessThanOrEqual(4096);
      expect(embed?.footer?.text.length).toBeLessThanOrEqual(2048);
    }
  });
});

describe("tips strings and commands", () => {
  const keys = (value: unknown, prefix = ""): string[] =>
    typeof value === "object" && value !== null
      ? Object.entries(value).flatMap(([key, inner]) => keys(inner, `${prefix}${key}.`))
      : [prefix];

  it("GIVEN the French and English tables THEN they have the same keys", () => {
    expect(keys(tipsStrings.en)).toEqual(keys(tipsStrings.fr));
  });

  it("GIVEN /config THEN guild-only, Manage Server by default, and a text or announcement channel to choose", () => {
    const json = config.data.toJSON();
    expect(json.default_member_permissions).toBe(String(PermissionFlagsBits.ManageGuild));
    expect(json.contexts).toEqual([InteractionContextType.Guild]);
    expect(config.guildOnly).toBe(true);
    const subcommands = json.options?.map((option) => option.name);
    expect(subcommands).toEqual([
      "astuces",
      "voir",
      "publier-astuce",
      "prochaine-astuce",
      "jours-feries",
      "vacances",
      "revisions",
    ]);
    const vacances = json.options?.[5] as { type: number; options: { name: string }[] };
    expect(vacances.type).toBe(ApplicationCommandOptionType.SubcommandGroup);
    expect(vacances.options.map((option) => option.name)).toEqual(["ajouter", "retirer", "effacer"]);
    const astuces = json.options?.[0] as { type: number; options: { name: string; channel_types?: number[] }[] };
    expect(astuces.type).toBe(ApplicationCommandOptionType.Subcommand);
    expect(astuces.options.map((option) => option.name)).toEqual(["salon", "heure", "fuseau", "jours", "actif"]);
    expect(astuces.options[0]?.channel_types).toEqual([ChannelType.GuildText, ChannelType.GuildAnnouncement]);
    expect(json.name_localizations?.["en-US"]).toBe("config");
  });

  it("GIVEN /astuce THEN everyone, in a server or in DMs", () => {
    const json = astuce.data.toJSON();
    expect(json.default_member_permissions ?? null).toBeNull();
    expect(json.contexts).toEqual([InteractionContextType.Guild, InteractionContextType.BotDM]);
    expect(json.name_localizations?.["en-US"]).toBe("tip");
  });

  it("GIVEN a zone typed partly THEN it is suggested, the default first when nothing is typed", () => {
    expect(searchTimeZones("")[0]).toBe("Europe/Paris");
    expect(searchTimeZones("paris")[0]).toBe("Europe/Paris");
    expect(searchTimeZones("new york")[0]).toBe("America/New_York");
    expect(searchTimeZones("montr")).toContain("America/Montreal");
    expect(searchTimeZones("europe").length).toBeLessThanOrEqual(25);
    expect(utcOffsetLabel("Europe/Paris", new Date("2025-01-15T12:00:00Z"))).toBe("UTC+01:00");
    expect(utcOffsetLabel("UTC", new Date("2025-01-15T12:00:00Z"))).toBe("UTC+00:00");
    expect(utcOffsetLabel("America/St_Johns", new Date("2025-01-15T12:00:00Z"))).toBe("UTC-03:30");
    expect(searchTimeZones("kolkata")).toContain("Asia/Kolkata");
  });
});
