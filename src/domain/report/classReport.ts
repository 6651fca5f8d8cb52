import { stringify } from "csv-stringify/sync";
import type Keyv from "keyv";
import { reportCsvColumns } from "../../content/class-strings.js";
import type { QuizItem, StudyQuestionNumber } from "../../content/types.js";
import { type ClassStats, type ItemTally, mostMissed } from "../quiz/classStats.js";
import { type Board, type BoardEntry, rankedTop } from "../quiz/leaderboard.js";
import { inSeason, type Profile, QuizService } from "../quiz/quizService.js";
import { currentStreak } from "../quiz/streak.js";

export const MISSED_COUNT = 5;
export const BOARD_COUNT = 10;

export interface MemberProfile {
  readonly userId: string;
  readonly profile: Profile;
}

/**
 * Every member's profile in a guild, as it counts this term. Iterates the "quiz" namespace (Keyv `iterator()`)
 * and keeps the guild's `profile:` keys: a full scan, acceptable for a rare moderator action (the report's CSV),
 * never done on a student's request.
 */
export async function guildProfiles(store: Keyv, guildId: string, season: number): Promise<MemberProfile[]> {
  if (!store.iterator) throw new Error("this store cannot list its keys (no Keyv iterator)");
  const prefix = QuizService.profileKey(guildId, "");
  const byUser = new Map<string, Profile>();
  for await (const [key, value] of store.iterator(undefined)) {
    if (typeof key !== "string" || !key.startsWith(prefix) || !value) continue;
    byUser.set(key.slice(prefix.length), inSeason(value as Profile, season));
  }
  return [...byUser.entries()].map(([userId, profile]) => ({ userId, profile }));
}

export interface ClassReport {
  readonly stats: ClassStats;
  /** Average share (0–1) of each study question's items in box 3+, over the members who answered at least once. */
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
 */
export function reportCsv(input: {
  profiles: readonly MemberProfile[];
  today: string;
  mastery: (profile: Profile) => ReadonlyMap<StudyQuestionNumber, number>;
  /** The study questions' numbers: one mastery and one grade column each. */
  questions: readonly StudyQuestionNumber[];
}): Buffer {
  const rows = [...input.profiles].sort(
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
    ...input.questions.map(reportCsvColumns.mastery),
    ...input.questions.map(reportCsvColumns.grade),
    reportCsvColumns.userId,
  ];
  const records = rows.map(({ userId, profile }) => {
    const mastery = input.mastery(profile);
    const above = rows.filter((other) => other.profile.points > profile.points).length;
    return [
      spreadsheetSafe(profile.name),
      profile.points,
      profile.points > 0 ? above + 1 : "",
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
  const text = stringify([columns, ...records], {
    delimiter: ";",
    record_delimiter: "windows",
    // With an explicit record delimiter, csv-stringify stops quoting fields that hold a lone line break.
    quoted_match: /[\r\n]/,
    bom: true,
  });
  return Buffer.from(text, "utf8");
}

/** A cell a spreadsheet would take for a formula ("=", "+", "-", "@", tab, CR) is kept as text. */
export function spreadsheetSafe(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
