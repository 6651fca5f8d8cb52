import type Keyv from "keyv";
import { WriteThroughCache, type WriteThroughCacheOptions } from "../writeThroughCache.js";
import { migrateProfile, type StoredProfile } from "./migration.js";
import type { Profile } from "./profile.js";

/**
 * Memory the kept profiles may take, as `profileWeight` estimates it (about 45 MB of heap at most): some 1,000
 * members as busy as the bench's, or several thousand who studied a few dozen items each. Every answer reads its member's profile: the members studying now stay in memory, the others are read
 * from the store again when they come back.
 */
export const PROFILE_CACHE_BYTES = 32 * 1024 * 1024;

/** Profiles are stored under "profile:<guild>:<user>" (QuizService.profileKey). */
const PROFILE_KEY = /^profile:([^:]+):/;

/**
 * The members' profiles of the guilds this process owns, served from memory, written through to the store: the
 * answer path reads a profile without a store round trip, and writes it once (see WriteThroughCache for why it is
 * exact, and when entries are dropped).
 */
export function profileCache(
  store: Keyv,
  maxBytes = PROFILE_CACHE_BYTES,
  ownership: Pick<WriteThroughCacheOptions<Profile>, "owns" | "onForeignWrite"> = {},
): WriteThroughCache<Profile> {
  return new WriteThroughCache<Profile>(store, {
    ...ownership,
    // A profile of the released version (Leitner boxes) is migrated as it comes from the store, so a cached one
    // is never checked again on the answer path.
    decode: (stored) => migrateProfile(stored as StoredProfile | undefined),
    maxSize: maxBytes,
    sizeOf: profileWeight,
    guildOf: (key) => PROFILE_KEY.exec(key)?.[1],
  });
}

/**
 * A rough weight of a profile in memory, in bytes: a fixed part, and one per learned item, per session item and
 * answer, per day of activity. Cheap (no serialisation: it is computed at every write), and below the heap a
 * profile takes by less than half (a bench-like profile of 80 items and five 20-item sessions: 28 KB estimated,
 * 40 KB measured), which is all a memory bound needs.
 */
export function profileWeight(profile: Profile): number {
  let weight = 600 + 120 * Object.keys(profile.items).length + 40 * Object.keys(profile.activity ?? {}).length;
  for (const session of Object.values(profile.sessions)) {
    weight += 200 + 50 * session.itemIds.length + 120 * Object.keys(session.answers).length;
  }
  return weight;
}
