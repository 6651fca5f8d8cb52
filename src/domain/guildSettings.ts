import type Keyv from "keyv";
import type { KeyedLock } from "./locks.js";
import { DEFAULT_RETENTION, isValidRetention } from "./quiz/reviews.js";
import { DEFAULT_TIME_ZONE } from "./time.js";
import { DEFAULT_HOLIDAY_COUNTRY } from "./tips/publicHolidays.js";
import type { SchoolBreak } from "./tips/schoolBreaks.js";

export interface GuildSettings {
  /** The class's IANA time zone: days for streaks and daily tips are counted in it. */
  readonly timeZone: string;
  /** The leaderboard's term: a reset starts a new one, and points of earlier terms no longer count. */
  readonly season: number;
  /** Whose public holidays are days off for the daily tips: a date-holidays country code, or null for none. */
  readonly holidayCountry: string | null;
  /** A region of that country with holidays of its own (Alsace-Moselle: "57", "67", "68"), or null. */
  readonly holidayRegion: string | null;
  /** The class's holiday periods set by moderators (« vacances »), in date order. */
  readonly breaks: readonly SchoolBreak[];
  /** The recall probability FSRS schedules reviews for (0.80–0.95, see quiz/reviews.ts). */
  readonly retention: number;
}

const defaults: GuildSettings = {
  timeZone: DEFAULT_TIME_ZONE,
  season: 0,
  holidayCountry: DEFAULT_HOLIDAY_COUNTRY,
  holidayRegion: null,
  breaks: [],
  retention: DEFAULT_RETENTION,
};

/**
 * Per-guild settings shared by every feature, in the "settings" namespace. Read on every answer, so
 * cached in memory: a guild is served by one process, and every change goes through `update`.
 */
export class GuildSettingsRepository {
  readonly #cache = new Map<string, GuildSettings>();

  constructor(
    private readonly store: Keyv,
    private readonly locks: KeyedLock,
  ) {}

  async get(guildId: string): Promise<GuildSettings> {
    const cached = this.#cache.get(guildId);
    if (cached) return cached;
    const stored = (await this.store.get(guildId)) as Partial<GuildSettings> | undefined;
    const settings = { ...defaults, ...stored };
    // A retention edited by hand out of range would make FSRS schedule absurd intervals: the default instead.
    if (!isValidRetention(settings.retention)) settings.retention = DEFAULT_RETENTION;
    this.#cache.set(guildId, settings);
    return settings;
  }

  /**
   * The desired retention FSRS schedules the guild's reviews for: from MIN_RETENTION to MAX_RETENTION (0.80–0.95),
   * anything else refused with a RangeError and nothing written (`/config` checks first and says so in French).
   */
  async setRetention(guildId: string, retention: number): Promise<GuildSettings> {
    if (!isValidRetention(retention)) throw new RangeError(`retention out of range: ${retention}`);
    return this.update(guildId, { retention });
  }

  async update(
    guildId: string,
    change: Partial<GuildSettings> | ((current: GuildSettings) => Partial<GuildSettings>),
  ): Promise<GuildSettings> {
    return this.locks.run(`settings:${guildId}`, async () => {
      const current = await this.get(guildId);
      const next = { ...current, ...(typeof change === "function" ? change(current) : change) };
      await this.store.set(guildId, next);
      this.#cache.set(guildId, next);
      return next;
    });
  }
}
