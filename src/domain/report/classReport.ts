import { setImmediate as served } from "node:timers/promises";
import { stringify } from "csv-stringify/sync";
import { Zip, ZipDeflate } from "fflate";
import type Keyv from "keyv";
import { reportCsvColumns } from "../../content/class-strings.js";
import type { QuizItem, StudyQuestionNumber } from "../../content/types.js";
import { scanPrefix } from "../keyScan.js";
import { type ClassStats, type ItemTally, mostMissed } from "../quiz/classStats.js";
import { type Board, type BoardEntry, rankedTop } from "../quiz/leaderboard.js";
import { migrateProfile, type StoredProfile } from "../quiz/migration.js";
import { inSeason, type Profile, QuizService } from "../quiz/quizService.js";
import { currentStreak } from "../quiz/streak.js";
import { sortInSlices } from "./slicedSort.js";

export const MISSED_COUNT = 5;
export const BOARD_COUNT = 10;
/** Members handled between two turns given back to the event loop (a few milliseconds of work). */
export const SLICE_ROWS = 2000;
/**
 * Discord refuses a file over 10 MiB on a server without boosts. Above this size (a margin for the chart and
 * the message sent with it), the CSV goes as a ZIP, which Windows and macOS open with a double click: a CSV of
 * 100,000 members is about 9 MiB, its ZIP about 2 MiB. Split files would have to be put back together by hand.
 */
export const CSV_ZIP_ABOVE_BYTES = 8 * 1024 * 1024;
export const DISCORD_FILE_LIMIT_BYTES = 10 * 1024 * 1024;

export interface MemberProfile {
  readonly userId: string;
  readonly profile: Profile;
}

/**
 * Every member's profile in a guild, as it counts this term: the guild's `profile:` keys of the "quiz"
 * namespace, in one pass that serves the event loop as it goes (scanPrefix). A rare moderator action (the
 * report's CSV), never done on a student's request.
 */
export async function guildProfiles(store: Keyv, guildId: string, season: number): Promise<MemberProfile[]> {
  const prefix = QuizService.profileKey(guildId, "");
  const byUser = new Map<string, Profile>();
  for await (const [key, value] of scanPrefix(store, prefix)) {
    byUser.set(key.slice(prefix.length), inSeason(migrateProfile(value as StoredProfile), season));
  }
  return [...byUser.entries()].map(([userId, profile]) => ({ userId, profile }));
}

/**
 * `mastery` computed once per profile, in slices: the report, its CSV, the class counts and the chart all read
 * it, and computing it for 100,000 members at once would hold the event loop.
 */
export async function masteryOnce(
  profiles: readonly MemberProfile[],
  mastery: (profile: Profile) => ReadonlyMap<StudyQuestionNumber, number>,
): Promise<(profile: Profile) => ReadonlyMap<StudyQuestionNumber, number>> {
  const known = new WeakMap<Profile, ReadonlyMap<StudyQuestionNumber, number>>();
  for (const [index, { profile }] of profiles.entries()) {
    known.set(profile, mastery(profile));
    if (index % SLICE_ROWS === SLICE_ROWS - 1) await served();
  }
  return (profile) => known.get(profile) ?? mastery(profile);
}

export interface ClassReport {
  readonly stats: ClassStats;
  /** Mean of the members' mastery (mean retrievability, see quiz/mastery.ts), over those who answered at least once. */
  readonly mastery: ReadonlyMap<StudyQuestionNumber, number>;
  readonly masteryMembers: number;
  readonly missed: readonly { readonly item: QuizItem; readonly tally: ItemTally }[];
  readonly top: readonly { readonly rank: number; readonly entry: BoardEntry }[];
}

/** The figures of `/rapport`: participation and misses from the aggregate, mastery from the profiles read for the CSV. */
export function buildReport(input: {
  stats: ClassStats;
  board: Board;
  profiles: readonly MemberProfile[];
  item: (id: string) => QuizItem | undefined;
  mastery: (profile: Profile) => ReadonlyMap<StudyQuestionNumber, number>;
  /** The study questions' numbers, in order. */
  questions: readonly StudyQuestionNumber[];
}): ClassReport {
  const learners = input.profiles.filter(({ profile }) => Object.keys(profile.items).length > 0);
  const mastery = new Map<StudyQuestionNumber, number>(input.questions.map((question) => [question, 0]));
  for (const { profile } of learners) {
    const own = input.mastery(profile);
    for (const question of input.questions) {
      mastery.set(question, (mastery.get(question) ?? 0) + (own.get(question) ?? 0) / learners.length);
    }
  }
  const missed = mostMissed(input.stats, Number.MAX_SAFE_INTEGER)
    .flatMap(({ itemId, tally }) => {
      const item = input.item(itemId);
      return item ? [{ item, tally }] : [];
    })
    .slice(0, MISSED_COUNT);
  return {
    stats: input.stats,
    mastery,
    masteryMembers: learners.length,
    missed,
    top: rankedTop(input.board, BOARD_COUNT),
  };
}

/**
 * The report's CSV: one line per member, best points first, French column names, ";" as separator (what a
 * French Excel expects), CRLF line ends, a UTF-8 byte order mark so Excel reads accents right. Quoting is
 * csv-stringify's; names that a spreadsheet would run as a formula are prefixed with an apostrophe.
 * One sort gives the order and the ranks (a member's rank is 1 + the index of the first member with their
 * points); the lines are written `slice` members at a time, the event loop served in between, so only the
 * text is kept whole, never every line twice.
 */
export async function reportCsv(input: {
  profiles: readonly MemberProfile[];
  today: string;
  mastery: (profile: Profile) => ReadonlyMap<StudyQuestionNumber, number>;
  /** The study questions' numbers: one mastery and one grade column each. */
  questions: readonly StudyQuestionNumber[];
  slice?: number;
}): Promise<Buffer> {
  const slice = input.slice ?? SLICE_ROWS;
  const byName = new Intl.Collator("fr").compare;
  const rows = await sortInSlices(
    input.profiles,
    (a, b) => b.profile.points - a.profile.points || byName(a.profile.name, b.profile.name),
    slice,
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
    ...input.questions.map(reportCsvColumns.mastery),
    ...input.questions.map(reportCsvColumns.grade),
    reportCsvColumns.userId,
  ];
  const options = {
    delimiter: ";",
    record_delimiter: "windows",
    // With an explicit record delimiter, csv-stringify stops quoting fields that hold a lone line break.
    quoted_match: /[\r\n]/,
  } as const;
  // Each record ends with its CRLF: the slices, written apart, join into exactly the text of one call.
  const parts = [Buffer.from(stringify([columns], { ...options, bom: true }), "utf8")];
  let firstOfPoints = 0;
  for (let start = 0; start < rows.length; start += slice) {
    const records = rows.slice(start, start + slice).map(({ userId, profile }, offset) => {
      const index = start + offset;
      if (index > 0 && rows[index - 1]?.profile.points !== profile.points) firstOfPoints = index;
      const mastery = input.mastery(profile);
      return [
        spreadsheetSafe(profile.name),
        profile.points,
        profile.points > 0 ? firstOfPoints + 1 : "",
        profile.answered,
        profile.correct,
        profile.answered > 0 ? Math.round((100 * profile.correct) / profile.answered) : "",
        currentStreak(profile.streak, input.today),
        profile.streak.best,
        profile.streak.lastDay ?? "",
        ...input.questions.map((question) => Math.round(100 * (mastery.get(question) ?? 0))),
        ...input.questions.map((question) => profile.bestGrades?.[question] ?? ""),
        userId,
      ];
    });
    parts.push(Buffer.from(stringify(records, options), "utf8"));
    await served();
  }
  return Buffer.concat(parts);
}

/**
 * The CSV as Discord can take it: as it is up to CSV_ZIP_ABOVE_BYTES, zipped above (compressed a slice at a
 * time, the event loop served in between); undefined when even the ZIP is over Discord's limit.
 */
export async function csvAttachment(
  csv: Buffer,
  name: string,
): Promise<{ data: Buffer; name: string; zipped: boolean } | undefined> {
  if (csv.length <= CSV_ZIP_ABOVE_BYTES) return { data: csv, name, zipped: false };
  const parts: Uint8Array[] = [];
  const done = new Promise<void>((resolve, reject) => {
    const zip = new Zip((error, chunk, final) => {
      if (error) reject(error);
      else {
        parts.push(chunk);
        if (final) resolve();
      }
    });
    const file = new ZipDeflate(name, { level: 6 });
    zip.add(file);
    zip.end();
    void (async () => {
      const step = 256 * 1024;
      for (let offset = 0; offset < csv.length; offset += step) {
        file.push(csv.subarray(offset, offset + step), offset + step >= csv.length);
        await served();
      }
    })().catch(reject);
  });
  await done;
  const data = Buffer.concat(parts);
  return data.length <= DISCORD_FILE_LIMIT_BYTES
    ? { data, name: name.replace(/\.csv$/, ".zip"), zipped: true }
    : undefined;
}

/** A cell a spreadsheet would take for a formula ("=", "+", "-", "@", tab, CR) is kept as text. */
export function spreadsheetSafe(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
