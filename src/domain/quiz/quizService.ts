import { randomBytes } from "node:crypto";
import type Keyv from "keyv";
import type { QuizItem, StudyQuestionNumber } from "../../content/types.js";
import type { Clock } from "../clock.js";
import type { KeyedLock } from "../locks.js";
import { localDay } from "../time.js";
import type { WriteThroughCache } from "../writeThroughCache.js";
import { BoardWriter } from "./boardWriter.js";
import { ClassStatsWriter, forgetEvent, type StatsEvent } from "./classStats.js";
import { isRightAnswer, POINTS_PER_RIGHT_ANSWER, validChoice } from "./grading.js";
import { type Board, emptyBoard, rankOf } from "./leaderboard.js";
import { masteryByQuestion, type ReviewForecast, reviewForecast } from "./mastery.js";
import { drawOptionOrders } from "./optionOrder.js";
import {
  applyAnswer,
  emptyProfile,
  inSeason,
  liveSessions,
  type Profile,
  type QuizSession,
  SESSION_LIFETIME_MS,
  type SessionAnswer,
} from "./profile.js";
import { profileCache } from "./profileCache.js";
import { DEFAULT_RETENTION } from "./reviews.js";
import { type SelectionScope, selectItems } from "./selection.js";

export {
  type AnswerFacts,
  answerFacts,
  emptyProfile,
  inSeason,
  MEMBER_ACTIVITY_DAYS,
  type Profile,
  type QuizSession,
  SESSION_LIFETIME_MS,
  type SessionAnswer,
  withActivity,
} from "./profile.js";

export const DEFAULT_ITEM_COUNT = 5;
export const MAX_ITEM_COUNT = 20;

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

/** A profile's change under its member's lock: the new profile, the result, and what follows the write. */
interface ProfileChange<T> {
  readonly profile: Profile;
  readonly result: T;
  /** Runs under the lock once the profile is stored (or unchanged). */
  readonly written?: () => void;
}

/** An answer ready to record: the session it belongs to (as it stands before it), the item and its score. */
export interface AnswerToRecord {
  readonly session: QuizSession;
  readonly position: number;
  readonly item: QuizItem;
  readonly answer: SessionAnswer;
  /**
   * True for a private session, whose first answer counts the session in the class's participation; false for
   * a live round, which counts once as a round when it ends.
   */
  readonly countsSession: boolean;
}

export type RecordOutcome<R> =
  | {
      readonly status: "recorded";
      readonly session: QuizSession;
      readonly item: QuizItem;
      readonly answer: SessionAnswer;
      readonly profile: Profile;
    }
  | { readonly status: "refused"; readonly reason: R };

export interface QuizServiceOptions {
  readonly store: Keyv;
  readonly clock: Clock;
  readonly locks: KeyedLock;
  readonly bank: readonly QuizItem[];
  /** The guild's time zone (for days, streaks and due reviews), leaderboard term and FSRS desired retention. */
  readonly settingsOf: (
    guildId: string,
  ) => Promise<{ readonly timeZone: string; readonly season: number; readonly retention?: number }>;
  /** Starts a new term: called by the leaderboard reset. */
  readonly startNewSeason?: (guildId: string) => Promise<void>;
  /** Uniform in [0, 1), for the item selection and the option orders: seeded in tests. */
  readonly random?: () => number;
  /** The members' profiles, kept in memory over `store` (src/domain/quiz/profileCache.ts); one is made if absent. */
  readonly profiles?: WriteThroughCache<Profile>;
}

/**
 * The quiz engine: sessions, answers, scores, FSRS reviews, streaks and the leaderboard. Every change to
 * a member goes through one lock per member and one write of their profile, made before the caller shows
 * the result; the leaderboard and the class statistics follow, written after it (coalesced), not waited for.
 */
export class QuizService {
  readonly #clock: Clock;
  readonly #locks: KeyedLock;
  readonly #items: ReadonlyMap<string, QuizItem>;
  readonly #settingsOf: QuizServiceOptions["settingsOf"];
  readonly #startNewSeason: QuizServiceOptions["startNewSeason"];
  readonly #random: () => number;
  readonly board: BoardWriter;
  /** The guild-wide aggregate behind `/rapport` (participation, most missed items). */
  readonly stats: ClassStatsWriter;
  readonly bank: readonly QuizItem[];
  /** Profiles served from memory (write-through): dropped per guild when a guild leaves this process. */
  readonly profiles: WriteThroughCache<Profile>;

  constructor(options: QuizServiceOptions) {
    this.#clock = options.clock;
    this.#locks = options.locks;
    this.bank = options.bank;
    this.#items = new Map(options.bank.map((item) => [item.id, item]));
    this.#settingsOf = options.settingsOf;
    this.#startNewSeason = options.startNewSeason;
    this.#random = options.random ?? Math.random;
    this.board = new BoardWriter(options.store);
    this.stats = new ClassStatsWriter(options.store);
    this.profiles = options.profiles ?? profileCache(options.store);
  }

  static profileKey(guildId: string, userId: string): string {
    return `profile:${guildId}:${userId}`;
  }

  item(id: string): QuizItem | undefined {
    return this.#items.get(id);
  }

  async profile(guildId: string, userId: string): Promise<Profile | undefined> {
    const stored = await this.#read(QuizService.profileKey(guildId, userId));
    return stored && inSeason(stored, (await this.#settingsOf(guildId)).season);
  }

  /** The profile as stored (Leitner boxes migrated), earlier terms' points included (a member's data export). */
  async storedProfile(guildId: string, userId: string): Promise<Profile | undefined> {
    return this.#read(QuizService.profileKey(guildId, userId));
  }

  /**
   * Erases a member's profile (RGPD), under their lock so that no answer in flight writes it back half-done;
   * the leaderboard and the class statistics then lose what it counted. Returns the profile as it counted
   * this term, or undefined when there was none.
   */
  async forgetMember(guildId: string, userId: string): Promise<Profile | undefined> {
    const key = QuizService.profileKey(guildId, userId);
    const removed = await this.#locks.run(key, async () => {
      const stored = await this.#read(key);
      if (!stored) return undefined;
      await this.profiles.delete(key);
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
   * profile is reset when next read), while review cards, streaks and written grades are kept.
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
   * Starts a session of `count` items chosen by spaced repetition within `scope` (default "fill", see
   * selection.ts), or exactly `itemIds` for a retry, each with its options in an order drawn for this session.
   */
  async startSession(input: {
    guildId: string;
    userId: string;
    name: string;
    question: StudyQuestionNumber | null;
    count: number;
    itemIds?: readonly string[];
    scope?: SelectionScope;
  }): Promise<QuizSession | undefined> {
    const now = this.#clock.now();
    const { timeZone } = await this.#settingsOf(input.guildId);
    return this.#update(input.guildId, input.userId, input.name, (profile) => {
      const itemIds =
        input.itemIds?.filter((id) => this.#items.has(id)) ??
        selectItems({
          bank: this.bank,
          progress: profile.items,
          question: input.question,
          count: Math.min(Math.max(1, input.count), MAX_ITEM_COUNT),
          now: now.getTime(),
          timeZone,
          scope: input.scope,
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
   * Records an answer to a private quiz or a lesson's practice, once: a second answer to the same item of the
   * same session (a double click, or Discord delivering two clicks at once) returns the first one with status
   * "duplicate".
   */
  async answer(input: {
    guildId: string;
    userId: string;
    name: string;
    sessionId: string;
    position: number;
    chosen: readonly string[];
  }): Promise<AnswerOutcome> {
    const outcome = await this.recordAnswer<AnswerOutcome>({
      guildId: input.guildId,
      userId: input.userId,
      name: input.name,
      prepare: (profile) => {
        const session = profile.sessions[input.sessionId];
        if (!session || !this.#alive(session)) return { refused: { status: "expired" } };
        const item = this.#items.get(session.itemIds[input.position] ?? "");
        if (!item) return { refused: { status: "invalid" } };
        const previous = session.answers[input.position];
        if (previous) return { refused: { status: "duplicate", session, item, answer: previous, profile } };
        const chosen = validChoice(item, input.chosen);
        if (!chosen) return { refused: { status: "invalid" } };
        const correct = isRightAnswer(item, chosen);
        const answer = { chosen, correct, points: correct ? POINTS_PER_RIGHT_ANSWER : 0 };
        return { session, position: input.position, item, answer, countsSession: true };
      },
    });
    if (outcome.status === "refused") return outcome.reason;
    const { session, item, answer, profile } = outcome;
    return { status: "recorded", session, item, answer, profile };
  }

  /**
   * The one way an answer is recorded, for the private quiz, a lesson's practice and live rounds: under the
   * member's lock, `prepare` reads their profile and either refuses (the reason is returned as is, nothing
   * written) or names the answer; `applyAnswer` then changes the profile in one write, and the leaderboard
   * and the class statistics follow.
   */
  async recordAnswer<R>(input: {
    guildId: string;
    userId: string;
    name: string;
    prepare: (profile: Profile) => AnswerToRecord | { readonly refused: R };
  }): Promise<RecordOutcome<R>> {
    const now = this.#clock.now();
    const { timeZone, retention = DEFAULT_RETENTION } = await this.#settingsOf(input.guildId);
    const today = localDay(now, timeZone);
    let counted: { from: number; to: number; event: StatsEvent } | undefined;
    // The leaderboard and the class statistics follow the profile's write, after the reply (coalesced).
    const follow = () => {
      if (!counted) return;
      const { from, to, event } = counted;
      const { guildId, userId, name } = input;
      if (to !== from) this.board.enqueue(guildId, { userId, name, from, to, at: now.getTime() });
      this.stats.enqueue(guildId, event);
    };
    const outcome = await this.#update<RecordOutcome<R>>(input.guildId, input.userId, input.name, (profile) => {
      const prepared = input.prepare(profile);
      if ("refused" in prepared) return { profile, result: { status: "refused", reason: prepared.refused } };
      const { item, answer, session } = prepared;
      const applied = applyAnswer(profile, { ...prepared, name: input.name, today, now: now.getTime(), retention });
      counted = {
        from: profile.points,
        to: applied.profile.points,
        event: {
          kind: "answer",
          userId: input.userId,
          itemId: item.id,
          correct: answer.correct,
          firstOfSession: prepared.countsSession && Object.keys(session.answers).length === 0,
          ...applied.facts,
          at: now.getTime(),
        },
      };
      return {
        profile: applied.profile,
        result: { status: "recorded", session: applied.session, item, answer, profile: applied.profile },
        written: follow,
      };
    });
    return outcome;
  }

  /** The bank's items of one study question, or all of them (null). */
  itemsOf(question: StudyQuestionNumber | null): QuizItem[] {
    return this.bank.filter((item) => question === null || item.question === question);
  }

  /** Resolves once the leaderboard and class statistics changes queued so far are stored (before the store closes). */
  async settled(): Promise<void> {
    await Promise.all([this.board.settled(), this.stats.settled()]);
  }

  /** A live round that ended with answers: it counts once in the class's participation. */
  async countRound(guildId: string): Promise<void> {
    await this.stats.add(guildId, { kind: "round", at: this.#clock.now().getTime() });
  }

  /**
   * The member's mastery per study question of the bank (0–1): the mean retrievability of its items at `now`
   * (an item never answered counts 0); see masteryByQuestion, the one definition `/score` and `/rapport` share.
   */
  mastery(
    profile: Profile | undefined,
    now: number = this.#clock.now().getTime(),
  ): ReadonlyMap<StudyQuestionNumber, number> {
    return masteryByQuestion(profile, this.bank, now);
  }

  /** Reviews due today, over the next days, and the next due day, in the guild's calendar (one question, or all). */
  async forecast(
    guildId: string,
    profile: Profile | undefined,
    question: StudyQuestionNumber | null = null,
  ): Promise<ReviewForecast> {
    const { timeZone } = await this.#settingsOf(guildId);
    return reviewForecast(profile, this.itemsOf(question), this.#clock.now().getTime(), timeZone);
  }

  /**
   * Read-modify-write of one member's profile under their lock: the only way a profile changes. The change's
   * `written` runs under the lock once the profile is stored, so that what follows it (the leaderboard's changes)
   * is queued in the order of the member's writes.
   */
  async #update<T>(
    guildId: string,
    userId: string,
    name: string,
    change: (profile: Profile) => ProfileChange<T>,
  ): Promise<T> {
    const key = QuizService.profileKey(guildId, userId);
    return this.#locks.run(key, async () => {
      const { season } = await this.#settingsOf(guildId);
      const stored = await this.#read(key);
      const current = stored ? inSeason(stored, season) : { ...emptyProfile(name), season };
      const { profile, result, written } = change(current);
      if (profile !== current || current !== stored) await this.profiles.set(key, profile);
      written?.();
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
    let boardWritten: Promise<void> | undefined;
    const result = await this.#update(guildId, userId, name, (profile) => {
      const next = change(profile);
      const pointsChange = { from: profile.points, to: next.profile.points };
      const at = this.#clock.now().getTime();
      const written = () => {
        if (pointsChange.from !== pointsChange.to)
          boardWritten = this.board.add(guildId, { userId, name, ...pointsChange, at });
      };
      return { ...next, written };
    });
    await boardWritten;
    return result;
  }

  /** Every read of a profile: a released-version store's Leitner boxes become FSRS cards here. */
  async #read(key: string): Promise<Profile | undefined> {
    // Served from memory when cached; the cache migrates a released-version profile as it reads it (profileCache).
    return this.profiles.get(key);
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
