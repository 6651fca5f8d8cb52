import { z } from "zod";
import { foldText } from "../text.js";
import { DEFAULT_TIME_ZONE, isValidTimeZone } from "../time.js";
import { normalizeClockTime, type PostingDays, postingDays } from "./schedule.js";

/** A guild's daily-tip settings, in the "tips" store. The zone lives in the shared guild settings. */
export interface TipsConfig {
  readonly channelId: string;
  /** "HH:MM", local to the guild's zone. */
  readonly time: string;
  readonly days: PostingDays;
  readonly enabled: boolean;
}

export const DEFAULT_TIPS_TIME = "08:30";
export const DEFAULT_POSTING_DAYS: PostingDays = "weekdays";

const snowflake = z.string().regex(/^\d{17,20}$/);

export const tipsConfigSchema = z.object({
  channelId: snowflake,
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
  days: z.enum(postingDays),
  enabled: z.boolean(),
});

/** What a moderator typed in `/config astuces`; options left out keep their current value. */
export interface TipsSettingsInput {
  readonly channelId: string;
  readonly time: string;
  readonly timeZone?: string | null | undefined;
  readonly days?: PostingDays | null | undefined;
  readonly enabled?: boolean | null | undefined;
}

export type TipsSettingsProblem =
  | { readonly field: "time"; readonly value: string }
  | { readonly field: "timeZone"; readonly value: string };

export type TipsSettingsResult =
  | { readonly ok: true; readonly config: TipsConfig; readonly timeZone: string }
  | { readonly ok: false; readonly problems: readonly TipsSettingsProblem[] };

const inputSchema = z.object({
  channelId: snowflake,
  time: z.string().transform((value, context) => {
    const time = normalizeClockTime(value);
    if (time === undefined) context.issues.push({ code: "custom", input: value, message: "time" });
    return time ?? z.NEVER;
  }),
  timeZone: z.string().transform((value, context) => {
    const zone = canonicalTimeZone(value);
    if (zone === undefined) context.issues.push({ code: "custom", input: value, message: "timeZone" });
    return zone ?? z.NEVER;
  }),
  days: z.enum(postingDays),
  enabled: z.boolean(),
});

/**
 * Checks and completes a `/config astuces` input against the current values: every problem at once, and
 * nothing to save unless everything is valid. First configuration: weekdays, enabled, the guild's zone.
 */
export function validateTipsSettings(
  input: TipsSettingsInput,
  current: { readonly config: TipsConfig | undefined; readonly timeZone: string },
): TipsSettingsResult {
  const parsed = inputSchema.safeParse({
    channelId: input.channelId,
    time: input.time,
    timeZone: input.timeZone ?? current.timeZone,
    days: input.days ?? current.config?.days ?? DEFAULT_POSTING_DAYS,
    enabled: input.enabled ?? current.config?.enabled ?? true,
  });
  if (parsed.success) {
    const { timeZone, ...config } = parsed.data;
    return { ok: true, config, timeZone };
  }
  const problems: TipsSettingsProblem[] = [];
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    if (field === "time") problems.push({ field, value: input.time });
    else if (field === "timeZone") problems.push({ field, value: input.timeZone ?? current.timeZone });
    else throw new RangeError(`invalid tips settings: ${String(field)} ${issue.message}`);
  }
  return { ok: false, problems };
}

/**
 * The zone as it will be stored: "europe/paris" → "Europe/Paris"; undefined when the runtime does not know it.
 * A valid name missing from the list (an alias such as "America/Montreal") is kept as typed: resolving it
 * would show the moderator a different city than the one they chose.
 */
export function canonicalTimeZone(value: string): string | undefined {
  const trimmed = value.trim();
  if (trimmed === "" || !isValidTimeZone(trimmed)) return undefined;
  const folded = trimmed.toLowerCase();
  return knownTimeZones().find((zone) => zone.toLowerCase() === folded) ?? trimmed;
}

/**
 * Current IANA names that ICU's list (CLDR ids) gives under an older name ("Asia/Calcutta", "Europe/Kiev"),
 * and Montreal, which French-speaking classes look for.
 */
const COMMON_ALIASES = [
  "America/Montreal",
  "America/Nuuk",
  "Asia/Ho_Chi_Minh",
  "Asia/Kathmandu",
  "Asia/Kolkata",
  "Asia/Yangon",
  "Atlantic/Faroe",
  "Europe/Kyiv",
  "Pacific/Kanton",
];

let zoneList: readonly string[] | undefined;

/** Every IANA zone the runtime knows, UTC and the common current names included. */
export function knownTimeZones(): readonly string[] {
  zoneList ??= [
    ...new Set([...Intl.supportedValuesOf("timeZone"), "UTC", ...COMMON_ALIASES.filter(isValidTimeZone)]),
  ].sort();
  return zoneList;
}

/**
 * Zones matching what is typed, for autocomplete: accents, case, "_" and "/" ignored; a city or region that
 * starts with the query first ("par" → Europe/Paris before America/Paramaribo). Empty query: the default first.
 */
export function searchTimeZones(query: string, limit = 25): string[] {
  const words = foldText(query.replace(/[_/]/g, " ")).split(" ").filter(Boolean);
  const zones = knownTimeZones();
  if (words.length === 0)
    return [DEFAULT_TIME_ZONE, ...zones.filter((zone) => zone !== DEFAULT_TIME_ZONE)].slice(0, limit);
  const scored: { zone: string; score: number }[] = [];
  for (const zone of zones) {
    const folded = foldText(zone.replace(/[_/]/g, " "));
    if (!words.every((word) => folded.includes(word))) continue;
    const typed = words.join(" ");
    const city = foldText((zone.split("/").at(-1) ?? "").replace(/_/g, " "));
    const score =
      folded === typed || city === typed ? 0 : city.startsWith(typed) ? 1 : folded.startsWith(typed) ? 2 : 3;
    scored.push({ zone, score });
  }
  return scored
    .sort((a, b) => a.score - b.score || a.zone.localeCompare(b.zone))
    .slice(0, limit)
    .map((entry) => entry.zone);
}

/** "UTC+01:00", "UTC-03:30", "UTC+00:00": the zone's offset at `date`, for autocomplete labels. */
export function utcOffsetLabel(timeZone: string, date: Date): string {
  const name =
    new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "longOffset" })
      .formatToParts(date)
      .find((part) => part.type === "timeZoneName")?.value ?? "GMT";
  // ICU writes a zero offset "GMT" and a minus sign as U+2212.
  return name === "GMT" ? "UTC+00:00" : name.replace("GMT", "UTC").replace("\u2212", "-");
}
