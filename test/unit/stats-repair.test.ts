import type { Client } from "discord.js";
import Keyv from "keyv";
import pino from "pino";
import { describe, expect, it } from "vitest";
import { beginRun } from "../../src/app/recovery.js";
import type { QuizItem } from "../../src/content/types.js";
import { ManualClock } from "../../src/domain/clock.js";
import { KeyedLock } from "../../src/domain/locks.js";
import { profilesByGuild, rebuildStats, sameStats } from "../../src/domain/quiz/boardRepair.js";
import { QuizService } from "../../src/domain/quiz/quizService.js";
import type { Stores } from "../../src/store/store.js";
import { quizBank } from "../pack.js";

const GUILD = "1310000000000000100";

function setup() {
  const store = new Keyv();
  const clock = new ManualClock("2026-03-09T09:00:00Z");
  const quiz = new QuizService({
    store,
    clock,
    locks: new KeyedLock(),
    bank: quizBank,
    settingsOf: async () => ({ timeZone: "Europe/Paris", season: 0 }),
    random: () => 0.3,
  });
  return { store, clock, quiz };
}

/** A session of `count` items, answered right where `right(position)` says. */
async function play(quiz: QuizService, userId: string, count: number, right: (position: number) => boolean) {
  const session = await quiz.startSession({ guildId: GUILD, userId, name: userId, question: null, count });
  if (!session) throw new Error("no session");
  for (const [position, itemId] of session.itemIds.entries()) {
    const item = quiz.item(itemId) as QuizItem;
    const wrong = item.options.find((option) => !item.correct.includes(option.id))?.id ?? "";
    const chosen = right(position) ? [...item.correct] : [wrong];
    await quiz.answer({ guildId: GUILD, userId, name: userId, sessionId: session.id, position, chosen });
  }
}

/** Three days of a small class: items answered again (Leitner boxes climb to mastered), right and wrong. */
async function week(quiz: QuizService, clock: ManualClock, members: readonly string[]) {
  for (let day = 0; day < 3; day++) {
    for (const [index, userId] of members.entries()) {
      if ((index + day) % 3 === 2) continue;
      await play(quiz, userId, 6, (position) => (position + index + day) % 4 !== 0);
    }
    clock.advance(24 * 60 * 60 * 1000);
  }
}

describe("class statistics after an unclean stop", () => {
  it("GIVEN a batch of statistics lost in a crash THEN the rebuild from the profiles gives what was counted without the loss", async () => {
    const { store, clock, quiz } = setup();
    await week(quiz, clock, [
      "1310000000000000701",
      "1310000000000000702",
      "1310000000000000703",
      "1310000000000000704",
    ]);
    const beforeLoss = await quiz.stats.read(GUILD);
    await week(quiz, clock, ["1310000000000000701", "1310000000000000703", "1310000000000000705"]);
    const truth = await quiz.stats.read(GUILD);
    // The crash: the last writes of the aggregate never reached the store, the profiles' did.
    await quiz.stats.replace(GUILD, beforeLoss);

    const profiles = (await profilesByGuild(store, () => true)).get(GUILD) ?? new Map();
    const rebuilt = rebuildStats(profiles, beforeLoss, quizBank, clock.now().getTime());
    expect(sameStats(beforeLoss, truth)).toBe(false);
    expect(sameStats(rebuilt, truth)).toBe(true);
    expect(rebuilt).toMatchObject({
      answers: truth.answers,
      correct: truth.correct,
      members: 5,
      items: truth.items,
      days: truth.days,
    });
    for (const [question, count] of Object.entries(truth.mastered ?? {}))
      expect(rebuilt.mastered?.[question]).toBe(count);
    // Not in the profiles: kept as stored.
    expect(rebuilt.sessions).toBe(beforeLoss.sessions);
    expect(rebuilt.since).toBe(beforeLoss.since);
    // Nothing lost: the rebuild changes nothing.
    expect(sameStats(rebuildStats(profiles, truth, quizBank, 0), truth)).toBe(true);
  });

  it("GIVEN the run marker of a killed process THEN the start-up rebuilds the statistics before the login; a clean run leaves them", async () => {
    const { store, clock, quiz } = setup();
    await week(quiz, clock, ["1310000000000000701", "1310000000000000702"]);
    const truth = await quiz.stats.read(GUILD);
    const health = new Keyv();
    const stores = {
      namespace: (name: string) => (name === "health" ? health : store),
      failures: 0,
    } as unknown as Stores;
    const client = { options: {} } as Client;
    const run = { stores, quiz, client, seasonOf: async () => 0, logger: pino({ level: "silent" }) };

    await quiz.stats.replace(GUILD, { ...truth, answers: 1, items: {}, days: {} });
    const clean = await beginRun(run);
    await clean.end();
    expect((await quiz.stats.read(GUILD)).answers).toBe(1);

    await beginRun(run); // never ended: killed
    await beginRun(run);
    expect(sameStats(await quiz.stats.read(GUILD), truth)).toBe(true);
    expect((await quiz.stats.read(GUILD)).sessions).toBe(truth.sessions);
  });
});
