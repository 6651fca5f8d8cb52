import type { Clock } from "../clock.js";
import type { LiveMemberRecord } from "../live/liveRound.js";
import type { KeyedLock } from "../locks.js";
import type { Profile, QuizService } from "../quiz/quizService.js";
import type { ReminderRecord } from "../reminders/reviewReminders.js";
import type { MemberProfile } from "../report/classReport.js";
import { foldText } from "../text.js";
import type { WrittenAnswerRecord, WrittenAnswers } from "../written/writtenAnswers.js";

/**
 * Everything Réso holds about one member of one guild, and its erasure (RGPD: right of access, art. 15, and
 * right to erasure, art. 17). A member's data lives in three places: their profile (quiz namespace), their
 * written answers (written namespace) and, for a few minutes, the live rounds in progress (live namespace).
 * The guild-wide aggregates (leaderboard, class statistics) hold their name and counts: the erasure takes
 * them out, so that the class's totals stay what the remaining members' data add up to.
 */

/** The parts of a live round a member is in; the live-round service, or nothing where rounds do not run. */
export interface LiveRoundMembers {
  memberRecords(guildId: string, userId: string): Promise<LiveMemberRecord[]>;
  forgetMember(guildId: string, userId: string): Promise<number>;
}

export interface MemberDataSources {
  readonly quiz: QuizService;
  readonly written: WrittenAnswers;
  readonly live?: LiveRoundMembers | undefined;
  /** The member's review reminder (`/rappels`), where reminders run. */
  readonly reminders?: {
    get(guildId: string, userId: string): Promise<ReminderRecord | undefined>;
    disable(guildId: string, userId: string): Promise<boolean>;
  };
  readonly locks: KeyedLock;
  readonly clock: Clock;
}

/** What `/mes-donnees` shows and attaches: the stored records as they are, plus where they stand this term. */
export interface MemberData {
  readonly format: "reso-member-data/1";
  readonly exportedAt: string;
  readonly guildId: string;
  readonly userId: string;
  /** The profile as stored (name, points, answers, streak, FSRS review cards, quiz sessions, grades). */
  readonly profile: Profile | null;
  /** How the profile counts this term (a new term starts points and answers again): rank null without points. */
  readonly thisTerm: {
    readonly points: number;
    readonly answered: number;
    readonly correct: number;
    readonly rank: number | null;
  } | null;
  /** The written answers kept (newest first, at most 50): text, grade, ideas covered. */
  readonly writtenAnswers: readonly WrittenAnswerRecord[];
  /** Answers in live class rounds not finished yet (kept until the round's podium is posted). */
  readonly liveRounds: readonly LiveMemberRecord[];
  /** The review reminder asked for with `/rappels` (hour, language, last day, DMs closed); absent: none. */
  readonly reminder?: ReminderRecord;
}

export async function exportMemberData(
  sources: MemberDataSources,
  guildId: string,
  userId: string,
): Promise<MemberData> {
  const [stored, current, writtenAnswers, liveRounds, reminder] = await Promise.all([
    sources.quiz.storedProfile(guildId, userId),
    sources.quiz.profile(guildId, userId),
    sources.written.history(guildId, userId),
    sources.live?.memberRecords(guildId, userId) ?? Promise.resolve([]),
    sources.reminders?.get(guildId, userId),
  ]);
  const rank = current && current.points > 0 ? await sources.quiz.rank(guildId, current.points) : null;
  return {
    format: "reso-member-data/1",
    exportedAt: sources.clock.now().toISOString(),
    guildId,
    userId,
    profile: stored ?? null,
    thisTerm: current ? { points: current.points, answered: current.answered, correct: current.correct, rank } : null,
    writtenAnswers,
    liveRounds,
    ...(reminder ? { reminder } : {}),
  };
}

/** Whether Réso holds anything about the member. */
export function holdsAnything(data: MemberData): boolean {
  return (
    data.profile !== null || data.writtenAnswers.length > 0 || data.liveRounds.length > 0 || data.reminder !== undefined
  );
}

/** The export as the attached file: indented JSON, UTF-8, a final newline. */
export function memberDataJson(data: MemberData): Buffer {
  return Buffer.from(`${JSON.stringify(data, null, 2)}\n`, "utf8");
}

export type EraseOutcome =
  | {
      readonly status: "erased";
      /** The name the profile held (for the confirmation), when there was a profile. */
      readonly name: string | null;
      readonly profile: boolean;
      readonly writtenAnswers: number;
      readonly liveRounds: number;
    }
  /** Nothing held: never used Réso here, or already erased (a double click, a second copy of the question). */
  | { readonly status: "nothing" };

/**
 * Erases everything held about the member in the guild: profile (leaderboard and class statistics updated),
 * written answers, their part of rounds in progress, their review reminder. One erasure at a time per member, so a double click
 * erases once and the second finds nothing.
 */
export async function eraseMemberData(
  sources: MemberDataSources,
  guildId: string,
  userId: string,
): Promise<EraseOutcome> {
  return sources.locks.run(`privacy:${guildId}:${userId}`, async () => {
    // Live rounds first: an answer still open there would otherwise give points, and a profile, back.
    const liveRounds = (await sources.live?.forgetMember(guildId, userId)) ?? 0;
    const profile = await sources.quiz.forgetMember(guildId, userId);
    const writtenAnswers = await sources.written.forget(guildId, userId);
    const reminder = (await sources.reminders?.disable(guildId, userId)) ?? false;
    if (!profile && writtenAnswers === 0 && liveRounds === 0 && !reminder) return { status: "nothing" } as const;
    return {
      status: "erased",
      name: profile?.name ?? null,
      profile: profile !== undefined,
      writtenAnswers,
      liveRounds,
    };
  });
}

/** The Discord id a moderator typed (as in the report's CSV), or undefined when it is not one. */
export function asMemberId(query: string): string | undefined {
  const typed = query.trim();
  return /^\d{17,20}$/.test(typed) ? typed : undefined;
}

/**
 * The members whose name a moderator typed: the exact name (accents and case ignored), else every name that
 * contains it, alphabetically. For a pupil who left the server, whom Discord's member picker no longer lists.
 */
export function findMembers(members: readonly MemberProfile[], query: string): MemberProfile[] {
  const folded = foldText(query);
  if (folded === "") return [];
  const exact = members.filter((member) => foldText(member.profile.name) === folded);
  if (exact.length > 0) return exact;
  return members
    .filter((member) => foldText(member.profile.name).includes(folded))
    .sort((a, b) => a.profile.name.localeCompare(b.profile.name, "fr"));
}

/** An erasure question's buttons work this long: an old question left on screen does not erase by surprise. */
export const CONFIRMATION_LIFETIME_MS = 10 * 60 * 1000;

/** When a confirmation was asked, as it travels in the button's custom ID (milliseconds, base 36). */
export function confirmationStamp(now: Date): string {
  return now.getTime().toString(36);
}

/** Whether a confirmation asked at `stamp` may still be acted on at `now` (a malformed stamp may not). */
export function confirmationAlive(stamp: string, now: Date): boolean {
  if (!/^[0-9a-z]{1,12}$/.test(stamp)) return false;
  const age = now.getTime() - Number.parseInt(stamp, 36);
  // A minute of leeway the other way: a clock stepping back a little must not refuse a fresh confirmation.
  return age >= -60_000 && age <= CONFIRMATION_LIFETIME_MS;
}
