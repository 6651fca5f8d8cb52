import { copyFile, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../../src/app/logger.js";
import { ManualClock } from "../../src/domain/clock.js";
import { KeyedLock } from "../../src/domain/locks.js";
import { profilesByGuild, rebuildStats } from "../../src/domain/quiz/boardRepair.js";
import type { ClassStats } from "../../src/domain/quiz/classStats.js";
import type { Board } from "../../src/domain/quiz/leaderboard.js";
import { daysUntilDue, LEITNER_INTERVAL_DAYS, type LeitnerProgress } from "../../src/domain/quiz/leitner.js";
import type { StoredProfile } from "../../src/domain/quiz/migration.js";
import { QuizService } from "../../src/domain/quiz/quizService.js";
import { dueDayOf, isMastered } from "../../src/domain/quiz/reviews.js";
import { addDays } from "../../src/domain/tips/schedule.js";
import { Stores } from "../../src/store/store.js";
import { quizBank } from "../pack.js";

/** Written by the released version (scripts/fixtures/released-store.ts): Leitner boxes, and what it showed. */
const FIXTURE = join(import.meta.dirname, "../fixtures/released-store");
const GUILD = "1300000000000000001";

interface Figures {
  readonly today: string;
  readonly timeZone: string;
  readonly members: Record<string, { profile: StoredProfile & { items: Record<string, LeitnerProgress> } }>;
  readonly board: Board;
  readonly stats: ClassStats;
}

let dir: string;
let stores: Stores;
let quiz: QuizService;
let figures: Figures;

beforeAll(async () => {
  figures = JSON.parse(await readFile(join(FIXTURE, "figures.json"), "utf8")) as Figures;
  dir = await mkdtemp(join(tmpdir(), "reso-released-"));
  await copyFile(join(FIXTURE, "reso.sqlite"), join(dir, "reso.sqlite"));
  stores = await Stores.open(`sqlite://${join(dir, "reso.sqlite")}`, createLogger({ level: "silent" }));
  quiz = new QuizService({
    store: stores.namespace("quiz"),
    clock: new ManualClock(`${figures.today}T09:00:00Z`),
    locks: new KeyedLock(),
    bank: quizBank,
    settingsOf: async () => ({ timeZone: figures.timeZone, season: 0 }),
  });
});

afterAll(async () => {
  await stores.close();
  await rm(dir, { recursive: true, force: true });
});

describe("a store written by the released version (Leitner boxes)", () => {
  it("GIVEN every member THEN points, counts, streak, written grades, sessions and activity are unchanged", async () => {
    expect(Object.keys(figures.members)).toHaveLength(4);
    for (const [userId, { profile: before }] of Object.entries(figures.members)) {
      const after = await quiz.profile(GUILD, userId);
      const { items: _boxes, ...rest } = before;
      expect(after).toMatchObject(rest);
      expect(after?.sessions).toEqual(before.sessions);
      expect(Object.keys(after?.items ?? {}).sort()).toEqual(Object.keys(before.items).sort());
    }
    expect(figures.members["1300000000000000102"]?.profile.bestGrades).toEqual({ 2: 7 });
    expect(Object.values(figures.members).some(({ profile }) => Object.keys(profile.sessions).length > 0)).toBe(true);
  });

  it("GIVEN each box THEN a card with the box's interval as stability, due when the box was, mastered as box 3+ was", async () => {
    let due = 0;
    for (const [userId, { profile: before }] of Object.entries(figures.members)) {
      const after = await quiz.profile(GUILD, userId);
      for (const [itemId, box] of Object.entries(before.items)) {
        const progress = after?.items[itemId];
        if (!progress) throw new Error(`${userId} lost ${itemId}`);
        const { lastDay, lastCorrect, attempts, correct } = box;
        expect(progress).toMatchObject({ lastDay, lastCorrect, attempts, correct });
        const interval = LEITNER_INTERVAL_DAYS[box.box] ?? 0;
        if (interval > 0) expect(progress.card.stability).toBe(interval);
        expect(dueDayOf(progress.card, figures.timeZone)).toBe(addDays(box.lastDay, interval));
        expect(isMastered(progress.card)).toBe(box.box >= 3);
        if (daysUntilDue(box, figures.today) <= 0) due += 1;
      }
      const forecast = await quiz.forecast(GUILD, after);
      const dueBefore = Object.values(before.items).filter((box) => daysUntilDue(box, figures.today) <= 0).length;
      expect(forecast.dueToday).toBe(dueBefore);
    }
    expect(due).toBeGreaterThan(0);
  });

  it("GIVEN the class figures THEN the board, the statistics and their mastered counts agree with the migrated profiles", async () => {
    expect(await quiz.leaderboard(GUILD)).toEqual(figures.board);
    const stored = await quiz.stats.read(GUILD);
    expect(stored).toEqual(figures.stats);
    expect(Object.values(stored.mastered ?? {}).reduce((sum, count) => sum + count, 0)).toBeGreaterThan(0);
    const profiles = (await profilesByGuild(stores.namespace("quiz"), () => true)).get(GUILD);
    if (!profiles) throw new Error("no profiles");
    const rebuilt = rebuildStats(profiles, stored, quizBank, Date.now());
    expect(rebuilt.mastered).toEqual(stored.mastered);
    expect(rebuilt.answers).toBe(stored.answers);
  });

  it("GIVEN a migrated member's next answer THEN the profile is written back with cards, nothing else moved", async () => {
    const [userId] = Object.keys(figures.members);
    const before = figures.members[userId ?? ""]?.profile;
    if (!userId || !before) throw new Error("no member");
    const session = await quiz.startSession({ guildId: GUILD, userId, name: before.name, question: null, count: 1 });
    const item = quiz.item(session?.itemIds[0] ?? "");
    if (!session || !item) throw new Error("no session");
    await quiz.answer({
      guildId: GUILD,
      userId,
      name: before.name,
      sessionId: session.id,
      position: 0,
      chosen: [...item.correct],
    });
    const raw = (await stores.namespace("quiz").get(QuizService.profileKey(GUILD, userId))) as StoredProfile;
    expect(Object.values(raw.items).every((progress) => "card" in progress && !("box" in progress))).toBe(true);
    expect(raw).toMatchObject({ points: before.points + 10, answered: before.answered + 1 });
  });
});
