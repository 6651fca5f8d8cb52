import type Keyv from "keyv";
import type { KeyedLock } from "./locks.js";
import { DEFAULT_TIME_ZONE } from "./time.js";

export interface GuildSettings {
  /** The class's IANA time zone: days for streaks and daily tips are counted in it. */
  readonly timeZone: string;
  /** The leaderboard's term: a reset starts a new one, and points of earlier terms no longer count. */
  readonly season: number;
}

const defaults: GuildSettings = { timeZone: DEFAULT_TIME_ZONE, season: 0 };

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
    this.#cache.set(guildId, settings);
    return settings;
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
