import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { escapeMarkdown } from "discord.js";
import Keyv from "keyv";
import pino from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { classStrings, reportCsvColumns } from "../../src/content/class-strings.js";
import { quizStringsFor } from "../../src/content/quiz-strings.js";
import type { QuizItem } from "../../src/content/types.js";
import { reportView } from "../../src/discord/views/report.js";
import { ManualClock } from "../../src/domain/clock.js";
import { lessonPractice } from "../../src/domain/lesson.js";
import { KeyedLock } from "../../src/domain/locks.js";
import { applyStatsEvents, emptyClassStats, mostMissed } from "../../src/domain/quiz/classStats.js";
import { QuizService } from "../../src/domain/quiz/quizService.js";
import { buildReport, guildProfileChunks, guildProfiles } from "../../src/domain/report/classReport.js";
import { summarizeClass } from "../../src/domain/report/classSummary.js";
import { type ReportCsvHeaders, reportCsv, spreadsheetSafe } from "../../src/domain/report/reportCsv.js";
import { Stores } from "../../src/store/store.js";
import { pack, quizBank } from "../pack.js";

const GUILD = "g1";
const PARIS = "Europe/Paris";

function service(store: Keyv = new Keyv(), clock = new ManualClock("2026-03-12T17:00:00Z")) {
  let season = 0;
  const quiz = new QuizService({
    store,
    clock,
    locks: new KeyedLock(),
    bank: quizBank,
    settingsOf: async () => ({ timeZone: PARIS, season }),
    startNewSeason: async () => {
      season += 1;
    },
    random: () => 0.5,
  });
  return { quiz, store, clock, season: () => season };
}

/** The guild's profiles summarized as `/rapport` does: one pass over the store's scan. */
function summary(quiz: QuizService, store: Keyv) {
  return summarizeClass({
    profiles: guildProfileChunks(store, GUILD, 0),
    mastery: (profile) => quiz.mastery(profile),
    questions: [1, 2, 3, 4],
    bank: quizBank,
    today: "2026-03-12",
  });
}

function wrong(item: QuizItem): string[] {
  const option = item.options.find((candidate) => !item.correct.includes(candidate.id));
  if (!option) throw new Error("no wrong option");
  return [option.id];
}

/** Answers every item of a new session: right for `rightCount` of them, wrong for the rest. */
async function play(quiz: QuizService, userId: string, name: string, count: number, rightCount: number) {
  const session = await quiz.startSession({ guildId: GUILD, userId, name, question: null, count });
  if (!session) throw new Error("no session");
  for (const [position, itemId] of session.itemIds.entries()) {
    const item = quiz.item(itemId) as QuizItem;
    const chosen = position < rightCount ? [...item.correct] : wrong(item);
    await quiz.answer({ guildId: GUILD, userId, name, sessionId: session.id, position, chosen });
  }
  return session;
}

describe("class statistics (the aggregate behind /rapport)", () => {
  it("GIVEN events THEN participation counts members, sessions, answers; items keep attempts and misses", () => {
    const stats = applyStatsEvents(emptyClassStats, [
      {
        kind: "answer",
        userId: "a",
        itemId: "q1-01",
        correct: false,
        firstOfSession: true,
        firstOfMember: true,
        at: 5,
      },
      {
        kind: "answer",
        userId: "a",
        itemId: "q1-02",
        correct: true,
        firstOfSession: false,
        firstOfMember: false,
        at: 6,
      },
      {
        kind: "answer",
        userId: "b",
        itemId: "q1-01",
        correct: false,
        firstOfSession: true,
        firstOfMember: true,
        at: 3,
      },
      {
        kind: "answer",
        userId: "b",
        itemId: "q1-02",
        correct: false,
        firstOfSession: false,
        firstOfMember: false,
        at: 7,
      },
      {
        kind: "answer",
        userId: "c",
        itemId: "q1-03",
        correct: false,
        firstOfSession: true,
        firstOfMember: true,
        at: 8,
      },
      { kind: "round", at: 9 },
    ]);
    expect(stats).toMatchObject({ since: 3, answers: 5, correct: 1, sessions: 3, rounds: 1 });
    expect(stats.members).toBe(3);
    // More misses first (q1-01: 2); then, at one miss each, the higher miss rate (q1-03: 1/1 before q1-02: 1/2).
    expect(mostMissed(stats, 5).map((entry) => entry.itemId)).toEqual(["q1-01", "q1-03", "q1-02"]);
  });

  it("GIVEN a class answering at once THEN the aggregate counts every answer exactly (coalesced writes)", async () => {
    const { quiz } = service();
    await Promise.all(
      Array.from({ length: 12 }, (_, index) => play(quiz, `u${index}`, `Élève ${index}`, 3, index % 3)),
    );
    const stats = await quiz.stats.read(GUILD);
    expect(stats.answers).toBe(36);
    expect(stats.sessions).toBe(12);
    expect(stats.members).toBe(12);
    expect(stats.correct).toBe(12 * 1); // 0, 1 or 2 right each: 4 × (0 + 1 + 2)
    const attempts = Object.values(stats.items).reduce((sum, tally) => sum + tally.attempts, 0);
    expect(attempts).toBe(36);
  });

  it("GIVEN a new term THEN points restart but the class statistics and Leitner boxes stay", async () => {
    const { quiz } = service();
    await play(quiz, "lea", "Léa", 3, 3);
    const before = await quiz.profile(GUILD, "lea");
    await quiz.resetLeaderboard(GUILD);
    const after = await quiz.profile(GUILD, "lea");
    expect(after?.points).toBe(0);
    expect(after?.items).toEqual(before?.items);
    expect((await quiz.stats.read(GUILD)).answers).toBe(3);
    expect((await quiz.leaderboard(GUILD)).top).toEqual([]);
  });
});

describe("the report", () => {
  it("GIVEN profiles of two guilds THEN only this guild's are read, as they count this term", async () => {
    const { quiz, store } = service();
    await play(quiz, "lea", "Léa", 2, 2);
    await store.set(QuizService.profileKey("other", "x"), { name: "X", points: 99, answered: 1, correct: 1 });
    const profiles = await guildProfiles(store, GUILD, 0);
    expect(profiles.map((entry) => entry.userId)).toEqual(["lea"]);
    expect((await guildProfiles(store, GUILD, 1))[0]?.profile.points).toBe(0);
  });

  it("GIVEN the SQLite store Réso uses THEN the scan works through its iterator", async () => {
    const dir = await mkdtemp(join(tmpdir(), "reso-report-"));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    const stores = await Stores.open(`sqlite://${join(dir, "reso.sqlite")}`, pino({ level: "silent" }));
    cleanups.push(() => stores.close());
    const { quiz } = service(stores.namespace("quiz"));
    for (let index = 0; index < 15; index += 1) await play(quiz, `u${index}`, `Élève ${index}`, 1, 1);
    await stores.namespace("settings").set(GUILD, { season: 0 });
    const profiles = await guildProfiles(stores.namespace("quiz"), GUILD, 0);
    expect(profiles).toHaveLength(15);
  });

  it("GIVEN data THEN mastery is averaged over learners, the five most missed items come with their answer", async () => {
    const { quiz, store } = service();
    await play(quiz, "lea", "Léa", 6, 6);
    await play(quiz, "hugo", "Hugo", 6, 0);
    const profiles = await guildProfiles(store, GUILD, 0);
    const report = buildReport({
      stats: await quiz.stats.read(GUILD),
      board: await quiz.leaderboard(GUILD),
      summary: await summary(quiz, store),
      item: (id) => quiz.item(id),
    });
    expect(report.masteryMembers).toBe(2);
    expect(report.missed).toHaveLength(5);
    expect(report.missed[0]?.tally).toEqual({ attempts: 2, misses: 1 });
    expect(report.top.map(({ entry }) => entry.name)).toEqual(["Léa"]);
    // Each member's own mastery (mean retrievability), averaged: the figure /score shows them.
    const own = (userId: string) => quiz.mastery(profiles.find((entry) => entry.userId === userId)?.profile);
    const [lea, hugo] = [own("lea"), own("hugo")];
    for (const question of [1, 2, 3, 4]) {
      const mean = ((lea.get(question) ?? Number.NaN) + (hugo.get(question) ?? Number.NaN)) / 2;
      expect(report.mastery.get(question)).toBeCloseTo(mean);
    }
    expect(report.mastery.get(1)).toBeGreaterThan(0);
    // Each member saw the options in their own order: the right answer is named by its text, with no letter.
    const missed = reportView(report, 0, classStrings.fr, quizStringsFor("fr", pack)).embeds[1]?.data.description ?? "";
    const answers = missed.split("\n").filter((line) => line.startsWith("❌"));
    expect(answers).toHaveLength(5);
    for (const line of answers) expect(line).not.toMatch(/✅ [A-E]\. /);
    const first = report.missed[0]?.item;
    const firstRight = first?.options.find((option) => first.correct.includes(option.id))?.text ?? "";
    expect(answers[0]).toContain(`✅ ${escapeMarkdown(firstRight).slice(0, 20)}`);
  });

  it("GIVEN awkward names THEN the CSV has a BOM, ';', CRLF, quotes where needed and no formula", async () => {
    const { quiz, store } = service();
    await play(quiz, "a", 'Zoé "la best"; 2nde', 2, 2);
    await play(quiz, "b", "=HYPERLINK(1)", 2, 1);
    await play(quiz, "c", "Ana\nLigne", 1, 0);
    const csv = await reportCsv({ summary: await summary(quiz, store), headers: reportCsvColumns });
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = csv.toString("utf8").slice(1);
    const lines = text.split("\r\n");
    expect(lines[0]?.split(";")).toEqual([
      reportCsvColumns.name,
      reportCsvColumns.points,
      reportCsvColumns.rank,
      reportCsvColumns.answered,
      reportCsvColumns.correct,
      reportCsvColumns.accuracy,
      reportCsvColumns.currentStreak,
      reportCsvColumns.bestStreak,
      reportCsvColumns.lastDay,
      "Maîtrise Q1 (%)",
      "Maîtrise Q2 (%)",
      "Maîtrise Q3 (%)",
      "Maîtrise Q4 (%)",
      "Réponse rédigée Q1 (/10)",
      "Réponse rédigée Q2 (/10)",
      "Réponse rédigée Q3 (/10)",
      "Réponse rédigée Q4 (/10)",
      reportCsvColumns.userId,
    ]);
    expect(lines[1]?.startsWith('"Zoé ""la best""; 2nde";20;1;2;2;100;1;1;2026-03-12;')).toBe(true);
    expect(lines[1]?.endsWith(";a")).toBe(true);
    expect(lines[2]?.startsWith("'=HYPERLINK(1);10;2;2;1;50;")).toBe(true);
    expect(text).toContain('"Ana\nLigne";0;;1;0;0;');
    expect(spreadsheetSafe("-1")).toBe("'-1");
    expect(spreadsheetSafe("Léa")).toBe("Léa");
  });

  it("GIVEN column names THEN the CSV's header is theirs: the wording comes from the caller, not the domain", async () => {
    const { quiz, store } = service();
    await play(quiz, "a", "Zoé", 1, 1);
    const headers: ReportCsvHeaders = {
      name: "Member",
      points: "Points",
      rank: "Rank",
      answered: "Answers",
      correct: "Right",
      accuracy: "Accuracy (%)",
      currentStreak: "Streak",
      bestStreak: "Best streak",
      lastDay: "Last day",
      mastery: (question) => `Mastery Q${question}`,
      grade: (question) => `Written Q${question}; /10`,
      userId: "Discord ID",
    };
    const csv = await reportCsv({ summary: await summary(quiz, store), headers });
    const [header, line] = csv.toString("utf8").slice(1).split("\r\n");
    expect(header).toBe(
      "Member;Points;Rank;Answers;Right;Accuracy (%);Streak;Best streak;Last day;" +
        "Mastery Q1;Mastery Q2;Mastery Q3;Mastery Q4;" +
        '"Written Q1; /10";"Written Q2; /10";"Written Q3; /10";"Written Q4; /10";Discord ID',
    );
    expect(line?.startsWith("Zoé;10;1;1;1;100;1;1;2026-03-12;")).toBe(true);
  });
});

describe("practice from a lesson", () => {
  it("GIVEN a section cited by items THEN those items; otherwise the question citing its document most", () => {
    const cited = lessonPractice(quizBank, "specificites/proximite-reactivite", () => 0.5);
    expect(cited.itemIds.length).toBeGreaterThan(0);
    for (const id of cited.itemIds) {
      expect(quizBank.find((item) => item.id === id)?.sources).toContain("specificites/proximite-reactivite");
    }
    const fakeBank: QuizItem[] = [
      { ...(quizBank[0] as QuizItem), id: "x1", question: 2, sources: ["doc/a"] },
      { ...(quizBank[0] as QuizItem), id: "x2", question: 3, sources: ["doc/b", "doc/c"] },
    ];
    expect(lessonPractice(fakeBank, "doc/z", () => 0.5)).toEqual({ itemIds: [], question: 3 });
    expect(lessonPractice(fakeBank, "elsewhere/z", () => 0.5)).toEqual({ itemIds: [], question: null });
  });
});

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});
