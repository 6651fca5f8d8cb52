import type Keyv from "keyv";
import type { KeyedLock } from "./locks.js";
import { DEFAULT_TIME_ZONE } from "./time.js";

export interface GuildSettings {
  /** The class's IANA time zone: days for streaks and daily tips are counted in it. */
  readonly timeZone: string;
}

const defaults: GuildSettings = { timeZone: DEFAULT_TIME_ZONE };

/** Per-guild settings shared by every feature, in the "settings" namespace. */
export class GuildSettingsRepository {
  constructor(
    private readonly store: Keyv,
    private readonly locks: KeyedLock,
  ) {}

  async get(guildId: string): Promise<GuildSettings> {
    const stored = (await this.store.get(guildId)) as Partial<GuildSettings> | undefined;
    return { ...defaults, ...stored };
  }

  async update(guildId: string, change: Partial<GuildSettings>): Promise<GuildSettings> {
    return this.locks.run(`settings:${guildId}`, async () => {
      const next = { ...(await this.get(guildId)), ...change };
      await this.store.set(guildId, next);
      return next;
    });
  }
}
