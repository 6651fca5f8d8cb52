import Keyv from "keyv";
import pino from "pino";
import { describe, expect, it } from "vitest";
import { LiveRoundDriver, type LiveRoundDriverOptions } from "../../src/discord/liveRounds.js";
import { ManualClock } from "../../src/domain/clock.js";
import { LiveRoundService } from "../../src/domain/live/liveRound.js";
import { KeyedLock } from "../../src/domain/locks.js";
import { QuizService } from "../../src/domain/quiz/quizService.js";
import { catalog, quizBank } from "../pack.js";

const GUILD = "1310000000000000100";
const CHANNEL = "1310000000000000201";

/** What a process of Réso holds, over stores that outlive it (a restart builds a new one over the same). */
function process_(stores: { quiz: Keyv; live: Keyv }, sent: unknown[]) {
  const clock = new ManualClock("2026-03-12T08:00:00Z");
  const locks = new KeyedLock();
  const settings = { timeZone: "Europe/Paris", season: 0 };
  const quiz = new QuizService({ store: stores.quiz, clock, locks, bank: quizBank, settingsOf: async () => settings });
  const channel = {
    isTextBased: () => true,
    isDMBased: () => false,
    async send(payload: unknown) {
      sent.push(payload);
      return { id: `13100000000000090${sent.length}` };
    },
    messages: { edit: async () => ({}) },
  };
  const context = {
    stores: { namespace: (name: string) => (name === "live" ? stores.live : stores.quiz) },
    clock,
    locks,
    quiz,
    catalog,
    logger: pino({ level: "silent" }),
    client: { guilds: { cache: new Map([[GUILD, {}]]) }, channels: { cache: new Map([[CHANNEL, channel]]) } },
  } as unknown as LiveRoundDriverOptions;
  return new LiveRoundDriver(context);
}

describe("a live round's podium after a crash", () => {
  it("GIVEN the process dying between posting the podium and cleaning up THEN the restart cleans up without posting it again", async () => {
    const stores = { quiz: new Keyv(), live: new Keyv() };
    const sent: unknown[] = [];
    const first = process_(stores, sent);
    const start = await first.rounds.start({
      guildId: GUILD,
      channelId: CHANNEL,
      startedBy: "teacher",
      locale: "fr",
      question: null,
      count: 1,
      seconds: 30,
    });
    if (start.status !== "started") throw new Error("no round");
    const item = first.rounds.round(CHANNEL);
    const bankItem = quizBank.find((candidate) => candidate.id === start.round.itemIds[0]);
    await first.rounds.answer({
      channelId: CHANNEL,
      roundId: start.round.id,
      position: 0,
      userId: "1310000000000000402",
      name: "Léa",
      chosen: [...(bankItem?.correct ?? [])],
    });
    await first.rounds.closeItem(CHANNEL, start.round.id, 0);
    expect((await first.rounds.advance(CHANNEL, start.round.id, 0)).status).toBe("finished");
    expect(await item).toBeDefined();

    // The crash: the podium goes out, then the process dies before the round is forgotten.
    first.rounds.cleanUp = async () => {
      throw new Error("killed");
    };
    await first.recover();
    expect(sent).toHaveLength(1);
    expect((await first.rounds.round(CHANNEL))?.podium).toMatchObject({ status: "posted" });

    const restarted = process_(stores, sent);
    await restarted.recover();
    expect(sent).toHaveLength(1);
    expect(await restarted.rounds.round(CHANNEL)).toBeUndefined();
    expect(await restarted.rounds.openChannels([GUILD])).toEqual([]);
  });

  it("GIVEN a claim THEN a second claim, from a racing call or a restart, is refused", async () => {
    const quiz = new QuizService({
      store: new Keyv(),
      clock: new ManualClock("2026-03-12T08:00:00Z"),
      locks: new KeyedLock(),
      bank: quizBank,
      settingsOf: async () => ({ timeZone: "Europe/Paris", season: 0 }),
    });
    const live = new LiveRoundService({
      store: new Keyv(),
      clock: new ManualClock("2026-03-12T08:00:00Z"),
      locks: new KeyedLock(),
      quiz,
    });
    const start = await live.start({
      guildId: GUILD,
      channelId: CHANNEL,
      startedBy: "teacher",
      locale: "fr",
      question: null,
      count: 1,
      seconds: 30,
    });
    if (start.status !== "started") throw new Error("no round");
    const claims = await Promise.all([
      live.claimPodium(CHANNEL, start.round.id),
      live.claimPodium(CHANNEL, start.round.id),
    ]);
    expect(claims.sort()).toEqual(["claimed", "taken"]);
    expect(await live.claimPodium(CHANNEL, "another")).toBe("gone");
  });
});
