import type Keyv from "keyv";
import type { QuizItem, StudyQuestionNumber } from "../../content/types.js";
import { scanPrefixChunks } from "../keyScan.js";
import { type ClassStats, type ItemTally, mostMissed } from "../quiz/classStats.js";
import { type Board, type BoardEntry, rankedTop } from "../quiz/leaderboard.js";
import { inSeason, type Profile, QuizService } from "../quiz/quizService.js";
import type { ClassSummary } from "./classSummary.js";

export const MISSED_COUNT = 5;
export const BOARD_COUNT = 10;

export interface MemberProfile {
  readonly userId: string;
  readonly profile: Profile;
}

/**
 * Every member's profile in a guild, as it counts this term, a chunk at a time: the guild's `profile:` keys of
 * the "quiz" namespace, in one pass that serves the event loop as it goes (scanPrefixChunks), each member once.
 * A rare moderator action (the report, a member's erasure), never done on a student's request.
 */
export async function* guildProfileChunks(
  store: Keyv,
  guildId: string,
  season: number,
): AsyncGenerator<MemberProfile[]> {
  const prefix = QuizService.profileKey(guildId, "");
  for await (const entries of scanPrefixChunks(store, prefix)) {
    yield entries.map(([key, value]) => ({
      userId: key.slice(prefix.length),
      profile: inSeason(value as Profile, season),
    }));
  }
}

/** Every member's profile in a guild, as it counts this term (guildProfileChunks, gathered). */
export async function guildProfiles(store: Keyv, guildId: string, season: number): Promise<MemberProfile[]> {
  const profiles: MemberProfile[] = [];
  for await (const chunk of guildProfileChunks(store, guildId, season)) profiles.push(...chunk);
  return profiles;
}

export interface ClassReport {
  readonly stats: ClassStats;
  /** Average mastery (0–1) of each study question, over the members who answered at least once. */
  readonly mastery: ReadonlyMap<StudyQuestionNumber, number>;
  readonly masteryMembers: number;
  readonly missed: readonly { readonly item: QuizItem; readonly tally: ItemTally }[];
  readonly top: readonly { readonly rank: number; readonly entry: BoardEntry }[];
}

/** The figures of `/rapport`: participation and misses from the aggregate, mastery from the profiles' summary. */
export function buildReport(input: {
  stats: ClassStats;
  board: Board;
  summary: ClassSummary;
  item: (id: string) => QuizItem | undefined;
}): ClassReport {
  const missed = mostMissed(input.stats, Number.MAX_SAFE_INTEGER)
    .flatMap(({ itemId, tally }) => {
      const item = input.item(itemId);
      return item ? [{ item, tally }] : [];
    })
    .slice(0, MISSED_COUNT);
  return {
    stats: input.stats,
    mastery: input.summary.mean,
    masteryMembers: input.summary.learners,
    missed,
    top: rankedTop(input.board, BOARD_COUNT),
  };
}
