import type { QuizItem, StudyQuestionNumber } from "../../content/types.js";
import { daysBetween } from "../time.js";
import type { OptionOrder } from "./optionOrder.js";
import { isMastered, type ReviewCard, ratingOf, reviewCard } from "./reviews.js";
import { emptyStreak, extendStreak, type Streak } from "./streak.js";

/** A session's buttons work for this long; after that, a clear message and a fresh start. */
export const SESSION_LIFETIME_MS = 24 * 60 * 60 * 1000;

/** A member's daily answers are kept eight weeks back: what `/score` shows, and a bounded profile. */
export const MEMBER_ACTIVITY_DAYS = 56;

export interface SessionAnswer {
  readonly chosen: readonly string[];
  readonly correct: boolean;
  readonly points: number;
}

export interface QuizSession {
  readonly id: string;
  readonly createdAt: number;
  readonly question: StudyQuestionNumber | null;
  readonly itemIds: readonly string[];
  /**
   * By item position, the option ids in the order this member is shown them (see optionOrder.ts). Absent in
   * sessions written before options were shuffled: those show the bank order.
   */
  readonly optionOrders?: readonly OptionOrder[];
  /** Answers by item position: an item's answer counts once per session. */
  readonly answers: Readonly<Record<number, SessionAnswer>>;
}

/** A member's record of one item: its FSRS card (when to review it, how well it is known) and lifetime counts. */
export interface ItemProgress {
  readonly card: ReviewCard;
  /** Local day ("YYYY-MM-DD", guild time zone) of the last answer. */
  readonly lastDay: string;
  readonly lastCorrect: boolean;
  readonly attempts: number;
  readonly correct: number;
}

/** Everything Réso knows of one member in one guild: one key, so one answer is one atomic write. */
export interface Profile {
  readonly name: string;
  readonly points: number;
  readonly answered: number;
  readonly correct: number;
  readonly streak: Streak;
  readonly items: Readonly<Record<string, ItemProgress>>;
  readonly sessions: Readonly<Record<string, QuizSession>>;
  /** The leaderboard term these points belong to (absent: the first). */
  readonly season?: number;
  /** Local day of the last counted written answer per study question: one counts per day. */
  readonly writtenDays?: Readonly<Record<string, string>>;
  /** Best grade (0–10) per written study question, from /reponse. */
  readonly bestGrades?: Readonly<Record<string, number>>;
  /** Quiz answers per local day, the last MEMBER_ACTIVITY_DAYS days (`/score`'s chart). Absent: none yet. */
  readonly activity?: Readonly<Record<string, number>>;
}

export const emptyProfile = (name: string): Profile => ({
  name,
  points: 0,
  answered: 0,
  correct: 0,
  streak: emptyStreak,
  items: {},
  sessions: {},
});

/** One answer to one item of a session, as the private quiz, a lesson's practice or a live round scored it. */
export interface AnswerToApply {
  /** The member's display name, kept up to date by each answer. */
  readonly name: string;
  /** The session the answer belongs to, as it stands before this answer. */
  readonly session: QuizSession;
  readonly position: number;
  readonly item: QuizItem;
  readonly answer: SessionAnswer;
  /** The guild's local day of the answer, and its time (ms). */
  readonly today: string;
  readonly now: number;
  /** The guild's desired retention, which FSRS schedules the next review for. */
  readonly retention: number;
}

export interface AppliedAnswer {
  readonly profile: Profile;
  readonly session: QuizSession;
  /** What the answer changes in the class statistics. */
  readonly facts: AnswerFacts;
}

/**
 * What one answer does to a member's profile: points, counts, streak, the item's FSRS review (every graded
 * answer, from the private quiz, a lesson's practice or a live round, is one), the day's
 * activity and the session's record of the answer (expired sessions dropped). The only place where review
 * state changes.
 */
export function applyAnswer(profile: Profile, input: AnswerToApply): AppliedAnswer {
  const { session, item, answer, today } = input;
  const updatedSession: QuizSession = { ...session, answers: { ...session.answers, [input.position]: answer } };
  const previous = profile.items[item.id];
  const progress: ItemProgress = {
    card: reviewCard(previous?.card, ratingOf(item, answer), input.now, input.retention),
    lastDay: today,
    lastCorrect: answer.correct,
    attempts: (previous?.attempts ?? 0) + 1,
    correct: (previous?.correct ?? 0) + (answer.correct ? 1 : 0),
  };
  const updated: Profile = {
    ...profile,
    name: input.name,
    points: profile.points + answer.points,
    answered: profile.answered + 1,
    correct: profile.correct + (answer.correct ? 1 : 0),
    streak: extendStreak(profile.streak, today),
    items: { ...profile.items, [item.id]: progress },
    sessions: { ...liveSessions(profile.sessions, input.now), [session.id]: updatedSession },
    activity: withActivity(profile.activity, today),
  };
  return { profile: updated, session: updatedSession, facts: answerFacts(profile, item, progress, today) };
}

/** What one answer changes in the class statistics, seen from the member's profile before it. */
export interface AnswerFacts {
  readonly firstOfMember: boolean;
  readonly day: string;
  readonly firstOfDay: boolean;
  readonly question: StudyQuestionNumber;
  readonly masteredChange: -1 | 0 | 1;
}

export function answerFacts(before: Profile, item: QuizItem, progress: ItemProgress, today: string): AnswerFacts {
  const wasMastered = isMastered(before.items[item.id]?.card);
  const nowMastered = isMastered(progress.card);
  return {
    firstOfMember: Object.keys(before.items).length === 0,
    day: today,
    // The streak's last day is the member's last day with a quiz answer: counting them on their first answer of
    // the day needs no list of who was active.
    firstOfDay: before.streak.lastDay !== today,
    question: item.question,
    masteredChange: nowMastered === wasMastered ? 0 : nowMastered ? 1 : -1,
  };
}

/** One more answer on `today`, days older than MEMBER_ACTIVITY_DAYS dropped. */
export function withActivity(activity: Profile["activity"], today: string): Record<string, number> {
  const kept = Object.entries(activity ?? {}).filter(([day]) => daysBetween(day, today) < MEMBER_ACTIVITY_DAYS);
  return { ...Object.fromEntries(kept), [today]: (activity?.[today] ?? 0) + 1 };
}

/** The profile as it counts in `season`: points of an earlier term are cleared, learning history kept. */
export function inSeason(profile: Profile, season: number): Profile {
  if ((profile.season ?? 0) === season) return profile;
  return { ...profile, season, points: 0, answered: 0, correct: 0 };
}

/** Sessions still usable (expired quizzes and old rounds are dropped on the next write, keeping the profile small). */
export function liveSessions(
  sessions: Readonly<Record<string, QuizSession>>,
  now: number,
): Record<string, QuizSession> {
  return Object.fromEntries(
    Object.entries(sessions).filter(([, session]) => now - session.createdAt < SESSION_LIFETIME_MS),
  );
}
