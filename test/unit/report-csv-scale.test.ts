import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stringify } from "csv-stringify/sync";
import { unzipSync } from "fflate";
import pino from "pino";
import { describe, expect, it } from "vitest";
import { reportCsvColumns } from "../../src/content/class-strings.js";
import type { StudyQuestionNumber } from "../../src/content/types.js";
import { emptyProfile, type Profile, QuizService } from "../../src/domain/quiz/quizService.js";
import { currentStreak } from "../../src/domain/quiz/streak.js";
import { guildProfiles, type MemberProfile } from "../../src/domain/report/classReport.js";
import { summarizeClass } from "../../src/domain/report/classSummary.js";
import { CSV_ZIP_ABOVE_BYTES, csvAttachment, reportCsv, spreadsheetSafe } from "../../src/domain/report/reportCsv.js";
import { sortByKeyDescending, sortInSlices } from "../../src/domain/report/slicedSort.js";
import { Stores } from "../../src/store/store.js";

const QUESTIONS: StudyQuestionNumber[] = [1, 2, 3, 4];
const mastery = (profile: Profile) => new Map(QUESTIONS.map((question) => [question, (profile.points % 7) / 7]));
const TODAY = "2026-03-12";

/** The CSV of these members, read in chunks of `chunk` (as the store scan hands them out), written in slices. */
async function csvOf(profiles: readonly MemberProfile[], options: { slice?: number; chunk?: number } = {}) {
  const chunk = options.chunk ?? Math.max(1, profiles.length);
  const chunks = Array.from({ length: Math.ceil(profiles.length / chunk) }, (_, index) =>
    profiles.slice(index * chunk, (index + 1) * chunk),
  );
  const summary = await summarizeClass({
    profiles: chunks,
    mastery,
    questions: QUESTIONS,
    itemsPerQuestion: new Map(QUESTIONS.map((question) => [question, 10])),
    today: TODAY,
  });
  return reportCsv({ summary, headers: reportCsvColumns, slice: options.slice });
}

/** The CSV as Réso wrote it before issue 13: one sort, then every member counted against every other (quadratic). */
function referenceCsv(profiles: readonly MemberProfile[], today: string): Buffer {
  const rows = [...profiles].sort(
    (a, b) => b.profile.points - a.profile.points || a.profile.name.localeCompare(b.profile.name, "fr"),
  );
  const columns = [
    reportCsvColumns.name,
    reportCsvColumns.points,
    reportCsvColumns.rank,
    reportCsvColumns.answered,
    reportCsvColumns.correct,
    reportCsvColumns.accuracy,
    reportCsvColumns.currentStreak,
    reportCsvColumns.bestStreak,
    reportCsvColumns.lastDay,
    ...QUESTIONS.map(reportCsvColumns.mastery),
    ...QUESTIONS.map(reportCsvColumns.grade),
    reportCsvColumns.userId,
  ];
  const records = rows.map(({ userId, profile }) => {
    const own = mastery(profile);
    const above = rows.filter((other) => other.profile.points > profile.points).length;
    return [
      spreadsheetSafe(profile.name),
      profile.points,
      profile.points > 0 ? above + 1 : "",
      profile.answered,
      profile.correct,
      profile.answered > 0 ? Math.round((100 * profile.correct) / profile.answered) : "",
      currentStreak(profile.streak, today),
      profile.streak.best,
      profile.streak.lastDay ?? "",
      ...QUESTIONS.map((question) => Math.round(100 * (own.get(question) ?? 0))),
      ...QUESTIONS.map((question) => profile.bestGrades?.[question] ?? ""),
      userId,
    ];
  });
  const text = stringify([columns, ...records], {
    delimiter: ";",
    record_delimiter: "windows",
    quoted_match: /[\r\n]/,
    bom: true,
  });
  return Buffer.from(text, "utf8");
}

/** A class with many ties (points in steps of 10), repeated and accented names, awkward characters. */
function classOf(count: number): MemberProfile[] {
  const names = [
    "Léa",
    "lea",
    "Émile",
    "Zoé",
    "zoe",
    "=SOMME(A1)",
    'Ana "A"; 2',
    "Hugo\nB",
    "Åsa",
    "Ines",
    '"Quoted" first',
    "\tTab",
    "Car\rriage",
    "+33 6",
    "@here",
    "a;b",
  ];
  return Array.from({ length: count }, (_, index) => ({
    userId: `u${(index * 7919) % count}`,
    profile: {
      ...emptyProfile(names[index % names.length] as string),
      points: ((index * 31) % 9) * 10,
      answered: index % 5,
      correct: index % 3,
      streak: { current: index % 4, best: 4, lastDay: index % 2 ? "2026-03-11" : undefined },
      bestGrades: index % 3 ? { 2: index % 11 } : undefined,
    } as Profile,
  }));
}

describe("/rapport's CSV for a big class", () => {
  it("GIVEN ties and names that sort alike THEN the CSV is byte for byte the quadratic reference's, whatever the slice", async () => {
    for (const count of [0, 1, 13, 250]) {
      const profiles = classOf(count);
      const expected = referenceCsv(profiles, TODAY);
      for (const [slice, chunk] of [
        [1, 1],
        [4, 3],
        [7, 100],
        [2000, 2000],
      ] as const) {
        const csv = await csvOf(profiles, { slice, chunk });
        expect(csv.toString("utf8"), `${count} members, slices of ${slice}, chunks of ${chunk}`).toBe(
          expected.toString("utf8"),
        );
      }
    }
  });

  it("GIVEN tied points THEN they share a rank and the next rank skips (1, 2, 2, 4); no points, no rank", async () => {
    const profiles = [30, 20, 20, 10, 0].map((points, index) => ({
      userId: `u${index}`,
      profile: { ...emptyProfile(`N${index}`), points },
    }));
    const csv = await csvOf(profiles, { slice: 2, chunk: 2 });
    const ranks = csv
      .toString("utf8")
      .split("\r\n")
      .slice(1, -1)
      .map((line) => line.split(";")[2]);
    expect(ranks).toEqual(["1", "2", "2", "4", ""]);
  });

  it("GIVEN any order THEN the sort in slices is Array.sort's, stable", async () => {
    const items = Array.from({ length: 1000 }, (_, index) => ({ key: (index * 37) % 17, index }));
    const compare = (a: { key: number }, b: { key: number }) => a.key - b.key;
    for (const slice of [1, 3, 64, 5000])
      expect(await sortInSlices(items, compare, slice)).toEqual([...items].sort(compare));
  });

  it("GIVEN many equal keys, some over a slice THEN the sort by key then tie-break is Array.sort's, stable", async () => {
    // Points in steps of 10 with most members on 0 (a new term), names that tie, and the original order to keep.
    const items = Array.from({ length: 3000 }, (_, index) => ({
      points: index % 3 === 0 ? ((index * 7) % 23) * 10 : 0,
      name: ["b", "a", "c", "a"][index % 4] as string,
      index,
    }));
    type Item = (typeof items)[number];
    const byName = (a: Item, b: Item) => a.name.localeCompare(b.name, "fr");
    const expected = [...items].sort((a, b) => b.points - a.points || byName(a, b));
    for (const slice of [1, 7, 500, 5000])
      expect(await sortByKeyDescending(items, (item) => item.points, byName, slice)).toEqual(expected);
  });

  it("GIVEN a CSV over the size Discord takes THEN it goes as a ZIP holding the same CSV; a small one goes as is", async () => {
    const small = Buffer.from("a;b\r\n");
    expect(await csvAttachment(small, "rapport.csv")).toEqual({ data: small, name: "rapport.csv", zipped: false });
    const big = Buffer.from("Élève;123;45;67\r\n".repeat(Math.ceil((CSV_ZIP_ABOVE_BYTES + 1) / 16)));
    const sent = await csvAttachment(big, "rapport-reso-2026-03-12.csv");
    expect(sent?.zipped).toBe(true);
    expect(sent?.name).toBe("rapport-reso-2026-03-12.zip");
    expect(sent?.data.length).toBeLessThan(big.length / 10);
    const files = unzipSync(new Uint8Array(sent?.data ?? []));
    expect(Object.keys(files)).toEqual(["rapport-reso-2026-03-12.csv"]);
    expect(Buffer.from(files["rapport-reso-2026-03-12.csv"] ?? []).equals(big)).toBe(true);
  });
});

describe("reading a guild's profiles from SQLite", () => {
  it("GIVEN more profiles than one page, and a guild whose id starts like this one's THEN each of this guild's profiles once", async () => {
    const dir = await mkdtemp(join(tmpdir(), "reso-scan-"));
    const stores = await Stores.open(`sqlite://${join(dir, "reso.sqlite")}`, pino({ level: "silent" }));
    try {
      const quiz = stores.namespace("quiz");
      const write = (guildId: string, userId: string) =>
        quiz.set(QuizService.profileKey(guildId, userId), { ...emptyProfile(userId), points: 10 });
      await Promise.all(Array.from({ length: 2500 }, (_, index) => write("12", `${1000 + index}`)));
      await Promise.all(["123", "1", "13"].map((guildId) => write(guildId, "999")));
      await quiz.set("stats:12", { answers: 1 });
      const profiles = await guildProfiles(quiz, "12", 0);
      expect(profiles).toHaveLength(2500);
      expect(new Set(profiles.map((entry) => entry.userId)).size).toBe(2500);
      expect(profiles.every((entry) => entry.profile.points === 10)).toBe(true);
    } finally {
      await stores.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
