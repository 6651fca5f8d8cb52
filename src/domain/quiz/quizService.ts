import { randomBytes } from "node:crypto";
import type Keyv from "keyv";
import type { QuizItem, StudyQuestionNumber } from "../../content/types.js";
import type { Clock } from "../clock.js";
import type { KeyedLock } from "../locks.js";
import { daysBetween, localDay } from "../time.js";
import { BoardWriter } from "./boardWriter.js";
import { ClassStatsWriter, forgetEvent } from "./classStats.js";
import { isRightAnswer, POINTS_PER_RIGHT_ANSWER, validChoice } from "./grading.js";
import { type Board, emptyBoard, rankOf } from "./leaderboard.js";
import { type ItemProgress, MASTERED_BOX, nextProgress } from "./leitner.js";
import { drawOptionOrders, type OptionOrder } from "./optionOrder.js";
import { selectItems } from "./selection.js";
import { emptyStreak, extendStreak, type Streak } from "./streak.js";

/** A session's buttons work for this long; after that, a clear message and a fresh start. */
export const SESSION_LIFETIME_MS = 24 * 60 * 60 * 1000;
export const DEFAULT_ITEM_COUNT = 5;
export const MAX_ITEM_COUNT = 20;

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

/** A member's daily answers are kept eight weeks back: what `/score` shows, and a bounded profile. */
export const MEMBER_ACTIVITY_DAYS = 56;

export const emptyProfile = (name: string): Profile => ({
  name,
  points: 0,
  answered: 0,
  correct: 0,
  streak: emptyStreak,
  items: {},
  sessions: {},
});

export type AnswerOutcome =
  | {
      readonly status: "recorded" | "duplicate";
      readonly session: QuizSession;
      readonly item: QuizItem;
      readonly answer: SessionAnswer;
      readonly profile: Profile;
    }
  | { readonly status: "expired" }
  | { readonly status: "invalid" };

export interface QuizServiceOptions {
  readonly store: Keyv;
  readonly clock: Clock;
  readonly locks: KeyedLock;
  readonly bank: readonly QuizItem[];
  /** The guild's time zone (for days and streaks) and leaderboard term. */
  readonly settingsOf: (guildId: string) => Promise<{ readonly timeZone: string; readonly season: number }>;
  /** Starts a new term: called by the leaderboard reset. */
  readonly startNewSeason?: (guildId: string) => Promise<void>;
  /** Uniform in [0, 1), for the item selection and the option orders: seeded in tests. */
  readonly random?: () => number;
}

/**
 * The quiz engine: sessions, answers, scores, Leitner boxes, streaks and the leaderboard. Every change to
 * a member goes through one lock per member and one write of their profile, made before the caller shows
 * the result; the leaderboard follows through the BoardWriter.
 */
export class QuizService {
  readonly #store: Keyv;
  readonly #clock: Clock;
  readonly #locks: KeyedLock;
  readonly #items: ReadonlyMap<string, QuizItem>;
  /** Items per study question, in the bank's order of questions. */
  readonly #questionSizes = new Map<StudyQuestionNumber, number>();
  readonly #settingsOf: QuizServiceOptions["settingsOf"];
  readonly #startNewSeason: QuizServiceOptions["startNewSeason"];
  readonly #random: () => number;
  readonly board: BoardWriter;
  /** The guild-wide aggregate behind `/rapport` (participation, most missed items). */
  readonly stats: ClassStatsWriter;
  readonly bank: readonly QuizItem[];

  constructor(options: QuizServiceOptions) {
    this.#store = options.store;
    this.#clock = options.clock;
    this.#locks = options.locks;
    this.bank = options.bank;
    this.#items = new Map(options.bank.map((item) => [item.id, item]));
    for (const item of this.#items.values())
      this.#questionSizes.set(item.question, (this.#questionSizes.get(item.question) ?? 0) + 1);
    this.#settingsOf = options.settingsOf;
    this.#startNewSeason = options.startNewSeason;
    this.#random = options.random ?? Math.random;
    this.board = new BoardWriter(options.store);
    this.stats = new ClassStatsWriter(options.store);
  }

  static profileKey(guildId: string, userId: string): string {
    return `profile:${guildId}:${userId}`;
  }

  item(id: string): QuizItem | undefined {
    return this.#items.get(id);
  }

  async profile(guildId: string, userId: string): Promise<Profile | undefined> {
    const stored = (await this.#store.get(QuizService.profileKey(guildId, userId))) as Profile | undefined;
    return stored && inSeason(stored, (await this.#settingsOf(guildId)).season);
  }

  /** The profile exactly as stored, earlier terms' points included (what a member's data export shows). */
  async storedProfile(guildId: string, userId: string): Promise<Profile | undefined> {
    return (await this.#store.get(QuizService.profileKey(guildId, userId))) as Profile | undefined;
  }

  /**
   * Erases a member's profile (RGPD), under their lock so that no answer in flight writes it back half-done;
   * the leaderboard and the class statistics then lose what it counted. Returns the profile as it counted
   * this term, or undefined when there was none.
   */
  async forgetMember(guildId: string, userId: string): Promise<Profile | undefined> {
    const key = QuizService.profileKey(guildId, userId);
    const removed = await this.#locks.run(key, async () => {
      const stored = (await this.#store.get(key)) as Profile | undefined;
      if (!stored) return undefined;
      await this.#store.delete(key);
      return inSeason(stored, (await this.#settingsOf(guildId)).season);
    });
    if (!removed) return undefined;
    const at = this.#clock.now().getTime();
    if (removed.points > 0)
      await this.board.add(guildId, { userId, name: removed.name, from: removed.points, to: 0, at });
    await this.stats.add(guildId, forgetEvent(removed.items));
    return removed;
  }

  /**
   * A new term: the leaderboard and everyone's points, answers and accuracy start from zero, lazily (each
   * profile is reset when next read), while Leitner boxes, streaks and written grades are kept.
   */
  async resetLeaderboard(guildId: string): Promise<void> {
    if (!this.#startNewSeason) throw new Error("this QuizService cannot start a new season");
    await this.#startNewSeason(guildId);
    await this.board.replace(guildId, emptyBoard);
  }

  async leaderboard(guildId: string): Promise<Board> {
    return this.board.read(guildId);
  }

  async rank(guildId: string, points: number): Promise<number | null> {
    return rankOf(await this.board.read(guildId), points);
  }

  /**
   * Starts a session of `count` items chosen by spaced repetition (or exactly `itemIds`, for a retry), each
   * with its options in an order drawn for this session.
   */
  async startSession(input: {
    guildId: string;
    userId: string;
    name: string;
    question: StudyQuestionNumber | null;
    count: number;
    itemIds?: readonly string[];
  }): Promise<QuizSession | undefined> {
    const now = this.#clock.now();
    const today = localDay(now, (await this.#settingsOf(input.guildId)).timeZone);
    return this.#update(input.guildId, input.userId, input.name, (profile) => {
      const itemIds =
        input.itemIds?.filter((id) => this.#items.has(id)) ??
        selectItems({
          bank: this.bank,
          progress: profile.items,
          question: input.question,
          count: Math.min(Math.max(1, input.count), MAX_ITEM_COUNT),
          today,
          random: this.#random,
        });
      if (itemIds.length === 0) return { profile, result: undefined };
      const session: QuizSession = {
        id: this.#newSessionId(profile),
        createdAt: now.getTime(),
        question: input.question,
        itemIds,
        optionOrders: drawOptionOrders(itemIds, (id) => this.#items.get(id), this.#random),
        answers: {},
      };
      const sessions = { ...liveSessions(profile.sessions, now.getTime()), [session.id]: session };
      return { profile: { ...profile, sessions }, result: session };
    });
  }

  /** The session if it is the member's and still alive; undefined once expired or unknown. */
  async session(guildId: string, userId: string, sessionId: string): Promise<QuizSession | undefined> {
    const session = (await this.profile(guildId, userId))?.sessions[sessionId];
    return session && this.#alive(session) ? session : undefined;
  }

  /**
   * Records an answer, once: a second answer to the same item of the same session (a double click, or
   * Discord delivering two clicks at once) returns the first one with status "duplicate".
   */
  async answer(input: {
    guildId: string;
    userId: string;
    name: string;
    sessionId: string;
    position: number;
    chosen: readonly string[];
  }): Promise<AnswerOutcome> {
    const now = this.#clock.now();
    const today = localDay(now, (await this.#settingsOf(input.guildId)).timeZone);
    let change: { from: number; to: number } | undefined;
    let counted: ({ itemId: string; correct: boolean; firstOfSession: boolean } & AnswerFacts) | undefined;
    const outcome = await this.#update<AnswerOutcome>(input.guildId, input.userId, input.name, (profile) => {
      const session = profile.sessions[input.sessionId];
      if (!session || !this.#alive(session)) return { profile, result: { status: "expired" } };
      const item = this.#items.get(session.itemIds[input.position] ?? "");
      if (!item) return { profile, result: { status: "invalid" } };
      const previous = session.answers[input.position];
      if (previous) return { profile, result: { status: "duplicate", session, item, answer: previous, profile } };
      const chosen = validChoice(item, input.chosen);
      if (!chosen) return { profile, result: { status: "invalid" } };

      const correct = isRightAnswer(item, chosen);
      const answer: SessionAnswer = { chosen, correct, points: correct ? POINTS_PER_RIGHT_ANSWER : 0 };
      const updatedSession: QuizSession = { ...session, answers: { ...session.answers, [input.position]: answer } };
      const progress = nextProgress(profile.items[item.id], correct, today);
      const updated: Profile = {
        ...profile,
        name: input.name,
        points: profile.points + answer.points,
        answered: profile.answered + 1,
        correct: profile.correct + (correct ? 1 : 0),
        streak: extendStreak(profile.streak, today),
        items: { ...profile.items, [item.id]: progress },
        sessions: { ...liveSessions(profile.sessions, now.getTime()), [session.id]: updatedSession },
        activity: withActivity(profile.activity, today),
      };
      change = { from: profile.points, to: updated.points };
      counted = {
        itemId: item.id,
        correct,
        firstOfSession: Object.keys(session.answers).length === 0,
        ...answerFacts(profile, item, progress, today),
      };
      return {
        profile: updated,
        result: { status: "recorded", session: updatedSession, item, answer, profile: updated },
      };
    });
    if (change && change.to !== change.from) {
      await this.board.add(input.guildId, { userId: input.userId, name: input.name, ...change, at: now.getTime() });
    }
    if (counted)
      await this.stats.add(input.guildId, { kind: "answer", userId: input.userId, ...counted, at: now.getTime() });
    return outcome;
  }

  /**
   * Share (0–1) of each study question's items that the member has in box 3 or higher, by question number, for
   * the questions of the bank: an item removed from the course no longer counts (its points stay).
   */
  mastery(profile: Profile | undefined): ReadonlyMap<StudyQuestionNumber, number> {
    // From the member's items, not the whole bank: `/rapport` asks it for every member of the class.
    const mastered = new Map<StudyQuestionNumber, number>();
    for (const [itemId, progress] of Object.entries(profile?.items ?? {})) {
      const question = progress.box >= MASTERED_BOX ? this.#items.get(itemId)?.question : undefined;
      if (question !== undefined) mastered.set(question, (mastered.get(question) ?? 0) + 1);
    }
    return new Map(
      [...this.#questionSizes].map(([question, total]) => [question, (mastered.get(question) ?? 0) / total]),
    );
  }

  /** Read-modify-write of one member's profile under their lock: the only way a profile changes. */
  async #update<T>(
    guildId: string,
    userId: string,
    name: string,
    change: (profile: Profile) => { profile: Profile; result: T },
  ): Promise<T> {
    const key = QuizService.profileKey(guildId, userId);
    return this.#locks.run(key, async () => {
      const { season } = await this.#settingsOf(guildId);
      const stored = (await this.#store.get(key)) as Profile | undefined;
      const current = stored ? inSeason(stored, season) : { ...emptyProfile(name), season };
      const { profile, result } = change(current);
      if (profile !== current || current !== stored) await this.#store.set(key, profile);
      return result;
    });
  }

  /** Profile changes made by other features (written answers' grades), under the same lock. */
  async updateProfile<T>(
    guildId: string,
    userId: string,
    name: string,
    change: (profile: Profile) => { profile: Profile; result: T },
  ): Promise<T> {
    let pointsChange: { from: number; to: number } | undefined;
    const result = await this.#update(guildId, userId, name, (profile) => {
      const next = change(profile);
      pointsChange = { from: profile.points, to: next.profile.points };
      return next;
    });
    if (pointsChange && pointsChange.from !== pointsChange.to) {
      await this.board.add(guildId, { userId, name, ...pointsChange, at: this.#clock.now().getTime() });
    }
    return result;
  }

  #alive(session: QuizSession): boolean {
    return this.#clock.now().getTime() - session.createdAt < SESSION_LIFETIME_MS;
  }

  #newSessionId(profile: Profile): string {
    // Not from the injected random: ids must stay unique even when tests pin the item order.
    for (;;) {
      const id = randomBytes(6).toString("base64url");
      if (!profile.sessions[id]) return id;
    }
  }
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
  const wasMastered = (before.items[item.id]?.box ?? 0) >= MASTERED_BOX;
  const isMastered = progress.box >= MASTERED_BOX;
  return {
    firstOfMember: Object.keys(before.items).length === 0,
    day: today,
    // The streak's last day is the member's last day with a quiz answer: counting them on their first answer of
    // the day needs no list of who was active.
    firstOfDay: before.streak.lastDay !== today,
    question: item.question,
    masteredChange: isMastered === wasMastered ? 0 : isMastered ? 1 : -1,
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

/** Sessions still usable: expired ones are dropped on the next write, keeping the profile small. */
function liveSessions(sessions: Readonly<Record<string, QuizSession>>, now: number): Record<string, QuizSession> {
  return Object.fromEntries(
    Object.entries(sessions).filter(([, session]) => now - session.createdAt < SESSION_LIFETIME_MS),
  );
}
