import { randomBytes } from "node:crypto";
import type Keyv from "keyv";
import type { QuizItem, StudyQuestionNumber } from "../../content/types.js";
import type { Clock } from "../clock.js";
import type { KeyedLock } from "../locks.js";
import { isRightAnswer, POINTS_PER_RIGHT_ANSWER, validChoice } from "../quiz/grading.js";
import { drawOptionOrders, type OptionOrder } from "../quiz/optionOrder.js";
import type { QuizSession } from "../quiz/profile.js";
import type { QuizService } from "../quiz/quizService.js";
import { shuffle } from "../quiz/selection.js";
import { WriteThroughCache } from "../writeThroughCache.js";

export const MIN_SECONDS = 10;
export const MAX_SECONDS = 120;
export const DEFAULT_SECONDS = 30;
export const DEFAULT_LIVE_COUNT = 5;
export const MAX_LIVE_COUNT = 20;
/**
 * A right answer earns the same 10 points as in `/quiz`, plus a small speed bonus of 1 to 5 points in
 * proportion to the time left when the (last) answer was given: 5 in the first fifth of the countdown, 1 at
 * the very end. A wrong answer earns nothing.
 */
export const SPEED_BONUS_MAX = 5;

/** A member's answer to the open item; a new click overwrites it ("only the last answer counts"). */
export interface LiveAnswer {
  readonly chosen: readonly string[];
  readonly at: number;
  readonly name: string;
}

export interface LiveItemResult {
  /** option id → members who chose it. */
  readonly counts: Readonly<Record<string, number>>;
  readonly answered: number;
  readonly right: number;
  /** The fastest right answer, in milliseconds after the item opened. */
  readonly fastest: { readonly userId: string; readonly name: string; readonly ms: number } | null;
}

export interface LiveItem {
  readonly itemId: string;
  readonly openedAt: number;
  readonly closesAt: number;
  /** The public message showing the item, once posted. */
  readonly messageId?: string;
  readonly answers: Readonly<Record<string, LiveAnswer>>;
  /** Written, with the result and the round totals, before any point is awarded. */
  readonly closed: boolean;
  readonly result?: LiveItemResult;
  /** userId → points earned on this item, fixed when the item closes. */
  readonly points?: Readonly<Record<string, number>>;
  /** Members whose profile has received this item's points (progress record; the profile holds the proof). */
  readonly awarded?: readonly string[];
}

export interface LiveTotal {
  readonly name: string;
  readonly points: number;
  readonly right: number;
  /** When the member reached these points: earlier wins a tie on the podium. */
  readonly at: number;
}

/** One round in one channel: one key, `round:{channelId}`; the items opened so far, the last one current. */
export interface LiveRound {
  readonly id: string;
  readonly guildId: string;
  readonly channelId: string;
  readonly startedBy: string;
  /** The interface language of the public messages (the guild's). */
  readonly locale: string;
  readonly question: StudyQuestionNumber | null;
  readonly seconds: number;
  readonly itemIds: readonly string[];
  /**
   * By item position, the option ids in the order the whole class is shown them, drawn when the round starts.
   * Absent in rounds written before options were shuffled: those show the bank order.
   */
  readonly optionOrders?: readonly OptionOrder[];
  readonly items: readonly LiveItem[];
  readonly createdAt: number;
  /** Why the round ended early: a moderator's stop, or a restart of Réso. */
  readonly stopped?: "stop" | "restart";
  readonly finished: boolean;
  readonly totals: Readonly<Record<string, LiveTotal>>;
  /**
   * The podium, claimed before it is sent and marked posted after: a round found again at start with a claim is
   * only cleaned up, never posted twice (a crash between the claim and the send loses it, as a daily tip).
   */
  readonly podium?: { readonly status: "claimed" | "posted"; readonly at: number; readonly messageId?: string };
}

export type StartOutcome =
  | { readonly status: "started"; readonly round: LiveRound }
  | { readonly status: "busy"; readonly round: LiveRound }
  | { readonly status: "empty" };

export type LiveAnswerOutcome =
  | {
      readonly status: "recorded";
      /** True when it replaced an earlier answer of the member. */
      readonly changed: boolean;
      readonly item: QuizItem;
      readonly chosen: readonly string[];
      /** The options' order on the item's message, to name the choice with the letters the member saw. */
      readonly order: OptionOrder | undefined;
      readonly closesAt: number;
    }
  /** The item is closed (or its time is up): the answer is refused. */
  | { readonly status: "closed" }
  /** No such round any more (finished, or another round started since). */
  | { readonly status: "over" }
  | { readonly status: "invalid" };

export type CloseOutcome =
  | {
      readonly status: "closed";
      readonly round: LiveRound;
      readonly position: number;
      readonly item: LiveItem;
      /** False when an earlier call had already closed it (a timer and a stop racing, a restart). */
      readonly closedNow: boolean;
    }
  | { readonly status: "gone" };

export type AdvanceOutcome =
  | { readonly status: "next"; readonly round: LiveRound; readonly position: number }
  | { readonly status: "finished"; readonly round: LiveRound }
  /** Nothing to do: another call already advanced, or the item is still open. */
  | { readonly status: "unchanged"; readonly round: LiveRound }
  | { readonly status: "gone" };

export interface LiveRoundServiceOptions {
  /** The "live" namespace. */
  readonly store: Keyv;
  readonly clock: Clock;
  readonly locks: KeyedLock;
  readonly quiz: QuizService;
  readonly random?: () => number;
}

/** Memory the rounds in progress may take (roughly bytes): hundreds of classes playing at once. */
export const ROUND_CACHE_BYTES = 8 * 1024 * 1024;

/** Channels with an open round, per guild: each guild's index is written only by the process owning the guild. */
const openIndexKey = (guildId: string) => `rounds:open:${guildId}`;

/**
 * Live rounds for a whole channel, Kahoot-style, with no Discord in it. All state lives in the store (one key
 * per channel plus an index of open rounds) and changes under one lock per channel, so any process that
 * starts again can finish what the last one started; timers are only wake-ups.
 *
 * Closing an item is idempotent: the `closed` flag, the item's result and the round totals are written in one
 * write before any point is awarded. Points then go to each member through `QuizService.recordAnswer`, and
 * that same profile write records the answer in a session of the member's profile named after the round
 * (`live-{roundId}`, answers by item position): a second award of the same item, after a crash or from a
 * racing call, finds it and changes nothing. So points are awarded exactly once per member and item, with
 * no window between "points given" and "award recorded". The item's `awarded` list only saves work on a retry.
 */
export class LiveRoundService {
  readonly #store: Keyv;
  readonly #clock: Clock;
  readonly #locks: KeyedLock;
  readonly #quiz: QuizService;
  readonly #random: () => number;
  /** Rounds served from memory, written through: an answer to a live item reads nothing from the store. */
  readonly roundCache: WriteThroughCache<LiveRound>;

  constructor(options: LiveRoundServiceOptions) {
    this.#store = options.store;
    this.roundCache = new WriteThroughCache<LiveRound>(options.store, {
      maxSize: ROUND_CACHE_BYTES,
      sizeOf: roundWeight,
      guildOf: (_key, round) => round?.guildId,
    });
    this.#clock = options.clock;
    this.#locks = options.locks;
    this.#quiz = options.quiz;
    this.#random = options.random ?? Math.random;
  }

  static roundKey(channelId: string): string {
    return `round:${channelId}`;
  }

  /** The member's session that records their answers in a round (and proves their points were given). */
  static sessionId(roundId: string): string {
    return `live-${roundId}`;
  }

  async round(channelId: string): Promise<LiveRound | undefined> {
    return this.roundCache.get(LiveRoundService.roundKey(channelId));
  }

  /** Channels of these guilds with a round not yet cleaned up, for the timer service at start. */
  async openChannels(guildIds: readonly string[]): Promise<string[]> {
    const indexes = await Promise.all(guildIds.map((guildId) => this.#store.get(openIndexKey(guildId))));
    return indexes.flatMap((channels) => (channels as string[] | undefined) ?? []);
  }

  /**
   * Starts a round (its items, each with one order of options for the whole class) and opens its first item,
   * unless the channel already has one.
   */
  async start(input: {
    guildId: string;
    channelId: string;
    startedBy: string;
    locale: string;
    question: StudyQuestionNumber | null;
    count: number;
    seconds: number;
  }): Promise<StartOutcome> {
    const outcome = await this.#withRound(input.channelId, async (current) => {
      if (current && !current.finished) return { result: { status: "busy", round: current } as StartOutcome };
      const candidates = this.#quiz.itemsOf(input.question);
      const count = Math.min(Math.max(1, Math.trunc(input.count) || DEFAULT_LIVE_COUNT), MAX_LIVE_COUNT);
      const itemIds = shuffle(candidates, this.#random)
        .slice(0, count)
        .map((item) => item.id);
      const [first] = itemIds;
      if (first === undefined) return { result: { status: "empty" } as StartOutcome };
      const seconds = clampSeconds(input.seconds);
      const now = this.#clock.now().getTime();
      const round: LiveRound = {
        id: randomBytes(6).toString("base64url"),
        guildId: input.guildId,
        channelId: input.channelId,
        startedBy: input.startedBy,
        locale: input.locale,
        question: input.question,
        seconds,
        itemIds,
        optionOrders: drawOptionOrders(itemIds, (id) => this.#quiz.item(id), this.#random),
        items: [openItem(first, now, seconds)],
        createdAt: now,
        finished: false,
        totals: {},
      };
      return { round, result: { status: "started", round } as StartOutcome };
    });
    if (outcome.status === "started") {
      await this.#updateIndex(input.guildId, (channels) => [...channels, input.channelId]);
    }
    return outcome;
  }

  /** Remembers the public message of an item, so that closing it can edit it (even after a restart). */
  async setMessage(channelId: string, roundId: string, position: number, messageId: string): Promise<void> {
    await this.#withRound(channelId, async (round) => {
      const item = round?.id === roundId ? round.items[position] : undefined;
      if (!round || !item) return { result: undefined };
      return { round: withItem(round, position, { ...item, messageId }), result: undefined };
    });
  }

  /** A member's answer to the open item: stored, replacing their earlier one, until the item closes. */
  async answer(input: {
    channelId: string;
    roundId: string;
    position: number;
    userId: string;
    name: string;
    chosen: readonly string[];
  }): Promise<LiveAnswerOutcome> {
    return this.#withRound<LiveAnswerOutcome>(input.channelId, async (round) => {
      if (!round || round.id !== input.roundId || round.finished) return { result: { status: "over" } };
      const item = round.items[input.position];
      const bankItem = item ? this.#quiz.item(item.itemId) : undefined;
      if (!item || !bankItem) return { result: { status: "invalid" } };
      const now = this.#clock.now().getTime();
      if (item.closed || now >= item.closesAt || input.position !== round.items.length - 1 || round.stopped) {
        return { result: { status: "closed" } };
      }
      const chosen = validChoice(bankItem, input.chosen);
      if (!chosen) return { result: { status: "invalid" } };
      const changed = item.answers[input.userId] !== undefined;
      const answers = { ...item.answers, [input.userId]: { chosen, at: now, name: input.name } };
      return {
        round: withItem(round, input.position, { ...item, answers }),
        result: {
          status: "recorded",
          changed,
          item: bankItem,
          chosen,
          order: round.optionOrders?.[input.position],
          closesAt: item.closesAt,
        },
      };
    });
  }

  /**
   * Closes an item (whatever its countdown says: the caller decides when) and awards its points; safe to call
   * again, concurrently or after a crash: the close is written once, and each member's points are given once.
   */
  async closeItem(channelId: string, roundId: string, position: number): Promise<CloseOutcome> {
    const now = this.#clock.now().getTime();
    const closing = await this.#withRound(channelId, async (round) => {
      const item = round?.id === roundId ? round.items[position] : undefined;
      const bankItem = item ? this.#quiz.item(item.itemId) : undefined;
      if (!round || !item) return { result: undefined };
      if (item.closed || !bankItem) {
        const closed = item.closed ? item : { ...item, closed: true, points: {}, result: emptyResult() };
        return {
          ...(item.closed ? {} : { round: withItem(round, position, closed) }),
          result: { round, item: closed, closedNow: false },
        };
      }
      const { result, points } = scoreItem(bankItem, item);
      const closed: LiveItem = { ...item, closed: true, result, points, awarded: [] };
      const totals: Record<string, LiveTotal> = { ...round.totals };
      for (const [userId, earned] of Object.entries(points)) {
        const answer = item.answers[userId];
        const previous = totals[userId] ?? { name: answer?.name ?? "", points: 0, right: 0, at: now };
        totals[userId] = {
          name: answer?.name ?? previous.name,
          points: previous.points + earned,
          right: previous.right + (earned > 0 ? 1 : 0),
          at: earned > 0 ? (answer?.at ?? now) : previous.at,
        };
      }
      const updated = { ...withItem(round, position, closed), totals };
      return { round: updated, result: { round: updated, item: closed, closedNow: true } };
    });
    if (!closing) return { status: "gone" };

    const awarded = await this.#award(closing.round, position, closing.item);
    if (awarded.length === 0) return { status: "closed", position, ...closing };
    const latest = await this.#withRound(channelId, async (round) => {
      const item = round?.id === roundId ? round.items[position] : undefined;
      if (!round || !item) return { result: undefined };
      const all = [...new Set([...(item.awarded ?? []), ...awarded])];
      const updated = withItem(round, position, { ...item, awarded: all });
      return { round: updated, result: { round: updated, item: updated.items[position] as LiveItem } };
    });
    return latest
      ? { status: "closed", position, closedNow: closing.closedNow, ...latest }
      : { status: "closed", position, ...closing };
  }

  /** After the item at `from` closed: opens the next item, or finishes the round (last item, or stopped). */
  async advance(channelId: string, roundId: string, from: number): Promise<AdvanceOutcome> {
    let finishedNow = false;
    const outcome = await this.#withRound<AdvanceOutcome>(channelId, async (round) => {
      if (!round || round.id !== roundId) return { result: { status: "gone" } };
      const current = round.items[round.items.length - 1];
      if (round.finished || round.items.length - 1 !== from || !current?.closed) {
        return { result: round.finished ? { status: "finished", round } : { status: "unchanged", round } };
      }
      const now = this.#clock.now().getTime();
      // Items removed from the course since the round started are passed over, closed unplayed.
      const skipped: LiveItem[] = [];
      let nextId = round.itemIds[round.items.length];
      while (nextId !== undefined && !this.#quiz.item(nextId)) {
        skipped.push({ ...openItem(nextId, now, 0), closed: true, points: {}, result: emptyResult() });
        nextId = round.itemIds[round.items.length + skipped.length];
      }
      if (round.stopped || nextId === undefined) {
        const finished: LiveRound = { ...round, items: [...round.items, ...skipped], finished: true };
        finishedNow = true;
        return { round: finished, result: { status: "finished", round: finished } };
      }
      const next: LiveRound = {
        ...round,
        items: [...round.items, ...skipped, openItem(nextId, now, round.seconds)],
      };
      return { round: next, result: { status: "next", round: next, position: next.items.length - 1 } };
    });
    // A round counts in the class's participation once, when it ends, if anyone answered.
    if (finishedNow && outcome.status === "finished" && Object.keys(outcome.round.totals).length > 0) {
      await this.#quiz.countRound(outcome.round.guildId);
    }
    return outcome;
  }

  /** Marks the round as ending early; the caller then closes the open item and advances, which finishes it. */
  async stop(channelId: string, roundId: string, reason: "stop" | "restart"): Promise<LiveRound | undefined> {
    return this.#withRound(channelId, async (round) => {
      if (!round || round.id !== roundId) return { result: undefined };
      if (round.stopped || round.finished) return { result: round };
      const stopped: LiveRound = { ...round, stopped: reason };
      return { round: stopped, result: stopped };
    });
  }

  /**
   * Claims the finished round's podium before it is sent: "claimed" the first time, "taken" when a claim was
   * written before (by a process that may have died after sending), "gone" when the round is not there.
   */
  async claimPodium(channelId: string, roundId: string): Promise<"claimed" | "taken" | "gone"> {
    return this.#withRound(channelId, async (round) => {
      if (!round || round.id !== roundId) return { result: "gone" as const };
      if (round.podium) return { result: "taken" as const };
      const podium = { status: "claimed" as const, at: this.#clock.now().getTime() };
      return { round: { ...round, podium }, result: "claimed" as const };
    });
  }

  /** Records the podium's message once sent: the round's state says it is out. */
  async podiumPosted(channelId: string, roundId: string, messageId: string): Promise<void> {
    await this.#withRound(channelId, async (round) => {
      if (!round || round.id !== roundId) return { result: undefined };
      const podium = { status: "posted" as const, at: this.#clock.now().getTime(), messageId };
      return { round: { ...round, podium }, result: undefined };
    });
  }

  /** Forgets a finished round once its podium is posted: the channel is free, and the restart index forgets it. */
  async cleanUp(guildId: string, channelId: string, roundId: string): Promise<void> {
    const removed = await this.#locks.run(lockKey(channelId), async () => {
      const round = await this.round(channelId);
      if (round && round.id !== roundId) return false;
      if (round) await this.roundCache.delete(LiveRoundService.roundKey(channelId));
      return true;
    });
    if (removed) await this.#updateIndex(guildId, (channels) => channels.filter((id) => id !== channelId));
  }

  /** Drops a channel from the restart index when its round key is gone (a cleanup interrupted halfway). */
  async forget(guildId: string, channelId: string): Promise<void> {
    if (!(await this.round(channelId))) {
      await this.#updateIndex(guildId, (channels) => channels.filter((id) => id !== channelId));
    }
  }

  /** What the guild's rounds not yet cleaned up hold about a member: their answers, points and round total. */
  async memberRecords(guildId: string, userId: string): Promise<LiveMemberRecord[]> {
    const records: LiveMemberRecord[] = [];
    for (const channelId of await this.openChannels([guildId])) {
      const round = await this.round(channelId);
      if (!round || round.guildId !== guildId) continue;
      const answers = round.items.flatMap((item, position) => {
        const answer = item.answers[userId];
        return answer ? [{ position, itemId: item.itemId, ...answer, points: item.points?.[userId] ?? null }] : [];
      });
      const total = round.totals[userId] ?? null;
      if (answers.length > 0 || total) records.push({ roundId: round.id, channelId, answers, total });
    }
    return records;
  }

  /**
   * Removes a member from the guild's rounds in progress (RGPD erasure): their answers, points, total and
   * fastest mention. Their answer to the open item is then never scored, so no points come back after the
   * erasure. Returns how many rounds held something about them.
   */
  async forgetMember(guildId: string, userId: string): Promise<number> {
    let rounds = 0;
    for (const channelId of await this.openChannels([guildId])) {
      const changed = await this.#withRound(channelId, async (round) => {
        if (!round || round.guildId !== guildId || !holdsMember(round, userId)) return { result: false };
        return { round: withoutMember(round, userId), result: true };
      });
      if (changed) rounds += 1;
    }
    return rounds;
  }

  /** Points of one member on one item, given to their profile once (see the class comment). */
  async #award(round: LiveRound, position: number, item: LiveItem): Promise<string[]> {
    const bankItem = this.#quiz.item(item.itemId);
    if (!bankItem || !item.points) return [];
    const done = new Set(item.awarded ?? []);
    const due = Object.entries(item.answers).filter(([userId]) => !done.has(userId));
    if (due.length === 0) return [];
    const sessionId = LiveRoundService.sessionId(round.id);
    const roundSession: QuizSession = {
      id: sessionId,
      createdAt: round.createdAt,
      question: round.question,
      itemIds: round.itemIds,
      optionOrders: round.optionOrders,
      answers: {},
    };
    return Promise.all(
      due.map(async ([userId, answer]) => {
        const points = item.points?.[userId] ?? 0;
        const correct = isRightAnswer(bankItem, answer.chosen);
        await this.#quiz.recordAnswer({
          guildId: round.guildId,
          userId,
          name: answer.name,
          prepare: (profile) => {
            const session = profile.sessions[sessionId];
            if (session?.answers[position]) return { refused: "already awarded" };
            return {
              session: session ?? roundSession,
              position,
              item: bankItem,
              answer: { chosen: answer.chosen, correct, points },
              countsSession: false,
            };
          },
        });
        return userId;
      }),
    );
  }

  /** Read-modify-write of a channel's round under its lock; `round` in the result is written when present. */
  async #withRound<T>(
    channelId: string,
    change: (round: LiveRound | undefined) => Promise<{ round?: LiveRound; result: T }>,
  ): Promise<T> {
    return this.#locks.run(lockKey(channelId), async () => {
      const { round, result } = await change(await this.round(channelId));
      if (round) await this.roundCache.set(LiveRoundService.roundKey(channelId), round);
      return result;
    });
  }

  async #updateIndex(guildId: string, change: (channels: string[]) => string[]): Promise<void> {
    await this.#locks.run(`live:index:${guildId}`, async () => {
      const next = [...new Set(change(await this.openChannels([guildId])))];
      if (next.length === 0) await this.#store.delete(openIndexKey(guildId));
      else await this.#store.set(openIndexKey(guildId), next);
    });
  }
}

/** A rough weight of a round in memory, in bytes (a bound for the cache, not an account). */
function roundWeight(round: LiveRound): number {
  let weight = 800 + 120 * Object.keys(round.totals).length;
  for (const item of round.items) weight += 300 + 150 * Object.keys(item.answers).length;
  return weight;
}

/** A member's part of a round in progress, for their data export. */
export interface LiveMemberRecord {
  readonly roundId: string;
  readonly channelId: string;
  readonly answers: readonly (LiveAnswer & {
    readonly position: number;
    readonly itemId: string;
    readonly points: number | null;
  })[];
  readonly total: LiveTotal | null;
}

function holdsMember(round: LiveRound, userId: string): boolean {
  return (
    round.totals[userId] !== undefined ||
    round.items.some((item) => item.answers[userId] !== undefined || item.result?.fastest?.userId === userId)
  );
}

function withoutMember(round: LiveRound, userId: string): LiveRound {
  const omit = <T>(record: Readonly<Record<string, T>>): Record<string, T> =>
    Object.fromEntries(Object.entries(record).filter(([id]) => id !== userId));
  const items = round.items.map((item): LiveItem => {
    const { points, awarded, result, ...rest } = item;
    return {
      ...rest,
      answers: omit(item.answers),
      ...(points ? { points: omit(points) } : {}),
      ...(awarded ? { awarded: awarded.filter((id) => id !== userId) } : {}),
      ...(result ? { result: result.fastest?.userId === userId ? { ...result, fastest: null } : result } : {}),
    };
  });
  return { ...round, items, totals: omit(round.totals) };
}

/** The podium: members by round points (earlier wins a tie), each with their competition rank. */
export function podium(round: LiveRound): { rank: number; userId: string; total: LiveTotal }[] {
  const sorted = Object.entries(round.totals)
    .map(([userId, total]) => ({ userId, total }))
    .sort((a, b) => b.total.points - a.total.points || a.total.at - b.total.at || a.userId.localeCompare(b.userId));
  return sorted.map((entry) => ({
    ...entry,
    rank: 1 + sorted.filter((other) => other.total.points > entry.total.points).length,
  }));
}

/** Points for an answer given at `at` to an item open from `openedAt` to `closesAt`. */
export function livePoints(correct: boolean, at: number, openedAt: number, closesAt: number): number {
  if (!correct) return 0;
  const duration = Math.max(1, closesAt - openedAt);
  const left = Math.min(duration, Math.max(0, closesAt - at));
  return POINTS_PER_RIGHT_ANSWER + Math.max(1, Math.ceil((SPEED_BONUS_MAX * left) / duration));
}

export function clampSeconds(seconds: number): number {
  return Math.min(MAX_SECONDS, Math.max(MIN_SECONDS, Math.trunc(seconds) || DEFAULT_SECONDS));
}

function scoreItem(bankItem: QuizItem, item: LiveItem): { result: LiveItemResult; points: Record<string, number> } {
  const counts: Record<string, number> = Object.fromEntries(bankItem.options.map((option) => [option.id, 0]));
  const points: Record<string, number> = {};
  let right = 0;
  let fastest: LiveItemResult["fastest"] = null;
  for (const [userId, answer] of Object.entries(item.answers).sort(([a], [b]) => a.localeCompare(b))) {
    for (const id of answer.chosen) counts[id] = (counts[id] ?? 0) + 1;
    const correct = isRightAnswer(bankItem, answer.chosen);
    points[userId] = livePoints(correct, answer.at, item.openedAt, item.closesAt);
    if (!correct) continue;
    right += 1;
    const ms = Math.max(0, answer.at - item.openedAt);
    if (!fastest || ms < fastest.ms) fastest = { userId, name: answer.name, ms };
  }
  return { result: { counts, answered: Object.keys(item.answers).length, right, fastest }, points };
}

function emptyResult(): LiveItemResult {
  return { counts: {}, answered: 0, right: 0, fastest: null };
}

function openItem(itemId: string, now: number, seconds: number): LiveItem {
  return { itemId, openedAt: now, closesAt: now + seconds * 1000, answers: {}, closed: false };
}

function withItem(round: LiveRound, position: number, item: LiveItem): LiveRound {
  return { ...round, items: round.items.map((existing, index) => (index === position ? item : existing)) };
}

function lockKey(channelId: string): string {
  return `live:round:${channelId}`;
}
