import Keyv from "keyv";
import { describe, expect, it } from "vitest";
import type { QuizItem } from "../../src/content/types.js";
import { ManualClock } from "../../src/domain/clock.js";
import {
  clampSeconds,
  type LiveRound,
  LiveRoundService,
  livePoints,
  podium,
  SPEED_BONUS_MAX,
} from "../../src/domain/live/liveRound.js";
import { KeyedLock } from "../../src/domain/locks.js";
import { QuizService } from "../../src/domain/quiz/quizService.js";
import { quizBank } from "../pack.js";

const GUILD = "g1";
const CHANNEL = "c1";
const PARIS = "Europe/Paris";

function setup(options: { store?: Keyv; liveStore?: Keyv; clock?: ManualClock } = {}) {
  const clock = options.clock ?? new ManualClock("2026-03-12T08:00:00Z");
  const store = options.store ?? new Keyv();
  const liveStore = options.liveStore ?? new Keyv();
  const locks = new KeyedLock();
  const quiz = new QuizService({
    store,
    clock,
    locks,
    bank: quizBank,
    settingsOf: async () => ({ timeZone: PARIS, season: 0 }),
  });
  const live = new LiveRoundService({
    store: liveStore,
    clock,
    locks,
    quiz,
    random: () => 0.3,
  });
  return { clock, store, liveStore, quiz, live, locks };
}

function right(item: QuizItem): string[] {
  return [...item.correct];
}

function wrong(item: QuizItem): string[] {
  const option = item.options.find((candidate) => !item.correct.includes(candidate.id));
  if (!option) throw new Error(`no wrong option in ${item.id}`);
  return [option.id];
}

async function started(live: LiveRoundService, count = 3, seconds = 30): Promise<LiveRound> {
  const outcome = await live.start({
    guildId: GUILD,
    channelId: CHANNEL,
    startedBy: "teacher",
    locale: "fr",
    question: null,
    count,
    seconds,
  });
  if (outcome.status !== "started") throw new Error(`round not started: ${outcome.status}`);
  return outcome.round;
}

function itemOf(quiz: QuizService, round: LiveRound, position: number): QuizItem {
  const item = quiz.item(round.items[position]?.itemId ?? round.itemIds[position] ?? "");
  if (!item) throw new Error("unknown item");
  return item;
}

describe("live rounds: starting", () => {
  it("GIVEN a channel THEN one round at a time; the open-rounds index names it until it is cleaned up", async () => {
    const { live } = setup();
    const round = await started(live, 4, 45);
    expect(round.itemIds).toHaveLength(4);
    expect(new Set(round.itemIds).size).toBe(4);
    expect(round.items).toHaveLength(1);
    expect(round.items[0]?.closesAt).toBe(Date.parse("2026-03-12T08:00:45Z"));
    expect(await live.openChannels([GUILD])).toEqual([CHANNEL]);
    const again = await live.start({
      guildId: GUILD,
      channelId: CHANNEL,
      startedBy: "teacher",
      locale: "fr",
      question: 2,
      count: 3,
      seconds: 30,
    });
    expect(again.status).toBe("busy");
    await live.cleanUp(GUILD, CHANNEL, round.id);
    expect(await live.openChannels([GUILD])).toEqual([]);
    expect(await live.round(CHANNEL)).toBeUndefined();
  });

  it("GIVEN a question THEN only its items; seconds are clamped to 10–120", async () => {
    const { live, quiz } = setup();
    const outcome = await live.start({
      guildId: GUILD,
      channelId: CHANNEL,
      startedBy: "t",
      locale: "fr",
      question: 3,
      count: 50,
      seconds: 5,
    });
    if (outcome.status !== "started") throw new Error("not started");
    expect(outcome.round.itemIds.length).toBeLessThanOrEqual(20);
    expect(outcome.round.itemIds.every((id) => quiz.item(id)?.question === 3)).toBe(true);
    expect(outcome.round.seconds).toBe(10);
    expect(clampSeconds(500)).toBe(120);
    expect(clampSeconds(Number.NaN)).toBe(30);
  });
});

describe("live rounds: answering", () => {
  it("GIVEN several answers by one member THEN only the last counts, and others' answers are kept", async () => {
    const { live, quiz, clock } = setup();
    const round = await started(live);
    const item = itemOf(quiz, round, 0);
    const base = { channelId: CHANNEL, roundId: round.id, position: 0 };
    const first = await live.answer({ ...base, userId: "lea", name: "Léa", chosen: wrong(item) });
    expect(first).toMatchObject({ status: "recorded", changed: false });
    clock.advance(2000);
    await live.answer({ ...base, userId: "hugo", name: "Hugo", chosen: right(item) });
    clock.advance(3000);
    const second = await live.answer({ ...base, userId: "lea", name: "Léa", chosen: right(item) });
    expect(second).toMatchObject({ status: "recorded", changed: true });
    const stored = (await live.round(CHANNEL))?.items[0];
    expect(Object.keys(stored?.answers ?? {}).sort()).toEqual(["hugo", "lea"]);
    expect(stored?.answers.lea?.chosen).toEqual(right(item));
    expect(stored?.answers.lea?.at).toBe(Date.parse("2026-03-12T08:00:05Z"));
  });

  it("GIVEN the countdown is over, even before the timer fired THEN the answer is refused as late", async () => {
    const { live, quiz, clock } = setup();
    const round = await started(live, 3, 10);
    clock.advance(10_000);
    const late = await live.answer({
      channelId: CHANNEL,
      roundId: round.id,
      position: 0,
      userId: "ines",
      name: "Inès",
      chosen: right(itemOf(quiz, round, 0)),
    });
    expect(late.status).toBe("closed");
  });

  it("GIVEN a forged option, an old round or a past item THEN invalid, over or closed", async () => {
    const { live, quiz } = setup();
    const round = await started(live);
    const base = { channelId: CHANNEL, roundId: round.id, userId: "u", name: "U" };
    expect((await live.answer({ ...base, position: 0, chosen: ["zz"] })).status).toBe("invalid");
    expect((await live.answer({ ...base, roundId: "other", position: 0, chosen: ["a"] })).status).toBe("over");
    await live.closeItem(CHANNEL, round.id, 0);
    await live.advance(CHANNEL, round.id, 0);
    expect((await live.answer({ ...base, position: 0, chosen: right(itemOf(quiz, round, 0)) })).status).toBe("closed");
  });
});

describe("live rounds: closing and points", () => {
  it("GIVEN answers THEN results count each option, the right ones, the fastest; points go to /quiz scores", async () => {
    const { live, quiz, clock } = setup();
    const round = await started(live, 2, 20);
    const item = itemOf(quiz, round, 0);
    const base = { channelId: CHANNEL, roundId: round.id, position: 0 };
    clock.advance(3000);
    await live.answer({ ...base, userId: "hugo", name: "Hugo", chosen: right(item) });
    clock.advance(1000);
    await live.answer({ ...base, userId: "lea", name: "Léa", chosen: right(item) });
    await live.answer({ ...base, userId: "ines", name: "Inès", chosen: wrong(item) });
    clock.set(round.items[0]?.closesAt ?? 0);

    const closed = await live.closeItem(CHANNEL, round.id, 0);
    if (closed.status !== "closed") throw new Error("not closed");
    expect(closed.closedNow).toBe(true);
    expect(closed.item.result).toMatchObject({ answered: 3, right: 2, fastest: { userId: "hugo", ms: 3000 } });
    for (const id of item.correct) expect(closed.item.result?.counts[id]).toBeGreaterThanOrEqual(2);
    expect([...(closed.item.awarded ?? [])].sort()).toEqual(["hugo", "ines", "lea"]);

    const hugo = await quiz.profile(GUILD, "hugo");
    expect(hugo?.points).toBe(livePoints(true, 3000, 0, 20_000));
    expect(hugo).toMatchObject({ answered: 1, correct: 1 });
    // A live round's answer is an FSRS review like any other: "Good" on a new item starts its learning steps.
    expect(hugo?.items[item.id]?.card).toMatchObject({ state: 1, reps: 1, lapses: 0 });
    expect((await quiz.profile(GUILD, "ines"))?.points).toBe(0);
    expect((await quiz.profile(GUILD, "ines"))?.items[item.id]?.lastCorrect).toBe(false);
    const board = await quiz.leaderboard(GUILD);
    expect(board.top.map((entry) => entry.userId)).toEqual(["hugo", "lea"]);
    const stats = await quiz.stats.read(GUILD);
    expect(stats).toMatchObject({ answers: 3, correct: 2 });
    expect(stats.items[item.id]).toEqual({ attempts: 3, misses: 1 });
  });

  it("GIVEN an item closed twice, concurrently and again later THEN points are given once", async () => {
    const { live, quiz } = setup();
    const round = await started(live);
    const item = itemOf(quiz, round, 0);
    await live.answer({
      channelId: CHANNEL,
      roundId: round.id,
      position: 0,
      userId: "lea",
      name: "Léa",
      chosen: right(item),
    });
    const [a, b] = await Promise.all([live.closeItem(CHANNEL, round.id, 0), live.closeItem(CHANNEL, round.id, 0)]);
    expect([a, b].filter((outcome) => outcome.status === "closed" && outcome.closedNow)).toHaveLength(1);
    await live.closeItem(CHANNEL, round.id, 0);
    const profile = await quiz.profile(GUILD, "lea");
    expect(profile?.answered).toBe(1);
    expect(profile?.points).toBe(10 + SPEED_BONUS_MAX);
    expect((await live.round(CHANNEL))?.totals.lea?.points).toBe(10 + SPEED_BONUS_MAX);
    expect((await quiz.stats.read(GUILD)).answers).toBe(1);
  });

  it("GIVEN a crash after the profile write but before `awarded` was stored THEN the retry gives nothing twice", async () => {
    const { live, quiz, store, liveStore, clock } = setup();
    const round = await started(live);
    const item = itemOf(quiz, round, 0);
    await live.answer({
      channelId: CHANNEL,
      roundId: round.id,
      position: 0,
      userId: "lea",
      name: "Léa",
      chosen: right(item),
    });
    await live.closeItem(CHANNEL, round.id, 0);
    // Simulate the crash: the round as it was after the close write, before the awarded list was stored.
    const stored = (await live.round(CHANNEL)) as LiveRound;
    const items = stored.items.map((entry, index) => (index === 0 ? { ...entry, awarded: [] } : entry));
    await liveStore.set(LiveRoundService.roundKey(CHANNEL), { ...stored, items });
    await quiz.settled();
    // The restart: a new process, which reads the round and the profiles from the store.
    const restarted = setup({ store, liveStore, clock });

    const retried = await restarted.live.closeItem(CHANNEL, round.id, 0);
    expect(retried.status === "closed" && retried.closedNow).toBe(false);
    expect(retried.status === "closed" && retried.item.awarded).toEqual(["lea"]);
    const profile = await restarted.quiz.profile(GUILD, "lea");
    expect(profile?.answered).toBe(1);
    expect(profile?.points).toBe(15);
    expect(profile?.sessions[LiveRoundService.sessionId(round.id)]?.answers[0]).toMatchObject({ correct: true });
  });

  it("GIVEN the speed bonus THEN 5 in the first fifth, 1 at the very end, nothing for a wrong answer", () => {
    expect(livePoints(true, 0, 0, 30_000)).toBe(15);
    expect(livePoints(true, 6_000, 0, 30_000)).toBe(14);
    expect(livePoints(true, 29_999, 0, 30_000)).toBe(11);
    expect(livePoints(false, 0, 0, 30_000)).toBe(0);
  });
});

describe("live rounds: advancing, stopping, podium", () => {
  it("GIVEN every item closed in turn THEN the round finishes with a podium and counts as one round", async () => {
    const { live, quiz, clock } = setup();
    const round = await started(live, 2, 10);
    const first = itemOf(quiz, round, 0);
    await live.answer({
      channelId: CHANNEL,
      roundId: round.id,
      position: 0,
      userId: "lea",
      name: "Léa",
      chosen: right(first),
    });
    await live.answer({
      channelId: CHANNEL,
      roundId: round.id,
      position: 0,
      userId: "hugo",
      name: "Hugo",
      chosen: wrong(first),
    });
    clock.advance(10_000);
    await live.closeItem(CHANNEL, round.id, 0);
    expect(await live.advance(CHANNEL, round.id, 0)).toMatchObject({ status: "next", position: 1 });
    expect((await live.advance(CHANNEL, round.id, 0)).status).toBe("unchanged");
    const second = itemOf(quiz, round, 1);
    clock.advance(1000);
    await live.answer({
      channelId: CHANNEL,
      roundId: round.id,
      position: 1,
      userId: "hugo",
      name: "Hugo",
      chosen: right(second),
    });
    await live.closeItem(CHANNEL, round.id, 1);
    const end = await live.advance(CHANNEL, round.id, 1);
    if (end.status !== "finished") throw new Error("not finished");
    const places = podium(end.round);
    // Both 15 points (right and fast): they share first place, Léa listed first for getting there earlier.
    expect(places.map((place) => [place.userId, place.rank, place.total.points])).toEqual([
      ["lea", 1, 15],
      ["hugo", 1, 15],
    ]);
    expect((await quiz.stats.read(GUILD)).rounds).toBe(1);
    expect(
      (
        await live.answer({
          channelId: CHANNEL,
          roundId: round.id,
          position: 1,
          userId: "x",
          name: "X",
          chosen: right(second),
        })
      ).status,
    ).toBe("over");
  });

  it("GIVEN a stop (or a restart) during an item THEN it closes with the stored answers and the round finishes", async () => {
    const { live, quiz } = setup();
    const round = await started(live, 5, 60);
    const item = itemOf(quiz, round, 0);
    await live.answer({
      channelId: CHANNEL,
      roundId: round.id,
      position: 0,
      userId: "lea",
      name: "Léa",
      chosen: right(item),
    });
    const stopped = await live.stop(CHANNEL, round.id, "restart");
    expect(stopped?.stopped).toBe("restart");
    expect(
      (
        await live.answer({
          channelId: CHANNEL,
          roundId: round.id,
          position: 0,
          userId: "hugo",
          name: "Hugo",
          chosen: right(item),
        })
      ).status,
    ).toBe("closed");
    await live.closeItem(CHANNEL, round.id, 0);
    const end = await live.advance(CHANNEL, round.id, 0);
    expect(end).toMatchObject({ status: "finished", round: { stopped: "restart", finished: true } });
    expect((await quiz.profile(GUILD, "lea"))?.points).toBe(15);
  });

  it("GIVEN a round in the store THEN another service over the same stores (a restarted bot) picks it up", async () => {
    const first = setup();
    const round = await started(first.live);
    await first.live.setMessage(CHANNEL, round.id, 0, "m1");
    const item = itemOf(first.quiz, round, 0);
    await first.live.answer({
      channelId: CHANNEL,
      roundId: round.id,
      position: 0,
      userId: "lea",
      name: "Léa",
      chosen: right(item),
    });

    const second = setup({ store: first.store, liveStore: first.liveStore, clock: first.clock });
    expect(await second.live.openChannels([GUILD])).toEqual([CHANNEL]);
    const recovered = await second.live.round(CHANNEL);
    expect(recovered?.items[0]?.messageId).toBe("m1");
    await second.live.stop(CHANNEL, round.id, "restart");
    const closed = await second.live.closeItem(CHANNEL, round.id, 0);
    expect(closed.status === "closed" && closed.item.result?.answered).toBe(1);
    expect((await second.quiz.profile(GUILD, "lea"))?.points).toBe(15);
  });
});
