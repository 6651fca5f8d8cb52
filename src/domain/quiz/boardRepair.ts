import type Keyv from "keyv";
import { scanPrefix } from "../keyScan.js";
import { daysBetween } from "../time.js";
import { applyStatsEvents, type ClassStats, type DayActivity, type ItemTally } from "./classStats.js";
import { applyChanges, type Board, emptyBoard } from "./leaderboard.js";
import { migrateProfile, type StoredProfile } from "./migration.js";
import { inSeason, MEMBER_ACTIVITY_DAYS, type Profile } from "./quizService.js";
import { isMastered } from "./reviews.js";

/**
 * The leaderboard is derived from the profiles: each answer writes the member's profile (the truth), then
 * the guild's board. A process killed between the two writes (or a store that failed on the second) leaves
 * the board behind. These functions rebuild a board from the profiles, for the start-up after such a stop.
 * The class statistics follow the same way (written after the profile, in coalesced batches that a crash can
 * lose): what the profiles hold is rebuilt from them.
 */

const PROFILE_KEY = /^profile:(\d+):(\d+)$/;

/** Every profile of the guilds `owned` selects, by guild then member: one pass over the "quiz" namespace. */
export async function profilesByGuild(
  store: Keyv,
  owned: (guildId: string) => boolean,
): Promise<Map<string, Map<string, Profile>>> {
  const guilds = new Map<string, Map<string, Profile>>();
  for await (const [key, value] of scanPrefix(store, "profile:")) {
    const match = typeof key === "string" ? PROFILE_KEY.exec(key) : null;
    if (!match || !value) continue;
    const [, guildId = "", userId = ""] = match;
    if (!owned(guildId)) continue;
    let members = guilds.get(guildId);
    if (!members) {
      members = new Map();
      guilds.set(guildId, members);
    }
    members.set(userId, migrateProfile(value as StoredProfile));
  }
  return guilds;
}

/**
 * The board the profiles call for in `season`. A member keeps the time they reached their points when the
 * previous board agrees on them (ties keep their order); otherwise `now` stands for it.
 */
export function rebuildBoard(
  profiles: ReadonlyMap<string, Profile>,
  season: number,
  previous: Board,
  now: number,
): Board {
  const before = new Map(previous.top.map((entry) => [entry.userId, entry]));
  const changes = [...profiles].flatMap(([userId, stored]) => {
    const profile = inSeason(stored, season);
    if (profile.points <= 0) return [];
    const known = before.get(userId);
    const at = known && known.points === profile.points ? known.at : now;
    return [{ userId, name: profile.name, from: 0, to: profile.points, at }];
  });
  return applyChanges(emptyBoard, changes);
}

/** Same counts and same top list (members, points, order): nothing to repair. */
export function sameBoard(a: Board, b: Board): boolean {
  const counts = (board: Board) =>
    JSON.stringify(Object.entries(board.histogram).sort(([x], [y]) => Number(x) - Number(y)));
  const top = (board: Board) => JSON.stringify(board.top.map((entry) => [entry.userId, entry.points]));
  return counts(a) === counts(b) && top(a) === top(b);
}

/**
 * The class statistics the profiles call for: answers, right answers and item tallies from each member's
 * lifetime attempts per item, members who answered, mastered (member, item) pairs of `bank`'s questions, and
 * each day's activity from the members' own (they keep MEMBER_ACTIVITY_DAYS days: those days are rebuilt, older
 * ones kept as stored). Sessions, rounds and `since` are not in the profiles: kept as stored (a lost batch can
 * leave a few sessions uncounted).
 */
export function rebuildStats(
  profiles: ReadonlyMap<string, Profile>,
  stored: ClassStats,
  bank: readonly { readonly id: string; readonly question: number }[],
  now: number,
): ClassStats {
  const questionOf = new Map(bank.map((item) => [item.id, item.question]));
  const mastered: Record<string, number> = Object.fromEntries(bank.map((item) => [String(item.question), 0]));
  const items: Record<string, ItemTally> = {};
  const activity: Record<string, DayActivity> = {};
  let answers = 0;
  let correct = 0;
  let members = 0;
  for (const profile of profiles.values()) {
    let learner = false;
    for (const [itemId, progress] of Object.entries(profile.items)) {
      learner = true;
      answers += progress.attempts;
      correct += progress.correct;
      const tally = items[itemId] ?? { attempts: 0, misses: 0 };
      items[itemId] = {
        attempts: tally.attempts + progress.attempts,
        misses: tally.misses + progress.attempts - progress.correct,
      };
      const question = isMastered(progress.card) ? questionOf.get(itemId) : undefined;
      if (question !== undefined) mastered[question] = (mastered[question] ?? 0) + 1;
    }
    if (learner) members += 1;
    for (const [day, count] of Object.entries(profile.activity ?? {})) {
      if (count <= 0) continue;
      const known = activity[day] ?? { members: 0, answers: 0 };
      activity[day] = { members: known.members + 1, answers: known.answers + count };
    }
  }
  const latest = [...Object.keys(activity), ...Object.keys(stored.days ?? {})].sort().at(-1);
  const rebuilt = (day: string) => latest !== undefined && daysBetween(day, latest) < MEMBER_ACTIVITY_DAYS;
  const days = {
    ...Object.fromEntries(Object.entries(stored.days ?? {}).filter(([day]) => !rebuilt(day))),
    ...activity,
  };
  const since = stored.since ?? (answers > 0 ? now : null);
  // No event: only the days older than the statistics keep are dropped, as on every write.
  return applyStatsEvents({ ...stored, since, answers, correct, members, items, days, mastered }, []);
}

/** The same figures (what rebuildStats derives): nothing to repair. */
export function sameStats(a: ClassStats, b: ClassStats): boolean {
  // Entries sorted; zero mastered counts left out (a question nobody masters may be absent or 0).
  const sorted = (record: Readonly<Record<string, unknown>> | undefined) =>
    JSON.stringify(
      Object.entries(record ?? {})
        .filter(([, value]) => value !== 0)
        .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)),
    );
  const figures = (stats: ClassStats) =>
    [stats.answers, stats.correct, stats.members, sorted(stats.items), sorted(stats.days), sorted(stats.mastered)].join(
      "|",
    );
  return figures(a) === figures(b);
}
