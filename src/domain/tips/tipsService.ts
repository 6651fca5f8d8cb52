import type Keyv from "keyv";
import { z } from "zod";
import type { Logger } from "../../app/logger.js";
import type { Tip } from "../../content/types.js";
import type { Clock } from "../clock.js";
import type { GuildSettings, GuildSettingsRepository } from "../guildSettings.js";
import type { KeyedLock } from "../locks.js";
import { DEFAULT_TIME_ZONE, daysBetween, localDay } from "../time.js";
import type { PublicHolidays } from "./publicHolidays.js";
import { advance, giveBack, nextTipId, type Random, type RotationState, reconcile } from "./rotation.js";
import { type DailySchedule, dueDay, nextPostInstant } from "./schedule.js";
import { breakOn } from "./schoolBreaks.js";
import { type TipsConfig, tipsConfigSchema } from "./settings.js";

/** The channel permissions Réso needs to post a tip. */
export const tipPermissions = ["ViewChannel", "SendMessages", "EmbedLinks"] as const;
export type TipPermission = (typeof tipPermissions)[number];

/** Why a tip could not be posted: shown by /config voir, retried the next posting day. */
export type TipProblem =
  | { readonly kind: "channel-missing" }
  | { readonly kind: "missing-permissions"; readonly permissions: readonly TipPermission[] }
  | { readonly kind: "discord-error"; readonly message: string };

export type PostOutcome =
  | { readonly ok: true; readonly messageId: string }
  | { readonly ok: false; readonly problem: TipProblem };

/** Posts a tip in a guild channel: the Discord side, injected so that the domain tests without Discord. */
export type TipPoster = (
  target: { readonly guildId: string; readonly channelId: string },
  tip: Tip,
) => Promise<PostOutcome>;

const problemSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("channel-missing") }),
  z.object({ kind: z.literal("missing-permissions"), permissions: z.array(z.enum(tipPermissions)).readonly() }),
  z.object({ kind: z.literal("discord-error"), message: z.string() }),
]);

const dayRecordSchema = z.object({
  /** The local day claimed ("YYYY-MM-DD" in the guild's zone). */
  day: z.string(),
  tipId: z.string(),
  channelId: z.string(),
  /** "claimed" is written before sending: a crash then leaves the day claimed, never posted twice. */
  status: z.enum(["claimed", "posted", "failed"]),
  claimedAt: z.iso.datetime(),
  messageId: z.string().optional(),
  postedAt: z.iso.datetime().optional(),
  problem: problemSchema.optional(),
  /** Posted by a moderator's /config publier-astuce rather than by the schedule. */
  manual: z.boolean(),
});

const postedRecordSchema = z.object({
  day: z.string(),
  tipId: z.string(),
  channelId: z.string(),
  messageId: z.string(),
  postedAt: z.iso.datetime(),
});

const rotationSchema = z.object({
  order: z.array(z.string()).readonly(),
  cursor: z.int().nonnegative(),
  cycle: z.int().positive(),
});

/** Everything the scheduler remembers about a guild, in ONE store key: the claim and the rotation change together. */
const stateSchema = z.object({
  rotation: rotationSchema.optional(),
  lastDay: dayRecordSchema.optional(),
  lastPosted: postedRecordSchema.optional(),
});

export type DayRecord = z.infer<typeof dayRecordSchema>;
export type PostedRecord = z.infer<typeof postedRecordSchema>;
type TipsState = z.infer<typeof stateSchema>;

export type RunOutcome =
  | { readonly kind: "disabled" }
  | { readonly kind: "not-due" }
  | {
      readonly kind: "posted";
      readonly day: string;
      readonly tip: Tip;
      readonly channelId: string;
      readonly messageId: string;
    }
  | {
      readonly kind: "failed";
      readonly day: string;
      readonly tip: Tip;
      readonly channelId: string;
      readonly problem: TipProblem;
    };

export type PublishOutcome =
  | { readonly kind: "not-configured" }
  | { readonly kind: "already-posted"; readonly record: DayRecord }
  | Extract<RunOutcome, { kind: "posted" | "failed" }>;

export interface TipsStatus {
  readonly config: TipsConfig | undefined;
  readonly timeZone: string;
  /** The guild's calendar: whose public holidays, and the class's holiday periods. */
  readonly calendar: Pick<GuildSettings, "holidayCountry" | "holidayRegion" | "breaks">;
  /** When the schedule posts next; undefined when disabled or not configured. May be past: due at the next check. */
  readonly nextPost: Date | undefined;
  /** The last day claimed, whatever became of it. */
  readonly lastDay: DayRecord | undefined;
  readonly lastPosted: PostedRecord | undefined;
  /** Tips posted in the current cycle, and the bank's size. */
  readonly progress: { readonly posted: number; readonly total: number; readonly cycle: number };
}

export type TipOfTheDay =
  | { readonly kind: "today"; readonly tip: Tip; readonly record: PostedRecord }
  | { readonly kind: "latest"; readonly tip: Tip; readonly record: PostedRecord }
  | { readonly kind: "day"; readonly tip: Tip; readonly day: string };

/** Raised when the claim cannot be written: nothing is posted rather than risk posting twice. */
export class TipsStoreError extends Error {
  override name = "TipsStoreError";
}

export interface DailyTipsOptions {
  /** The "tips" namespace: `config:<guild>` (moderators' settings) and `state:<guild>` (the scheduler's). */
  readonly store: Keyv;
  /** The guild's time zone, shared with the quiz streaks. */
  readonly guildSettings: GuildSettingsRepository;
  readonly locks: KeyedLock;
  readonly clock: Clock;
  readonly tips: readonly Tip[];
  readonly post: TipPoster;
  /** Public holidays (loaded once at start); without it, only the class's holiday periods are days off. */
  readonly holidays?: PublicHolidays;
  readonly logger?: Pick<Logger, "info" | "warn" | "error">;
  readonly random?: Random;
  /** How many guilds one check posts to at the same time. */
  readonly concurrency?: number;
}

const silent = { info() {}, warn() {}, error() {} };

/**
 * The daily tip of every guild: what is due, claiming the day, posting, recording the result. All the rules
 * live here; the Discord side only supplies `post` and calls `runDue` on a timer.
 *
 * Exactly once per guild and local day:
 * 1. under the guild's lock, read the state and ask the schedule whether a day is due;
 * 2. write ONE record: the day "claimed" with its tip, and the rotation advanced past that tip;
 * 3. only then send; then write "posted" with the message id, or "failed" with the reason (and the tip
 *    goes back to the front of the rotation).
 * A crash after 2 leaves the day claimed: the restart sees it and does not post again (a lost tip beats a
 * double one). Several processes: each checks only the guilds its gateway connection holds (one shard
 * owns a guild), so the in-process lock is enough.
 */
export class DailyTips {
  readonly #store: Keyv;
  readonly #guildSettings: GuildSettingsRepository;
  readonly #locks: KeyedLock;
  readonly #clock: Clock;
  readonly #tips: readonly Tip[];
  readonly #tipsById: ReadonlyMap<string, Tip>;
  readonly #bankIds: readonly string[];
  readonly #post: TipPoster;
  readonly #holidays: PublicHolidays | undefined;
  readonly #logger: Pick<Logger, "info" | "warn" | "error">;
  readonly #random: Random;
  readonly #concurrency: number;

  constructor(options: DailyTipsOptions) {
    if (options.tips.length === 0) throw new RangeError("the tip bank is empty");
    this.#store = options.store;
    this.#guildSettings = options.guildSettings;
    this.#locks = options.locks;
    this.#clock = options.clock;
    this.#tips = options.tips;
    this.#tipsById = new Map(options.tips.map((tip) => [tip.id, tip]));
    this.#bankIds = options.tips.map((tip) => tip.id);
    this.#post = options.post;
    this.#holidays = options.holidays;
    this.#logger = options.logger ?? silent;
    this.#random = options.random ?? Math.random;
    this.#concurrency = Math.max(1, options.concurrency ?? 4);
  }

  get tips(): readonly Tip[] {
    return this.#tips;
  }

  tip(id: string): Tip | undefined {
    return this.#tipsById.get(id);
  }

  async config(guildId: string): Promise<TipsConfig | undefined> {
    const stored: unknown = await this.#store.get(configKey(guildId));
    if (stored === undefined) return undefined;
    const parsed = tipsConfigSchema.safeParse(stored);
    if (!parsed.success) {
      this.#logger.error({ guild: guildId, issues: parsed.error.issues }, "stored tips config is invalid, ignored");
      return undefined;
    }
    return parsed.data;
  }

  async timeZone(guildId: string): Promise<string> {
    return (await this.#guildSettings.get(guildId)).timeZone;
  }

  /** Saves validated settings; the zone goes to the guild's shared settings. */
  async saveSettings(guildId: string, config: TipsConfig, timeZone: string): Promise<void> {
    await this.#locks.run(lockKey(guildId), async () => {
      await this.#guildSettings.update(guildId, { timeZone });
      await this.#write(configKey(guildId), tipsConfigSchema.parse(config));
    });
  }

  async status(guildId: string): Promise<TipsStatus> {
    const [config, settings, state] = await Promise.all([
      this.config(guildId),
      this.#guildSettings.get(guildId),
      this.#state(guildId),
    ]);
    const now = this.#clock.now();
    const rotation = state.rotation ? reconcile(state.rotation, this.#bankIds, () => 0) : undefined;
    const { timeZone, holidayCountry, holidayRegion, breaks } = settings;
    return {
      config,
      timeZone,
      calendar: { holidayCountry, holidayRegion, breaks },
      nextPost: config?.enabled
        ? nextPostInstant(schedule(config, settings, this.#holidays), state.lastDay?.day, now)
        : undefined,
      lastDay: state.lastDay,
      lastPosted: state.lastPosted,
      progress: { posted: rotation?.cursor ?? 0, total: this.#tips.length, cycle: rotation?.cycle ?? 1 },
    };
  }

  /** The tip the next post will carry; persists the rotation so that the preview is what gets posted. */
  async peekNext(guildId: string): Promise<Tip> {
    return this.#locks.run(lockKey(guildId), async () => {
      const state = await this.#state(guildId);
      const rotation = reconcile(state.rotation, this.#bankIds, this.#random);
      if (JSON.stringify(rotation) !== JSON.stringify(state.rotation)) {
        await this.#write(stateKey(guildId), { ...state, rotation });
      }
      return this.#tipOf(nextTipId(rotation));
    });
  }

  /**
   * What /astuce shows: the guild's tip of today once posted, else its latest one; outside a guild, or in one
   * that never had a tip, a tip of the day that is the same for everyone that day.
   */
  async tipForToday(guildId: string | undefined): Promise<TipOfTheDay> {
    const now = this.#clock.now();
    if (guildId !== undefined) {
      const [state, timeZone] = await Promise.all([this.#state(guildId), this.timeZone(guildId)]);
      const record = state.lastPosted;
      const tip = record ? this.#tipsById.get(record.tipId) : undefined;
      if (record && tip) {
        return { kind: record.day === localDay(now, timeZone) ? "today" : "latest", tip, record };
      }
      const day = localDay(now, timeZone);
      return { kind: "day", tip: tipOfTheDay(this.#tips, day), day };
    }
    const day = localDay(now, DEFAULT_TIME_ZONE);
    return { kind: "day", tip: tipOfTheDay(this.#tips, day), day };
  }

  /**
   * Posts every due tip among `guildIds` (the guilds this process's gateway holds). One guild's failure,
   * whatever it is, is logged and never stops the others.
   */
  async runDue(guildIds: Iterable<string>): Promise<Map<string, RunOutcome | { kind: "error" }>> {
    const queue = [...guildIds];
    const results = new Map<string, RunOutcome | { kind: "error" }>();
    const worker = async () => {
      for (let guildId = queue.shift(); guildId !== undefined; guildId = queue.shift()) {
        try {
          results.set(guildId, await this.runGuild(guildId));
        } catch (error) {
          this.#logger.error({ err: error, guild: guildId }, "daily tip check failed");
          results.set(guildId, { kind: "error" });
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.#concurrency, queue.length) }, worker));
    return results;
  }

  /** Posts this guild's tip if the schedule says it is due now. */
  async runGuild(guildId: string): Promise<RunOutcome> {
    return this.#locks.run(lockKey(guildId), async () => {
      const config = await this.config(guildId);
      if (!config?.enabled) return { kind: "disabled" } as const;
      const settings = await this.#guildSettings.get(guildId);
      const state = await this.#state(guildId);
      const day = dueDay(schedule(config, settings, this.#holidays), state.lastDay?.day, this.#clock.now());
      if (day === undefined) return { kind: "not-due" } as const;
      return this.#claimAndPost(guildId, state, config.channelId, day, false);
    });
  }

  /**
   * A moderator's "post today's tip now": allowed when today has no posted tip yet (even when disabled or on
   * a day off); today then counts as done, so the schedule does not post a second tip.
   */
  async publishNow(guildId: string): Promise<PublishOutcome> {
    return this.#locks.run(lockKey(guildId), async () => {
      const config = await this.config(guildId);
      if (!config) return { kind: "not-configured" } as const;
      const timeZone = await this.timeZone(guildId);
      const state = await this.#state(guildId);
      const today = localDay(this.#clock.now(), timeZone);
      const last = state.lastDay;
      if (last?.status === "posted" && daysBetween(last.day, today) <= 0) {
        return { kind: "already-posted", record: last } as const;
      }
      // A day claimed later than today (clock set back, zone moved west) stays the one on record.
      const day = last && daysBetween(last.day, today) < 0 ? last.day : today;
      return this.#claimAndPost(guildId, state, config.channelId, day, true);
    });
  }

  /** Must run under the guild's lock. */
  async #claimAndPost(
    guildId: string,
    state: TipsState,
    channelId: string,
    day: string,
    manual: boolean,
  ): Promise<Extract<RunOutcome, { kind: "posted" | "failed" }>> {
    const rotation = reconcile(state.rotation, this.#bankIds, this.#random);
    const tip = this.#tipOf(nextTipId(rotation));
    const claimed: TipsState = {
      ...state,
      rotation: advance(rotation, this.#bankIds, this.#random),
      lastDay: { day, tipId: tip.id, channelId, status: "claimed", claimedAt: this.#clock.now().toISOString(), manual },
    };
    await this.#write(stateKey(guildId), claimed);

    let outcome: PostOutcome;
    try {
      outcome = await this.#post({ guildId, channelId }, tip);
    } catch (error) {
      outcome = { ok: false, problem: { kind: "discord-error", message: errorMessage(error) } };
    }

    const at = this.#clock.now().toISOString();
    const claim = claimed.lastDay as DayRecord;
    if (outcome.ok) {
      await this.#record(guildId, {
        ...claimed,
        lastDay: { ...claim, status: "posted", messageId: outcome.messageId, postedAt: at },
        lastPosted: { day, tipId: tip.id, channelId, messageId: outcome.messageId, postedAt: at },
      });
      this.#logger.info({ guild: guildId, channel: channelId, day, tip: tip.id, manual }, "daily tip posted");
      return { kind: "posted", day, tip, channelId, messageId: outcome.messageId };
    }
    await this.#record(guildId, {
      ...claimed,
      rotation: giveBack(claimed.rotation as RotationState, tip.id),
      lastDay: { ...claim, status: "failed", problem: outcome.problem },
    });
    this.#logger.warn(
      { guild: guildId, channel: channelId, day, tip: tip.id, problem: outcome.problem, manual },
      "daily tip not posted",
    );
    return { kind: "failed", day, tip, channelId, problem: outcome.problem };
  }

  async #state(guildId: string): Promise<TipsState> {
    const stored: unknown = await this.#store.get(stateKey(guildId));
    if (stored === undefined) return {};
    const parsed = stateSchema.safeParse(stored);
    if (parsed.success) return parsed.data;
    this.#logger.error({ guild: guildId, issues: parsed.error.issues }, "stored tips state is invalid");
    // Never forget which day was claimed: without it the schedule could post twice.
    const lastDay = dayRecordSchema.safeParse((stored as { lastDay?: unknown } | null)?.lastDay);
    return lastDay.success ? { lastDay: lastDay.data } : {};
  }

  /**
   * The outcome after sending. The message is out (or not) whatever happens here, and the day stays claimed
   * if this write fails: log it rather than report a failure that did not happen.
   */
  async #record(guildId: string, state: TipsState): Promise<void> {
    try {
      await this.#write(stateKey(guildId), state);
    } catch (error) {
      this.#logger.error({ err: error, guild: guildId, day: state.lastDay?.day }, "could not record the tip's outcome");
    }
  }

  async #write(key: string, value: unknown): Promise<void> {
    // Keyv reports adapter failures by returning false (and an "error" event), not by throwing.
    if (!(await this.#store.set(key, value))) throw new TipsStoreError(`store write failed: ${key}`);
  }

  #tipOf(id: string): Tip {
    const tip = this.#tipsById.get(id);
    if (!tip) throw new RangeError(`unknown tip ${id}`);
    return tip;
  }
}

/**
 * The same tip for everyone on a given day, walking through the whole bank before any repeats: a fixed
 * pseudo-random order of the bank (by a hash of the ids), indexed by the day number.
 */
export function tipOfTheDay(tips: readonly Tip[], day: string): Tip {
  const order = [...tips].sort((a, b) => fnv1a(a.id) - fnv1a(b.id) || a.id.localeCompare(b.id));
  const index = ((daysBetween("1970-01-01", day) % order.length) + order.length) % order.length;
  const tip = order[index];
  if (!tip) throw new RangeError("the tip bank is empty");
  return tip;
}

/**
 * The guild's schedule. Days off:
 * - school days (Monday–Friday): public holidays of the guild's country and region, and the class's periods;
 * - every day: the class's periods only. A moderator who chose "every day" asked for weekends, and a public
 *   holiday is a day off like a Sunday; a holiday period is their explicit "the class is away", whatever the mode.
 */
export function schedule(
  config: TipsConfig,
  settings: Pick<GuildSettings, "timeZone" | "holidayCountry" | "holidayRegion" | "breaks">,
  holidays?: PublicHolidays,
): DailySchedule {
  const { holidayCountry, holidayRegion, breaks } = settings;
  const publicHoliday =
    config.days === "weekdays" && holidays && holidayCountry
      ? (day: string) => holidays.holidayOn(day, holidayCountry, holidayRegion ?? undefined) !== undefined
      : () => false;
  return {
    time: config.time,
    timeZone: settings.timeZone,
    days: config.days,
    dayOff: (day) => publicHoliday(day) || breakOn(breaks, day) !== undefined,
  };
}

function configKey(guildId: string): string {
  return `config:${guildId}`;
}

function stateKey(guildId: string): string {
  return `state:${guildId}`;
}

function lockKey(guildId: string): string {
  return `tips:${guildId}`;
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
