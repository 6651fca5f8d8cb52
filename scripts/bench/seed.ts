/**
 * Fills a store with a big guild before the bot starts: `count` scored members, each with a profile, and the
 * guild's leaderboard built from them by the same domain function the BoardWriter uses (applyChanges), written
 * through the same Stores/Keyv code as the bot, in one SQLite transaction (seconds instead of minutes).
 */

import { createLogger } from "../../src/app/logger.js";
import { loadCoursePack } from "../../src/content/index.js";
import { BoardWriter } from "../../src/domain/quiz/boardWriter.js";
import { applyChanges, emptyBoard, type PointsChange } from "../../src/domain/quiz/leaderboard.js";
import { migrateItem } from "../../src/domain/quiz/migration.js";
import { emptyProfile, type Profile, QuizService } from "../../src/domain/quiz/quizService.js";
import { Stores } from "../../src/store/store.js";

const pack = loadCoursePack();
const quizBank = pack.quiz;

/** A small deterministic PRNG: the same seed gives the same guild on every run. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function seededUserId(index: number): string {
  return `15${String(index).padStart(17, "0")}`;
}

export interface SeedResult {
  readonly members: number;
  readonly totalPoints: number;
  readonly ms: number;
}

export async function seedScoredGuild(input: {
  databaseUrl: string;
  guildId: string;
  count: number;
  /** How the store is opened: Réso's own Stores by default (another build's, to compare versions). */
  openStores?: typeof Stores.open;
}): Promise<SeedResult> {
  const started = performance.now();
  const random = mulberry32(7);
  const logger = createLogger({ level: "warn" });
  const stores = await (input.openStores ?? Stores.open.bind(Stores))(input.databaseUrl, logger);
  const quiz = stores.namespace("quiz");
  const sqlite = quiz.store as { query?: (sql: string) => Promise<unknown> };
  if (!sqlite.query) throw new Error("seeding needs the SQLite store (DATABASE_URL=sqlite://…)");
  const changes: PointsChange[] = [];
  let totalPoints = 0;
  await sqlite.query("BEGIN");
  try {
    const writes: Promise<unknown>[] = [];
    for (let index = 0; index < input.count; index++) {
      const userId = seededUserId(index);
      const answered = 5 + Math.floor(random() * 200);
      const correct = Math.floor(answered * (0.4 + random() * 0.55));
      const points = correct * 10;
      const items: Record<string, Profile["items"][string]> = {};
      for (let k = 0; k < 12; k++) {
        const item = quizBank[Math.floor(random() * quizBank.length)];
        if (item)
          items[item.id] = migrateItem({
            box: 1 + Math.floor(random() * 5),
            lastDay: "2025-03-10",
            lastCorrect: random() < 0.7,
            attempts: 3,
            correct: 2,
          });
      }
      const profile: Profile = {
        ...emptyProfile(`Élève ${index}`),
        points,
        answered,
        correct,
        streak: { current: 1, best: 4, lastDay: "2025-03-10" },
        items,
        season: 0,
      };
      totalPoints += points;
      changes.push({ userId, name: profile.name, from: 0, to: points, at: 1_741_600_000_000 + index });
      writes.push(quiz.set(QuizService.profileKey(input.guildId, userId), profile));
      if (writes.length >= 1000) await Promise.all(writes.splice(0));
    }
    await Promise.all(writes);
    await quiz.set(BoardWriter.key(input.guildId), applyChanges(emptyBoard, changes));
    await sqlite.query("COMMIT");
  } catch (error) {
    await sqlite.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await stores.close();
  }
  return { members: input.count, totalPoints, ms: performance.now() - started };
}
