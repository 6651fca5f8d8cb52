import type Keyv from "keyv";
import { CoalescingWriter } from "../coalescingWriter.js";
import { daysBetween } from "../time.js";

/** Daily activity is kept this many local days back (the report's chart shows the last 28). */
export const ACTIVITY_DAYS_KEPT = 60;

/** Attempts and misses of one item across the guild. */
export interface ItemTally {
  readonly attempts: number;
  readonly misses: number;
}

/**
 * What the class did, per guild, kept up to date on each answer so that `/rapport` reads one key instead of
 * every profile: participation and the items the class misses most. Learning history, like review cards:
 * a new leaderboard term does not clear it.
 */
export interface ClassStats {
  /** When the first answer was counted (null: never). */
  readonly since: number | null;
  readonly answers: number;
  readonly correct: number;
  /** Private `/quiz` sessions with at least one answer. */
  readonly sessions: number;
  /** Live `/quiz-classe` rounds played to the end (or stopped). */
  readonly rounds: number;
  /** Members who answered at least once: a count, so the key stays small with 100,000 members. */
  readonly members: number;
  readonly items: Readonly<Record<string, ItemTally>>;
  /**
   * Per local day ("YYYY-MM-DD", guild time zone), the last ACTIVITY_DAYS_KEPT days: members who answered (each
   * counted once, on their first answer of the day, known from their profile) and answers. Absent: none yet.
   */
  readonly days?: Readonly<Record<string, DayActivity>>;
  /**
   * Per study question, how many (member, item) pairs are mastered (FSRS stability of MASTERED_STABILITY_DAYS or
   * more, see quiz/reviews.ts; stability does not decay by itself, so the count only moves on answers): the
   * class's mastery without reading every profile. Kept by each answer's change and reset to the exact count by each `/rapport` (which reads the
   * profiles anyway), so a guild whose statistics predate it is right from its next report.
   */
  readonly mastered?: Readonly<Record<string, number>>;
}

export interface DayActivity {
  readonly members: number;
  readonly answers: number;
}

export const emptyClassStats: ClassStats = {
  since: null,
  answers: 0,
  correct: 0,
  sessions: 0,
  rounds: 0,
  members: 0,
  items: {},
};

export type StatsEvent =
  | {
      readonly kind: "answer";
      readonly userId: string;
      readonly itemId: string;
      readonly correct: boolean;
      /** The first answer of a private session: counts the session once. */
      readonly firstOfSession: boolean;
      /** The member's first answer ever (they had no review card yet): counts the member once. */
      readonly firstOfMember: boolean;
      readonly at: number;
      /** Local day of the answer; absent in events queued by an older version. */
      readonly day?: string;
      /** The member's first answer of `day` (their profile's last active day was earlier). */
      readonly firstOfDay?: boolean;
      /** The item's study question, and whether this answer made it mastered (+1) or no longer (-1). */
      readonly question?: number;
      readonly masteredChange?: -1 | 0 | 1;
    }
  | { readonly kind: "round"; readonly at: number }
  /**
   * A member's data erased (RGPD): their answers leave the totals and the item tallies, and they leave the
   * member count, so the report adds up to what the remaining profiles hold. Sessions and rounds stay: they
   * are counts of class activity that name nobody.
   */
  | {
      readonly kind: "forget";
      readonly items: Readonly<Record<string, ItemTally>>;
      /** They had answered at least once, so they were counted in `members`. */
      readonly member: boolean;
    }
  /** The exact mastered counts, from a full read of the profiles (`/rapport`). */
  | { readonly kind: "mastery"; readonly mastered: Readonly<Record<string, number>> };

export function applyStatsEvents(stats: ClassStats, events: readonly StatsEvent[]): ClassStats {
  let { since, answers, correct, sessions, rounds } = stats;
  let members = typeof stats.members === "number" ? stats.members : Object.keys(stats.members ?? {}).length;
  const items: Record<string, ItemTally> = { ...stats.items };
  const days: Record<string, DayActivity> = { ...stats.days };
  let mastered: Record<string, number> | undefined = stats.mastered && { ...stats.mastered };
  for (const event of events) {
    if (event.kind === "forget") {
      for (const [itemId, gone] of Object.entries(event.items)) {
        const tally = items[itemId];
        if (!tally) continue;
        answers = Math.max(0, answers - gone.attempts);
        correct = Math.max(0, correct - (gone.attempts - gone.misses));
        const left = {
          attempts: Math.max(0, tally.attempts - gone.attempts),
          misses: Math.max(0, tally.misses - gone.misses),
        };
        if (left.attempts > 0) items[itemId] = left;
        else delete items[itemId];
      }
      if (event.member) members = Math.max(0, members - 1);
      continue;
    }
    if (event.kind === "mastery") {
      mastered = { ...event.mastered };
      continue;
    }
    since = since === null ? event.at : Math.min(since, event.at);
    if (event.kind === "round") {
      rounds += 1;
      continue;
    }
    answers += 1;
    if (event.correct) correct += 1;
    if (event.firstOfSession) sessions += 1;
    if (event.firstOfMember) members += 1;
    const tally = items[event.itemId] ?? { attempts: 0, misses: 0 };
    items[event.itemId] = { attempts: tally.attempts + 1, misses: tally.misses + (event.correct ? 0 : 1) };
    if (event.day) {
      const day = days[event.day] ?? { members: 0, answers: 0 };
      days[event.day] = { members: day.members + (event.firstOfDay ? 1 : 0), answers: day.answers + 1 };
    }
    if (event.question !== undefined && event.masteredChange) {
      mastered ??= {};
      const key = String(event.question);
      mastered[key] = Math.max(0, (mastered[key] ?? 0) + event.masteredChange);
    }
  }
  return { since, answers, correct, sessions, rounds, members, items, days: recentDays(days), mastered };
}

/** The days of the last ACTIVITY_DAYS_KEPT, counted back from the latest one: the key stays small for good. */
function recentDays(days: Record<string, DayActivity>): Record<string, DayActivity> {
  const latest = Object.keys(days).sort().at(-1);
  if (latest === undefined) return days;
  return Object.fromEntries(Object.entries(days).filter(([day]) => daysBetween(day, latest) < ACTIVITY_DAYS_KEPT));
}

/**
 * The class's share of mastered (member, item) pairs per study question (0–1), over all possible pairs of the
 * members who answered at least once: stable knowledge (stability of 3 days or more), read from one key. A
 * member's own mastery is their mean retrievability (quiz/mastery.ts), which decays day by day and so cannot be
 * kept by the answers alone.
 */
export function classMastery(stats: ClassStats, itemsPerQuestion: ReadonlyMap<number, number>): Map<number, number> {
  const result = new Map<number, number>();
  for (const [question, count] of itemsPerQuestion) {
    const pairs = stats.members * count;
    result.set(question, pairs === 0 ? 0 : Math.min(1, (stats.mastered?.[question] ?? 0) / pairs));
  }
  return result;
}

/** What a member's profile counted in the class statistics: their attempts and misses per item (lifetime). */
export function forgetEvent(items: Readonly<Record<string, { attempts: number; correct: number }>>): StatsEvent {
  const tallies = Object.fromEntries(
    Object.entries(items).map(([itemId, progress]) => [
      itemId,
      { attempts: progress.attempts, misses: progress.attempts - progress.correct },
    ]),
  );
  return { kind: "forget", items: tallies, member: Object.keys(items).length > 0 };
}

/** The items missed most (by misses, then miss rate, then id), at most `count`; never-missed items are left out. */
export function mostMissed(stats: ClassStats, count: number): { itemId: string; tally: ItemTally }[] {
  return Object.entries(stats.items)
    .filter(([, tally]) => tally.misses > 0)
    .sort(
      ([idA, a], [idB, b]) =>
        b.misses - a.misses || b.misses / b.attempts - a.misses / a.attempts || idA.localeCompare(idB),
    )
    .slice(0, count)
    .map(([itemId, tally]) => ({ itemId, tally }));
}

/** Each guild's class statistics, kept up to date on each answer and round (see CoalescingWriter). */
export class ClassStatsWriter extends CoalescingWriter<ClassStats, StatsEvent> {
  constructor(store: Keyv) {
    super(store, ClassStatsWriter.key, emptyClassStats, applyStatsEvents);
  }

  static key(guildId: string): string {
    return `stats:${guildId}`;
  }
}
