import type Keyv from "keyv";
import { scanPrefix } from "../keyScan.js";
import { applyChanges, type Board, emptyBoard } from "./leaderboard.js";
import { inSeason, type Profile } from "./quizService.js";

/**
 * The leaderboard is derived from the profiles: each answer writes the member's profile (the truth), then
 * the guild's board. A process killed between the two writes (or a store that failed on the second) leaves
 * the board behind. These functions rebuild a board from the profiles, for the start-up after such a stop.
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
    members.set(userId, value as Profile);
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
