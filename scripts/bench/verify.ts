/**
 * After the bot stopped: reads the class's profiles, leaderboard and class statistics back from the SQLite file
 * (through the same Stores/Keyv code as the bot) and checks them against what the bot acknowledged.
 */

import { createLogger } from "../../src/app/logger.js";
import { BoardWriter } from "../../src/domain/quiz/boardWriter.js";
import { type Board, memberCount } from "../../src/domain/quiz/leaderboard.js";
import { type Profile, QuizService } from "../../src/domain/quiz/quizService.js";
import { Stores } from "../../src/store/store.js";
import type { AckedAnswer } from "./students.js";

export interface Verification {
  readonly ackedAnswers: number;
  readonly ackedRight: number;
  readonly storedAnswers: number;
  /** Acknowledged answers the store does not hold. */
  readonly lost: number;
  /** Answers or points counted more than once (profile totals above what its sessions hold, or above the acks). */
  readonly doubleCounted: number;
  /** Stored answers whose acknowledgement never reached Discord (a timeout): kept, not counted as lost. */
  readonly storedNotAcknowledged: number;
  readonly pointsStored: number;
  readonly pointsExpected: number;
  readonly problems: readonly string[];
}

export async function verifyStore(input: {
  databaseUrl: string;
  guildId: string;
  acked: readonly AckedAnswer[];
  unacknowledged: readonly string[];
}): Promise<Verification> {
  const stores = await Stores.open(input.databaseUrl, createLogger({ level: "warn" }));
  try {
    const quiz = stores.namespace("quiz");
    const sqlite = quiz.store as { query?: (sql: string, ...params: unknown[]) => Promise<{ key: string }[]> };
    if (!sqlite.query) throw new Error("verification needs the SQLite store");
    const prefix = `quiz:${QuizService.profileKey(input.guildId, "")}`;
    const rows = await sqlite.query("SELECT key FROM keyv WHERE key LIKE ?", `${prefix}%`);
    const problems: string[] = [];
    const stored = new Map<string, boolean>();
    let pointsStored = 0;
    let doubleCounted = 0;
    let scored = 0;
    const profiles = new Map<string, Profile>();
    for (const { key } of rows) {
      const userId = key.slice(prefix.length);
      const profile = (await quiz.get(QuizService.profileKey(input.guildId, userId))) as Profile | undefined;
      if (!profile) continue;
      profiles.set(userId, profile);
      let answered = 0;
      let right = 0;
      for (const session of Object.values(profile.sessions)) {
        for (const [position, answer] of Object.entries(session.answers)) {
          stored.set(`${userId}:${session.id}:${position}`, answer.correct);
          answered += 1;
          if (answer.correct) right += 1;
        }
      }
      // Every session of the run is still alive (24 h), so the totals must equal what the sessions hold.
      if (profile.answered !== answered || profile.points !== right * 10) {
        doubleCounted += Math.max(0, profile.answered - answered);
        problems.push(
          `${userId}: answered ${profile.answered}, points ${profile.points}; sessions hold ${answered} answers, ${right} right`,
        );
      }
      pointsStored += profile.points;
      if (profile.points > 0) scored += 1;
    }

    let lost = 0;
    let ackedRight = 0;
    const ackedKeys = new Set<string>();
    for (const answer of input.acked) {
      const key = `${answer.userId}:${answer.sessionId}:${answer.position}`;
      if (ackedKeys.has(key)) {
        doubleCounted += 1;
        problems.push(`${key} acknowledged twice`);
      }
      ackedKeys.add(key);
      if (answer.right) ackedRight += 1;
      const correct = stored.get(key);
      if (correct === undefined) {
        lost += 1;
        problems.push(`${key} acknowledged but not stored`);
      } else if (correct !== answer.right) {
        problems.push(
          `${key} stored as ${correct ? "right" : "wrong"}, acknowledged as ${answer.right ? "right" : "wrong"}`,
        );
      }
    }
    const unacknowledged = new Set(input.unacknowledged);
    let storedNotAcknowledged = 0;
    for (const key of stored.keys()) {
      if (ackedKeys.has(key)) continue;
      if (unacknowledged.has(key)) storedNotAcknowledged += 1;
      else {
        doubleCounted += 1;
        problems.push(`${key} stored but never answered by the bench`);
      }
    }
    const pointsExpected = ackedRight * 10;

    const board = (await quiz.get(BoardWriter.key(input.guildId))) as Board | undefined;
    if (!board || memberCount(board) !== scored) {
      problems.push(`leaderboard counts ${board ? memberCount(board) : 0} scored members, profiles say ${scored}`);
    }
    for (const entry of board?.top ?? []) {
      const points = profiles.get(entry.userId)?.points;
      if (points !== entry.points) problems.push(`leaderboard: ${entry.userId} has ${entry.points}, profile ${points}`);
    }
    // The class statistics behind /rapport, when this version keeps them: one count per answer too.
    const stats = (await quiz.get(`stats:${input.guildId}`)) as { answers?: number } | undefined;
    if (stats?.answers !== undefined && stats.answers !== stored.size) {
      problems.push(`class statistics count ${stats.answers} answers, profiles hold ${stored.size}`);
    }
    if (
      pointsStored !==
      pointsExpected + 10 * [...stored].filter(([key, right]) => right && !ackedKeys.has(key)).length
    ) {
      problems.push(`points: ${pointsStored} stored, ${pointsExpected} expected from acknowledged right answers`);
    }
    return {
      ackedAnswers: input.acked.length,
      ackedRight,
      storedAnswers: stored.size,
      lost,
      doubleCounted,
      storedNotAcknowledged,
      pointsStored,
      pointsExpected,
      problems,
    };
  } finally {
    await stores.close();
  }
}
