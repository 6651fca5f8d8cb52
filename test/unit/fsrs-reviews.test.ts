import Keyv from "keyv";
import { Rating } from "ts-fsrs";
import { describe, expect, it } from "vitest";
import type { QuizItem } from "../../src/content/types.js";
import { ManualClock } from "../../src/domain/clock.js";
import { GuildSettingsRepository } from "../../src/domain/guildSettings.js";
import { KeyedLock } from "../../src/domain/locks.js";
import { reviewForecast } from "../../src/domain/quiz/mastery.js";
import { QuizService } from "../../src/domain/quiz/quizService.js";
import { DEFAULT_RETENTION, dueDayOf, ratingOf, reviewCard } from "../../src/domain/quiz/reviews.js";
import { localDay } from "../../src/domain/time.js";
import { addDays } from "../../src/domain/tips/schedule.js";
import { quizBank } from "../pack.js";

const PARIS = "Europe/Paris";
const GUILD = "g";
const DAY = 86_400_000;

function service(clock: ManualClock, retention = DEFAULT_RETENTION) {
  return new QuizService({
    store: new Keyv(),
    clock,
    locks: new KeyedLock(),
    bank: quizBank,
    settingsOf: async () => ({ timeZone: PARIS, season: 0, retention }),
    random: () => 0.3,
  });
}

const right = (item: QuizItem) => [...item.correct];
const wrong = (item: QuizItem) => [item.options.find((option) => !item.correct.includes(option.id))?.id ?? ""];

async function answerAll(
  quiz: QuizService,
  sessionItems: readonly string[],
  sessionId: string,
  pick: (item: QuizItem) => string[],
) {
  for (const [position, itemId] of sessionItems.entries()) {
    const item = quiz.item(itemId) as QuizItem;
    await quiz.answer({ guildId: GUILD, userId: "u", name: "Ana", sessionId, position, chosen: pick(item) });
  }
}

describe("FSRS ratings", () => {
  const single = quizBank.find((item) => item.kind !== "multiple") as QuizItem;
  const multiple = quizBank.find((item) => item.kind === "multiple" && item.correct.length >= 2) as QuizItem;

  it("GIVEN answers THEN wrong is Again, right is Good, a select-all off by one option is Hard", () => {
    expect(ratingOf(single, { chosen: right(single), correct: true })).toBe(Rating.Good);
    expect(ratingOf(single, { chosen: wrong(single), correct: false })).toBe(Rating.Again);
    const missingOne = multiple.correct.slice(1);
    expect(ratingOf(multiple, { chosen: missingOne, correct: false })).toBe(Rating.Hard);
    const extra = multiple.options.find((option) => !multiple.correct.includes(option.id))?.id ?? "";
    expect(ratingOf(multiple, { chosen: [...multiple.correct, extra], correct: false })).toBe(Rating.Hard);
    expect(ratingOf(multiple, { chosen: [...missingOne, extra], correct: false })).toBe(Rating.Again);
  });

  it("GIVEN a higher desired retention THEN the same reviews come back sooner", () => {
    const start = Date.parse("2026-01-05T09:00:00Z");
    const schedule = (retention: number) => {
      let card = reviewCard(undefined, Rating.Good, start, retention);
      card = reviewCard(card, Rating.Good, start + 11 * 60_000, retention);
      return reviewCard(card, Rating.Good, card.due, retention).scheduledDays;
    };
    expect(schedule(0.95)).toBeLessThan(schedule(0.9));
    expect(schedule(0.9)).toBeLessThan(schedule(0.8));
  });

  it("GIVEN a retention outside 0.80–0.95 THEN the guild setting refuses it and keeps the one it had", async () => {
    const settings = new GuildSettingsRepository(new Keyv(), new KeyedLock());
    expect((await settings.get(GUILD)).retention).toBe(0.9);
    await expect(settings.setRetention(GUILD, 0.97)).rejects.toThrow(RangeError);
    await expect(settings.setRetention(GUILD, 0.79)).rejects.toThrow(RangeError);
    expect((await settings.setRetention(GUILD, 0.85)).retention).toBe(0.85);
    expect((await settings.get(GUILD)).retention).toBe(0.85);
  });
});

describe("a month of reviews", () => {
  it("GIVEN a member who takes the daily quiz for 30 days THEN they are asked exactly what is due, intervals grow, due counts agree", async () => {
    // 18:00 in Paris every day.
    const clock = new ManualClock("2026-01-05T17:00:00Z");
    const quiz = service(clock);
    const asked = new Map<string, string[]>();
    let reviews = 0;
    for (let day = 0; day < 30; day++) {
      const today = localDay(clock.now(), PARIS);
      const before = await quiz.forecast(GUILD, await quiz.profile(GUILD, "u"));
      const session = await quiz.startSession({
        guildId: GUILD,
        userId: "u",
        name: "Ana",
        question: 1,
        count: 20,
        scope: "review",
      });
      if (!session) {
        // Nothing due and nothing new: the first message then offers free practice.
        expect(before.dueToday).toBe(0);
        clock.advance(DAY);
        continue;
      }
      const profile = await quiz.profile(GUILD, "u");
      const seen = session.itemIds.filter((id) => profile?.items[id]);
      // Every due item, and nothing else that was seen before: the rest are new items.
      expect(seen).toHaveLength(before.dueToday);
      for (const id of seen) expect(dueDayOf(profile?.items[id]?.card as never, PARIS) <= today).toBe(true);
      reviews += seen.length;
      // Wrong one day in five on the first item, right otherwise.
      await answerAll(quiz, session.itemIds, session.id, (item) =>
        day % 5 === 4 && item.id === session.itemIds[0] ? wrong(item) : right(item),
      );
      for (const id of session.itemIds) asked.set(id, [...(asked.get(id) ?? []), today]);
      const after = await quiz.forecast(GUILD, await quiz.profile(GUILD, "u"));
      if (after.nextDueDay !== null) expect(after.nextDueDay > today).toBe(true);
      clock.advance(DAY);
    }
    const profile = await quiz.profile(GUILD, "u");
    const always = [...asked].find(
      ([id]) => profile?.items[id]?.lastCorrect && profile.items[id]?.correct === profile.items[id]?.attempts,
    );
    if (!always) throw new Error("no item always right");
    const gaps = always[1].slice(1).map((day, index) => Date.parse(day) - Date.parse(always[1][index] ?? day));
    // Spaced: each gap at least as long as the one before.
    for (let index = 1; index < gaps.length; index++) expect(gaps[index]).toBeGreaterThanOrEqual(gaps[index - 1] ?? 0);
    for (const progress of Object.values(profile?.items ?? {})) expect(progress.card.reps).toBe(progress.attempts);
    expect(reviews).toBeGreaterThan(0);
    const mastery = quiz.mastery(profile).get(1) ?? 0;
    expect(mastery).toBeGreaterThan(0.5);
    expect(mastery).toBeLessThanOrEqual(1);
  });
});

describe("due days across a daylight-saving change", () => {
  it("GIVEN a review late on the eve of spring-forward THEN it is due N calendar days later, not N × 24 h", () => {
    // 23:30 in Paris on 28 March (22:30 UTC); the night after is 23 hours long.
    const learned = Date.parse("2026-03-25T09:00:00Z");
    let card = reviewCard(undefined, Rating.Good, learned, 0.9);
    card = reviewCard(card, Rating.Good, learned + 11 * 60_000, 0.9);
    const lateReview = Date.parse("2026-03-28T22:30:00Z");
    card = reviewCard(card, Rating.Good, lateReview, 0.9);
    expect(card.scheduledDays).toBeGreaterThanOrEqual(1);
    const dueDay = addDays("2026-03-28", card.scheduledDays);
    expect(dueDayOf(card, PARIS)).toBe(dueDay);
    // ts-fsrs's own instant, 24-hour days, falls at 00:30 the day after.
    expect(localDay(new Date(card.due), PARIS)).toBe(addDays(dueDay, 1));
    const profile = {
      items: { [quizBank[0]?.id ?? ""]: { card, lastDay: "2026-03-28", lastCorrect: true, attempts: 3, correct: 3 } },
    } as never;
    const morning = Date.parse(`${dueDay}T07:00:00Z`);
    expect(reviewForecast(profile, quizBank, morning, PARIS)).toMatchObject({ dueToday: 1, nextDays: 0 });
    const dayBefore = morning - DAY;
    expect(reviewForecast(profile, quizBank, dayBefore, PARIS)).toMatchObject({
      dueToday: 0,
      nextDays: 1,
      nextDueDay: dueDay,
    });
  });

  it("GIVEN the fall-back night THEN a review at 00:30 counts on its own day and one due tomorrow is tomorrow's", () => {
    // 00:30 CEST on 25 October is 22:30 UTC on the 24th: the local day is the 25th.
    const at = Date.parse("2026-10-24T22:30:00Z");
    let card = reviewCard(undefined, Rating.Good, at - 3 * DAY, 0.9);
    card = reviewCard(card, Rating.Good, at - 3 * DAY + 11 * 60_000, 0.9);
    card = reviewCard(card, Rating.Good, at, 0.9);
    expect(dueDayOf(card, PARIS)).toBe(addDays("2026-10-25", card.scheduledDays));
  });
});

describe("double clicks and concurrent answers", () => {
  it("GIVEN the same answer clicked twice at the same instant THEN one review: one rep on the card, one answer counted", async () => {
    const clock = new ManualClock("2026-01-05T17:00:00Z");
    const quiz = service(clock);
    const session = await quiz.startSession({ guildId: GUILD, userId: "u", name: "Ana", question: 1, count: 2 });
    const item = quiz.item(session?.itemIds[0] ?? "");
    if (!session || !item) throw new Error("no session");
    const click = () =>
      quiz.answer({
        guildId: GUILD,
        userId: "u",
        name: "Ana",
        sessionId: session.id,
        position: 0,
        chosen: right(item),
      });
    const outcomes = await Promise.all([click(), click(), click()]);
    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(["duplicate", "duplicate", "recorded"]);
    const profile = await quiz.profile(GUILD, "u");
    expect(profile?.items[item.id]?.card.reps).toBe(1);
    expect(profile?.answered).toBe(1);
  });

  it("GIVEN answers to two items at once THEN both reviews are kept (one write each, none lost)", async () => {
    const clock = new ManualClock("2026-01-05T17:00:00Z");
    const quiz = service(clock);
    const session = await quiz.startSession({ guildId: GUILD, userId: "u", name: "Ana", question: 1, count: 2 });
    if (!session) throw new Error("no session");
    await Promise.all(
      session.itemIds.map((itemId, position) =>
        quiz.answer({
          guildId: GUILD,
          userId: "u",
          name: "Ana",
          sessionId: session.id,
          position,
          chosen: right(quiz.item(itemId) as QuizItem),
        }),
      ),
    );
    const profile = await quiz.profile(GUILD, "u");
    for (const itemId of session.itemIds) expect(profile?.items[itemId]?.card.reps).toBe(1);
    expect((await quiz.stats.read(GUILD)).answers).toBe(2);
  });
});
