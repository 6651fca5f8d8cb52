import type Keyv from "keyv";
import { z } from "zod";
import type { Logger } from "../../app/logger.js";
import type { Clock } from "../clock.js";
import { scanPrefix } from "../keyScan.js";
import type { KeyedLock } from "../locks.js";
import { type DailySchedule, dueDay, nextPostInstant } from "../tips/schedule.js";

/**
 * Review reminders, opt-in: one private message a day at the hour a member chose (the guild's zone), only on
 * days they have reviews due. The daily tips' rules, per member (tipsService.ts): the schedule (tips/schedule.ts,
 * shared) decides which local day is due; the day is claimed in the store BEFORE sending, so a crash or a second
 * process never sends twice; the outcome is recorded after. A member whose DMs are closed (Discord 50007) is
 * not tried again until they turn the reminders on again: `/rappels` shows it.
 */

export const REMINDER_HOURS = { min: 0, max: 23 } as const;

const recordSchema = z.object({
  /** Local hour (0–23, the guild's zone) of the message. */
  hour: z.int().min(REMINDER_HOURS.min).max(REMINDER_HOURS.max),
  /** The member's interface language when they asked: the message has no interaction to take it from. */
  locale: z.enum(["fr", "en"]).optional(),
  /** The last local day claimed, and what became of it. */
  lastDay: z
    .object({
      day: z.string(),
      status: z.enum(["claimed", "sent", "nothing-due", "failed"]),
      at: z.iso.datetime(),
      /** Reviews due that day, as the message said. */
      due: z.int().nonnegative().optional(),
    })
    .optional(),
  /** Discord refused the message because the member's DMs are closed for this server: no more tries. */
  blocked: z.object({ since: z.iso.datetime() }).optional(),
});

export type ReminderRecord = z.infer<typeof recordSchema>;

/** What sending one reminder came to: DMs closed is the expected failure (Discord's 50007). */
export type ReminderOutcome =
  | { readonly ok: true }
  | { readonly ok: false; readonly reason: "dms-closed" }
  | { readonly ok: false; readonly reason: "error"; readonly message: string };

/** Sends the private message: the Discord side, injected. */
export type ReminderSender = (target: {
  readonly guildId: string;
  readonly userId: string;
  readonly due: number;
  readonly locale: "fr" | "en";
}) => Promise<ReminderOutcome>;

export type ReminderRun =
  | { readonly kind: "not-due" }
  | { readonly kind: "nothing-due"; readonly day: string }
  | { readonly kind: "sent"; readonly day: string; readonly due: number }
  | { readonly kind: "failed"; readonly day: string; readonly outcome: Exclude<ReminderOutcome, { ok: true }> };

export interface ReviewRemindersOptions {
  /** The "reminders" namespace: `member:<guild>:<user>`, one record per member who asked for reminders. */
  readonly store: Keyv;
  readonly locks: KeyedLock;
  readonly clock: Clock;
  readonly timeZoneOf: (guildId: string) => Promise<string>;
  /** How many reviews the member has due today (QuizService's forecast). */
  readonly dueToday: (guildId: string, userId: string) => Promise<number>;
  readonly send: ReminderSender;
  readonly logger?: Pick<Logger, "info" | "warn" | "error">;
}

const silent = { info() {}, warn() {}, error() {} };

export class ReviewReminders {
  readonly #options: ReviewRemindersOptions;
  readonly #logger: Pick<Logger, "info" | "warn" | "error">;

  constructor(options: ReviewRemindersOptions) {
    this.#options = options;
    this.#logger = options.logger ?? silent;
  }

  static key(guildId: string, userId: string): string {
    return `member:${guildId}:${userId}`;
  }

  /** The member's reminder, or undefined when they have none. */
  async get(guildId: string, userId: string): Promise<ReminderRecord | undefined> {
    const stored: unknown = await this.#options.store.get(ReviewReminders.key(guildId, userId));
    if (stored === undefined) return undefined;
    const parsed = recordSchema.safeParse(stored);
    if (parsed.success) return parsed.data;
    this.#logger.error({ guild: guildId, user: userId, issues: parsed.error.issues }, "stored reminder is invalid");
    return undefined;
  }

  /**
   * Turns reminders on at `hour` (or moves them): a blocked record starts again, the member having opened their
   * DMs. The day already claimed stays, so moving the hour never sends a second message the same day.
   */
  async enable(guildId: string, userId: string, hour: number, locale: "fr" | "en" = "fr"): Promise<ReminderRecord> {
    if (!Number.isInteger(hour) || hour < REMINDER_HOURS.min || hour > REMINDER_HOURS.max)
      throw new RangeError(`reminder hour out of range: ${hour}`);
    const key = ReviewReminders.key(guildId, userId);
    return this.#options.locks.run(lockKey(key), async () => {
      const current = await this.get(guildId, userId);
      const record: ReminderRecord = { hour, locale, ...(current?.lastDay ? { lastDay: current.lastDay } : {}) };
      await this.#write(key, record);
      return record;
    });
  }

  /** One click stops them: the record goes, nothing about the member is kept. Returns whether there was one. */
  async disable(guildId: string, userId: string): Promise<boolean> {
    const key = ReviewReminders.key(guildId, userId);
    return this.#options.locks.run(lockKey(key), () => this.#options.store.delete(key));
  }

  /** When the member's next reminder may go out (if reviews are due then); undefined when none or blocked. */
  async nextReminder(guildId: string, userId: string): Promise<Date | undefined> {
    const record = await this.get(guildId, userId);
    if (!record || record.blocked) return undefined;
    const schedule = scheduleOf(record, await this.#options.timeZoneOf(guildId));
    return nextPostInstant(schedule, record.lastDay?.day, this.#options.clock.now());
  }

  /** Checks every reminder of the guilds this process holds (one shard owns a guild), a guild after the other. */
  async runDue(guildIds: Iterable<string>): Promise<Map<string, ReminderRun>> {
    const results = new Map<string, ReminderRun>();
    for (const guildId of guildIds) {
      const timeZone = await this.#options.timeZoneOf(guildId);
      const prefix = ReviewReminders.key(guildId, "");
      const due: string[] = [];
      for await (const [key, value] of scanPrefix(this.#options.store, prefix)) {
        const record = recordSchema.safeParse(value);
        if (!record.success || record.data.blocked) continue;
        const day = dueDay(scheduleOf(record.data, timeZone), record.data.lastDay?.day, this.#options.clock.now());
        if (day !== undefined) due.push(key.slice(prefix.length));
      }
      for (const userId of due) {
        try {
          results.set(`${guildId}:${userId}`, await this.runMember(guildId, userId));
        } catch (error) {
          this.#logger.error({ err: error, guild: guildId, user: userId }, "review reminder check failed");
        }
      }
    }
    return results;
  }

  /** The member's reminder if due now: claimed, then sent, then recorded (see the class comment). */
  async runMember(guildId: string, userId: string): Promise<ReminderRun> {
    const key = ReviewReminders.key(guildId, userId);
    return this.#options.locks.run(lockKey(key), async () => {
      const record = await this.get(guildId, userId);
      if (!record || record.blocked) return { kind: "not-due" } as const;
      const now = this.#options.clock.now();
      const day = dueDay(scheduleOf(record, await this.#options.timeZoneOf(guildId)), record.lastDay?.day, now);
      if (day === undefined) return { kind: "not-due" } as const;
      const due = await this.#options.dueToday(guildId, userId);
      if (due === 0) {
        await this.#write(key, { ...record, lastDay: { day, status: "nothing-due", at: now.toISOString() } });
        return { kind: "nothing-due", day } as const;
      }
      const claimed: ReminderRecord = { ...record, lastDay: { day, status: "claimed", at: now.toISOString(), due } };
      await this.#write(key, claimed);
      let outcome: ReminderOutcome;
      try {
        outcome = await this.#options.send({ guildId, userId, due, locale: record.locale ?? "fr" });
      } catch (error) {
        outcome = { ok: false, reason: "error", message: error instanceof Error ? error.message : String(error) };
      }
      const at = this.#options.clock.now().toISOString();
      if (outcome.ok) {
        await this.#record(key, { ...claimed, lastDay: { day, status: "sent", at, due } });
        return { kind: "sent", day, due } as const;
      }
      const blocked = outcome.reason === "dms-closed" ? { blocked: { since: at } } : {};
      await this.#record(key, { ...claimed, ...blocked, lastDay: { day, status: "failed", at, due } });
      this.#logger.warn({ guild: guildId, user: userId, day, reason: outcome.reason }, "review reminder not sent");
      return { kind: "failed", day, outcome } as const;
    });
  }

  /** After sending: the message is out (or not) whatever happens here, and the day stays claimed. */
  async #record(key: string, record: ReminderRecord): Promise<void> {
    try {
      await this.#write(key, record);
    } catch (error) {
      this.#logger.error({ err: error, key }, "could not record the reminder's outcome");
    }
  }

  async #write(key: string, record: ReminderRecord): Promise<void> {
    // Keyv reports adapter failures by returning false: no claim written, nothing sent.
    if (!(await this.#options.store.set(key, record))) throw new Error(`store write failed: ${key}`);
  }
}

/** A member's reminder as a daily schedule: every day at their hour, in the guild's zone. */
function scheduleOf(record: ReminderRecord, timeZone: string): DailySchedule {
  return { time: `${String(record.hour).padStart(2, "0")}:00`, timeZone, days: "all" };
}

function lockKey(key: string): string {
  return `reminders:${key}`;
}
