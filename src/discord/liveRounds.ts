import type { Client, GuildTextBasedChannel, Message } from "discord.js";
import type { Logger } from "../app/logger.js";
import { classStrings } from "../content/class-strings.js";
import { localeOf } from "../content/locale.js";
import type { Clock } from "../domain/clock.js";
import type { CourseCatalog } from "../domain/course.js";
import { type LiveItem, type LiveRound, LiveRoundService } from "../domain/live/liveRound.js";
import type { KeyedLock } from "../domain/locks.js";
import type { QuizService } from "../domain/quiz/quizService.js";
import type { Stores } from "../store/store.js";
import { liveItemView, liveResultView, podiumView } from "./views/liveRound.js";

/** What the driver uses, given by `startBot`. */
export interface LiveRoundDriverOptions {
  readonly client: Client;
  readonly stores: Stores;
  readonly clock: Clock;
  readonly locks: KeyedLock;
  readonly quiz: QuizService;
  readonly catalog: CourseCatalog;
  readonly logger: Logger;
}

/**
 * Runs live rounds (`/quiz-classe`) in their channels: posts each item, closes it when its countdown ends,
 * edits it with the results, posts the next one, then the podium. Every step reads and writes the state in
 * the store (LiveRoundService); timers are only wake-ups set from the stored `closesAt`. At start, the rounds
 * a stopped process left open are closed with the answers already stored and reported.
 *
 * Steps for one channel run one at a time (a timer and a moderator's stop may race): each is idempotent,
 * so whichever comes second finds nothing left to do.
 */
export class LiveRoundDriver {
  readonly rounds: LiveRoundService;
  readonly #timers = new Map<string, NodeJS.Timeout>();
  #closed = false;

  constructor(private readonly context: LiveRoundDriverOptions) {
    this.rounds = new LiveRoundService({
      store: context.stores.namespace("live"),
      clock: context.clock,
      locks: context.locks,
      quiz: context.quiz,
    });
  }

  /** Posts the first item of a round just started; if that fails, the round is dropped and the error thrown. */
  async begin(round: LiveRound): Promise<void> {
    try {
      await this.#serial(round.channelId, () => this.#postItem(round, 0));
    } catch (error) {
      await this.rounds.cleanUp(round.guildId, round.channelId, round.id);
      throw error;
    }
  }

  /** A moderator's stop: closes the open item with its answers, shows its results, posts the podium. */
  async stop(channelId: string, roundId: string): Promise<boolean> {
    return this.#serial(channelId, async () => {
      const round = await this.rounds.stop(channelId, roundId, "stop");
      if (!round) return false;
      this.#clearTimer(channelId);
      try {
        await this.#closeAndAdvance(channelId, roundId, round.items.length - 1);
      } catch (error) {
        await this.#abandon(round, error);
        throw error;
      }
      return true;
    });
  }

  /** At start: every round left open by a stopped process is closed and reported, nothing lost. */
  async recover(): Promise<void> {
    // Only the guilds this process's shard holds: under `npm run start:sharded`, each shard recovers its own.
    for (const guildId of this.context.client.guilds.cache.keys()) {
      for (const channelId of await this.rounds.openChannels([guildId])) await this.#recoverChannel(guildId, channelId);
    }
  }

  async #recoverChannel(guildId: string, channelId: string): Promise<void> {
    await this.#serial(channelId, async () => {
      const round = await this.rounds.round(channelId);
      if (!round) {
        await this.rounds.forget(guildId, channelId);
        return;
      }
      this.context.logger.info({ channel: channelId, round: round.id }, "closing a live round left open");
      try {
        if (round.finished) {
          await this.#finish(round);
          return;
        }
        await this.rounds.stop(channelId, round.id, "restart");
        await this.#closeAndAdvance(channelId, round.id, round.items.length - 1);
      } catch (error) {
        // Points are given when the item closes, before anything is posted: a failed post loses no score.
        await this.#abandon(round, error);
      }
    }).catch((error: unknown) =>
      this.context.logger.error({ err: error, channel: channelId }, "could not close a live round left open"),
    );
  }

  start(): void {
    this.#closed = false;
  }

  shutdown(): void {
    this.#closed = true;
    for (const timer of this.#timers.values()) clearTimeout(timer);
    this.#timers.clear();
  }

  async #postItem(round: LiveRound, position: number): Promise<void> {
    const live = round.items[position];
    const item = live ? this.context.quiz.item(live.itemId) : undefined;
    if (!live || !item) throw new Error(`round ${round.id} has no item at ${position}`);
    const channel = await this.#channel(round.channelId);
    const message = await channel.send({
      ...liveItemView(round, position, item, live, this.#strings(round)),
    });
    await this.rounds.setMessage(round.channelId, round.id, position, message.id);
    this.#schedule(round, position, live);
  }

  #schedule(round: LiveRound, position: number, live: LiveItem): void {
    if (this.#closed) return;
    this.#clearTimer(round.channelId);
    const delay = Math.max(0, live.closesAt - this.context.clock.now().getTime());
    const timer = setTimeout(() => {
      this.#timers.delete(round.channelId);
      void this.#serial(round.channelId, () => this.#closeAndAdvance(round.channelId, round.id, position)).catch(
        (error: unknown) => this.#abandon(round, error),
      );
    }, delay);
    this.#timers.set(round.channelId, timer);
  }

  /** Closes the item at `position`, shows its results, then posts the next item or the podium. */
  async #closeAndAdvance(channelId: string, roundId: string, position: number): Promise<void> {
    const closed = await this.rounds.closeItem(channelId, roundId, position);
    if (closed.status === "gone") return;
    await this.#showResults(closed.round, position, closed.item);
    const next = await this.rounds.advance(channelId, roundId, position);
    if (next.status === "next") await this.#postItem(next.round, next.position);
    else if (next.status === "finished") await this.#finish(next.round);
  }

  /** Edits the item's message with its results (a new message if it was deleted); nothing if it was never shown. */
  async #showResults(round: LiveRound, position: number, live: LiveItem): Promise<void> {
    const item = this.context.quiz.item(live.itemId);
    if (!item || (live.messageId === undefined && Object.keys(live.answers).length === 0)) return;
    const locale = localeOf(round.locale);
    const view = liveResultView({
      round,
      position,
      item,
      live,
      catalog: this.context.catalog,
      strings: classStrings[locale],
      locale,
    });
    const channel = await this.#channel(round.channelId);
    let message: Message | undefined;
    if (live.messageId) {
      message = await channel.messages.edit(live.messageId, { content: "", ...view }).catch((error: unknown) => {
        this.context.logger.warn({ err: error, round: round.id, position }, "could not edit a live item");
        return undefined;
      });
    }
    if (!message) await channel.send({ ...view });
  }

  /**
   * Posts the podium once, then forgets the round. The claim is stored before the send: a process that dies
   * between the send and the cleanup leaves the claim, and the next start only cleans up.
   */
  async #finish(round: LiveRound): Promise<void> {
    this.#clearTimer(round.channelId);
    const claim = await this.rounds.claimPodium(round.channelId, round.id);
    if (claim === "claimed") {
      const channel = await this.#channel(round.channelId);
      const message = await channel.send(podiumView(round, this.#strings(round)));
      await this.rounds.podiumPosted(round.channelId, round.id, message.id);
    } else if (claim === "taken") {
      this.context.logger.info(
        { channel: round.channelId, round: round.id },
        "podium already claimed: not posted again",
      );
    }
    await this.rounds.cleanUp(round.guildId, round.channelId, round.id);
  }

  /** A step failed (channel deleted, permissions removed...): log, then free the channel rather than leave it stuck. */
  async #abandon(round: LiveRound, error: unknown): Promise<void> {
    this.context.logger.error({ err: error, channel: round.channelId, round: round.id }, "live round step failed");
    await this.rounds
      .cleanUp(round.guildId, round.channelId, round.id)
      .catch((cleanupError: unknown) =>
        this.context.logger.error({ err: cleanupError, round: round.id }, "could not drop a failed live round"),
      );
  }

  async #channel(channelId: string): Promise<GuildTextBasedChannel> {
    const channel =
      this.context.client.channels.cache.get(channelId) ?? (await this.context.client.channels.fetch(channelId));
    if (!channel?.isTextBased() || channel.isDMBased())
      throw new Error(`channel ${channelId} is not a guild text channel`);
    return channel;
  }

  #strings(round: LiveRound) {
    return classStrings[localeOf(round.locale)];
  }

  #clearTimer(channelId: string): void {
    const timer = this.#timers.get(channelId);
    if (timer) clearTimeout(timer);
    this.#timers.delete(channelId);
  }

  #serial<T>(channelId: string, work: () => Promise<T>): Promise<T> {
    return this.context.locks.run(`live:driver:${channelId}`, work);
  }
}
