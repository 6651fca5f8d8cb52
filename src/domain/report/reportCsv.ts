import { setImmediate as served } from "node:timers/promises";
import { Zip, ZipDeflate } from "fflate";
import type { StudyQuestionNumber } from "../../content/types.js";
import type { Profile } from "../quiz/quizService.js";
import { currentStreak } from "../quiz/streak.js";
import type { ClassSummary, MemberRow } from "./classSummary.js";
import { sortByKeyDescending } from "./slicedSort.js";

/** Members written between two turns given back to the event loop (a few milliseconds of work). */
export const SLICE_ROWS = 2000;
/**
 * Discord refuses a file over 10 MiB on a server without boosts. Above this size (a margin for the chart and
 * the message sent with it), the CSV goes as a ZIP, which Windows and macOS open with a double click: a CSV of
 * 100,000 members is about 9 MiB, its ZIP about 2 MiB. Split files would have to be put back together by hand.
 */
export const CSV_ZIP_ABOVE_BYTES = 8 * 1024 * 1024;
export const DISCORD_FILE_LIMIT_BYTES = 10 * 1024 * 1024;

/** The CSV's column names, from the content (src/content/class-strings.ts): the domain holds no wording. */
export interface ReportCsvHeaders {
  readonly name: string;
  readonly points: string;
  readonly rank: string;
  readonly answered: string;
  readonly correct: string;
  readonly accuracy: string;
  readonly currentStreak: string;
  readonly bestStreak: string;
  readonly lastDay: string;
  readonly mastery: (question: StudyQuestionNumber) => string;
  readonly grade: (question: StudyQuestionNumber) => string;
  readonly userId: string;
}

/**
 * The report's CSV: one line per member, best points first (then by name, French order), ";" as separator
 * (what a French Excel expects), CRLF line ends, a UTF-8 byte order mark so Excel reads accents right, a field
 * quoted when it holds ";", a quote or a line break (RFC 4180, as csv-stringify writes it: a test compares them
 * byte for byte); names a spreadsheet would run as a formula get an apostrophe. One sort gives the order and the
 * ranks (a member's rank is 1 + the index of the first member with their points; no points, no rank); the lines
 * are written `slice` members at a time, the event loop served in between, and only the text is kept whole.
 */
export async function reportCsv(input: {
  summary: Pick<ClassSummary, "rows" | "questions">;
  headers: ReportCsvHeaders;
  slice?: number;
}): Promise<Buffer> {
  const { summary, headers } = input;
  const slice = input.slice ?? SLICE_ROWS;
  const byName = new Intl.Collator("fr").compare;
  const rows = await sortByKeyDescending(
    summary.rows,
    (row) => row.points,
    (a, b) => byName(a.name, b.name),
    slice,
  );
  const header = [
    headers.name,
    headers.points,
    headers.rank,
    headers.answered,
    headers.correct,
    headers.accuracy,
    headers.currentStreak,
    headers.bestStreak,
    headers.lastDay,
    ...summary.questions.map(headers.mastery),
    ...summary.questions.map(headers.grade),
    headers.userId,
  ];
  const parts = [Buffer.from(`\uFEFF${header.map(csvField).join(";")}\r\n`, "utf8")];
  let firstOfPoints = 0;
  for (let start = 0; start < rows.length; start += slice) {
    let text = "";
    for (let index = start; index < Math.min(start + slice, rows.length); index++) {
      const row = rows[index] as MemberRow;
      if (index > 0 && rows[index - 1]?.points !== row.points) firstOfPoints = index;
      const rank = row.points > 0 ? firstOfPoints + 1 : "";
      text += `${csvField(spreadsheetSafe(row.name))};${row.points};${rank};${row.cells}\r\n`;
    }
    parts.push(Buffer.from(text, "utf8"));
    await served();
  }
  return Buffer.concat(parts);
}

/**
 * A member's CSV cells after the rank, in the header's order: answers, right answers, accuracy, streaks, last
 * day, mastery and written-answer grade per study question, Discord ID. One flat string (an array joined).
 */
export function memberCells(
  userId: string,
  profile: Profile,
  mastery: ReadonlyMap<StudyQuestionNumber, number>,
  questions: readonly StudyQuestionNumber[],
  today: string,
): string {
  const cells: (string | number)[] = [
    profile.answered,
    profile.correct,
    profile.answered > 0 ? Math.round((100 * profile.correct) / profile.answered) : "",
    currentStreak(profile.streak, today),
    profile.streak.best,
    csvField(profile.streak.lastDay ?? ""),
  ];
  for (const question of questions) cells.push(Math.round(100 * (mastery.get(question) ?? 0)));
  for (const question of questions) cells.push(profile.bestGrades?.[question] ?? "");
  cells.push(csvField(userId));
  return cells.join(";");
}

/**
 * One CSV field: quoted, inner quotes doubled, when it holds the separator, a quote or a line break. Written
 * here rather than by csv-stringify: its per-field machinery took 2 s of the 100,000-member report, this 0.3 s.
 */
export function csvField(text: string): string {
  return /[;"\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A cell a spreadsheet would take for a formula ("=", "+", "-", "@", tab, CR) is kept as text. */
export function spreadsheetSafe(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
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
