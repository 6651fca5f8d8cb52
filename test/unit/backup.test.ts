import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createLogger } from "../../src/app/logger.js";
import { runBackup } from "../../src/cli/backup.js";
import { runRestore } from "../../src/cli/restore.js";
import { ManualClock } from "../../src/domain/clock.js";
import { KeyedLock } from "../../src/domain/locks.js";
import { QuizService } from "../../src/domain/quiz/quizService.js";
import { backupFileName, backupToday, hasBackupFor, pruneBackups } from "../../src/store/sqliteBackup.js";
import { Stores } from "../../src/store/store.js";
import { quizBank } from "../pack.js";

const GUILD = "1310000000000000100";
const students = ["1320000000000000001", "1320000000000000002", "1320000000000000003"];
const logger = createLogger({ level: "silent", secrets: [] });

let dir: string;
let storeUrl: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "reso-backup-"));
  storeUrl = `sqlite://${join(dir, "data", "reso.sqlite")}`;
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Réso's store and quiz engine over the SQLite file, as the bot opens them. */
async function openReso(clock: ManualClock) {
  const stores = await Stores.open(storeUrl, logger);
  const quiz = new QuizService({
    store: stores.namespace("quiz"),
    clock,
    locks: new KeyedLock(),
    bank: quizBank,
    settingsOf: async () => ({ timeZone: "Europe/Paris", season: 0 }),
    random: () => 0.42,
  });
  // As the bot stops: what follows the last answers (leaderboard, class statistics) is stored, then the store closes.
  const stop = async () => {
    await quiz.settled();
    await stores.close();
  };
  return { stores, quiz, stop };
}

/** Answers `right` items rightly (10 points each) through the domain, as a student's clicks do. */
async function score(quiz: QuizService, userId: string, right: number): Promise<void> {
  const session = await quiz.startSession({ guildId: GUILD, userId, name: userId, question: null, count: right });
  if (!session) throw new Error("no session");
  for (const [position, itemId] of session.itemIds.entries()) {
    const item = quizBank.find((candidate) => candidate.id === itemId);
    if (!item) throw new Error(itemId);
    await quiz.answer({ guildId: GUILD, userId, name: userId, sessionId: session.id, position, chosen: item.correct });
  }
}

async function pointsOf(quiz: QuizService): Promise<number[]> {
  return Promise.all(students.map(async (id) => (await quiz.profile(GUILD, id))?.points ?? 0));
}

describe("npm run backup / npm run restore on SQLite", () => {
  it("GIVEN scores, a backup taken while Réso runs, then more answers and a wiped store THEN restoring brings back every score of the backup", async () => {
    const clock = new ManualClock("2026-12-01T10:00:00Z");
    const running = await openReso(clock);
    for (const [index, id] of students.entries()) await score(running.quiz, id, index + 1);
    expect(await pointsOf(running.quiz)).toEqual([10, 20, 30]);

    // Online: the store stays open, and the restore is refused while it is.
    const backup = await runBackup(storeUrl, new Date("2026-12-01T10:05:00"));
    expect(backup.err).toBe("");
    expect(backup.code).toBe(0);
    const file = join(dir, "data", "backups", "reso-2026-12-01.sqlite");
    expect(backup.out).toContain(file);
    expect(existsSync(file)).toBe(true);
    const refused = await runRestore(storeUrl, [file], new Date());
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/^Réso est en train de tourner .*arrêtez-le d'abord/);

    // After the backup: one more answer, then Réso stops and the store is lost (replaced by an empty one).
    await score(running.quiz, students[0] as string, 2);
    expect(await pointsOf(running.quiz)).toEqual([30, 20, 30]);
    await running.stop();
    for (const suffix of ["", "-wal", "-shm"]) await rm(join(dir, "data", `reso.sqlite${suffix}`), { force: true });
    const wiped = await openReso(clock);
    expect(await pointsOf(wiped.quiz)).toEqual([0, 0, 0]);
    await score(wiped.quiz, students[2] as string, 1);
    await wiped.stop();

    const restored = await runRestore(storeUrl, [file], new Date("2026-12-02T09:00:00"));
    expect(restored.err).toBe("");
    expect(restored.code).toBe(0);
    expect(restored.out).toContain("reso-avant-restauration-2026-12-02-090000.sqlite");

    const after = await openReso(clock);
    expect(await pointsOf(after.quiz)).toEqual([10, 20, 30]);
    expect(await after.quiz.board.read(GUILD)).toBeDefined();
    await after.stop();

    // The store that was replaced is kept, and can itself be restored.
    const saved = join(dir, "data", "backups", "reso-avant-restauration-2026-12-02-090000.sqlite");
    expect((await runRestore(storeUrl, [saved], new Date("2026-12-02T09:01:00"))).code).toBe(0);
    const back = await openReso(clock);
    expect(await pointsOf(back.quiz)).toEqual([0, 0, 10]);
    await back.stop();
  });

  it("GIVEN a missing, foreign or damaged file, or no file THEN a French line, and the store is untouched", async () => {
    const clock = new ManualClock("2026-12-01T10:00:00Z");
    const reso = await openReso(clock);
    await score(reso.quiz, students[0] as string, 1);
    await reso.stop();

    const missing = await runRestore(storeUrl, [join(dir, "nope.sqlite")], new Date());
    expect(missing).toMatchObject({ code: 1, err: expect.stringMatching(/^Fichier de sauvegarde introuvable/) });
    const text = join(dir, "notes.txt");
    await writeFile(text, "pas une base");
    expect((await runRestore(storeUrl, [text], new Date())).err).toMatch(/n'est pas une sauvegarde de Réso/);
    expect((await runRestore(storeUrl, [], new Date())).code).toBe(2);

    const again = await openReso(clock);
    expect(await pointsOf(again.quiz)).toEqual([10, 0, 0]);
    await again.stop();
    expect(await readdir(join(dir, "data"))).not.toContain("backups");
  });

  it("GIVEN a store that is not an SQLite file THEN the backup fails with a French line and SQLite's reason, no file left", async () => {
    const store = join(dir, "data", "reso.sqlite");
    await rm(join(dir, "data"), { recursive: true, force: true });
    await mkdir(join(dir, "data"), { recursive: true });
    await writeFile(store, "ceci n'est pas une base de données, mais un texte assez long pour en avoir l'air");
    await expect(backupToday(store, new Date("2026-12-01T10:00:00Z"))).rejects.toThrow(
      /^Sauvegarde impossible : SQLITE_NOTADB: file is not a database\.$/,
    );
    expect(await readdir(join(dir, "data", "backups"))).toEqual([]);
  });

  it("GIVEN Redis or PostgreSQL THEN one French line pointing to their own tools, exit 1", async () => {
    const redis = await runBackup("redis://127.0.0.1:6379", new Date());
    expect(redis.code).toBe(1);
    expect(redis.err).toMatch(/^Réso utilise Redis .*BGSAVE.*\n$/);
    const postgres = await runBackup("postgresql://reso@db/reso", new Date());
    expect(postgres.code).toBe(1);
    expect(postgres.err).toMatch(/^Réso utilise PostgreSQL .*pg_dump.*\n$/);
    expect((await runRestore("postgresql://reso@db/reso", ["x"], new Date())).err).toMatch(/pg_restore/);
    expect(redis.err.trim().split("\n")).toHaveLength(1);
  });
});

describe("automatic daily backups", () => {
  it("GIVEN a backup a day for ten days THEN the last seven are kept, named by the local date", async () => {
    const clock = new ManualClock("2026-12-01T10:00:00Z");
    const reso = await openReso(clock);
    await score(reso.quiz, students[0] as string, 1);
    const file = join(dir, "data", "reso.sqlite");
    for (let day = 1; day <= 10; day++) {
      const now = new Date(2026, 11, day, 3, 0);
      expect(await hasBackupFor(file, now)).toBe(false);
      await backupToday(file, now);
      expect(await hasBackupFor(file, now)).toBe(true);
      // The same day again (a restart, another process): the file is replaced, not added.
      await backupToday(file, new Date(2026, 11, day, 23, 0));
    }
    const names = (await readdir(join(dir, "data", "backups"))).sort();
    expect(names).toEqual(
      Array.from({ length: 7 }, (_, index) => `reso-2026-12-${String(index + 4).padStart(2, "0")}.sqlite`),
    );
    expect(backupFileName(new Date(2027, 0, 5, 0, 30))).toBe("reso-2027-01-05.sqlite");
    // Files that are not daily backups are never pruned (the copies kept by a restore, anything else).
    await writeFile(join(dir, "data", "backups", "reso-avant-restauration-2026-12-02-090000.sqlite"), "");
    expect(await pruneBackups(join(dir, "data", "backups"), 1)).toHaveLength(6);
    expect(await readdir(join(dir, "data", "backups"))).toContain("reso-avant-restauration-2026-12-02-090000.sqlite");
    await reso.stop();
  });
});
