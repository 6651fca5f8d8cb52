import Keyv from "keyv";
import { describe, expect, it } from "vitest";
import type { Tip } from "../../src/content/types.js";
import { ManualClock } from "../../src/domain/clock.js";
import { GuildSettingsRepository } from "../../src/domain/guildSettings.js";
import { KeyedLock } from "../../src/domain/locks.js";
import { localDay } from "../../src/domain/time.js";
import type { PostingDays } from "../../src/domain/tips/schedule.js";
import { validateTipsSettings } from "../../src/domain/tips/settings.js";
import { DailyTips, type PostOutcome, type TipPoster, tipOfTheDay } from "../../src/domain/tips/tipsService.js";
import { tipBank } from "../pack.js";
import { seeded } from "./tips-helpers.js";

const GUILD = "1310000000000000100";
const OTHER = "1310000000000000101";
const CHANNEL = "1310000000000000201";
const MINUTE = 60_000;
const DAY = 86_400_000;

interface Post {
  readonly guildId: string;
  readonly channelId: string;
  readonly tipId: string;
  readonly at: string;
}

/** One "process": its own DailyTips, locks and settings cache, over stores that outlive it (a restart keeps them). */
function bot(
  options: {
    clock?: ManualClock;
    store?: Keyv;
    settingsStore?: Keyv;
    tips?: readonly Tip[];
    post?: (tip: Tip, guildId: string) => Promise<PostOutcome> | PostOutcome;
    seed?: number;
  } = {},
) {
  const clock = options.clock ?? new ManualClock("2025-01-13T06:00:00Z"); // Monday, 07:00 in Paris
  const store = options.store ?? new Keyv();
  const settingsStore = options.settingsStore ?? new Keyv();
  const locks = new KeyedLock();
  const posts: Post[] = [];
  const post: TipPoster = async ({ guildId, channelId }, tip) => {
    const outcome = options.post ? await options.post(tip, guildId) : undefined;
    if (outcome && !outcome.ok) return outcome;
    posts.push({ guildId, channelId, tipId: tip.id, at: clock.now().toISOString() });
    return outcome ?? { ok: true, messageId: String(1_320_000_000_000_000_000n + BigInt(posts.length)) };
  };
  const tips = new DailyTips({
    store,
    guildSettings: new GuildSettingsRepository(settingsStore, locks),
    locks,
    clock,
    tips: options.tips ?? tipBank,
    post,
    random: seeded(options.seed ?? 1),
  });
  return { clock, store, settingsStore, tips, posts };
}

async function configure(
  tips: DailyTips,
  guildId = GUILD,
  settings: { time?: string; days?: PostingDays; timeZone?: string; enabled?: boolean } = {},
) {
  await tips.saveSettings(
    guildId,
    {
      channelId: CHANNEL,
      time: settings.time ?? "08:30",
      days: settings.days ?? "weekdays",
      enabled: settings.enabled ?? true,
    },
    settings.timeZone ?? "Europe/Paris",
  );
}

/** Runs the scheduler's check every minute until `until`, as the croner job does. */
async function tickUntil(clock: ManualClock, tips: DailyTips, until: string, guildIds: readonly string[] = [GUILD]) {
  while (clock.now().getTime() < Date.parse(until)) {
    clock.advance(MINUTE);
    await tips.runDue(guildIds);
  }
}

const syntheticTips = (count: number, from = 1): Tip[] =>
  Array.from({ length: count }, (_, index) => ({
    id: `astuce-${String(index + from).padStart(3, "0")}`,
    title: `Astuce ${index + from}`,
    text: "Texte.",
    sources: ["specificites/proximite-reactivite"],
  }));

describe("daily tips: the schedule", () => {
  it("GIVEN 08:30 Paris, school days THEN one tip each weekday at 08:30 sharp, none at the weekend", async () => {
    const { clock, tips, posts } = bot();
    await configure(tips);
    await tickUntil(clock, tips, "2025-01-20T00:00:00Z");
    expect(posts.map((post) => post.at)).toEqual([
      "2025-01-13T07:30:00.000Z",
      "2025-01-14T07:30:00.000Z",
      "2025-01-15T07:30:00.000Z",
      "2025-01-16T07:30:00.000Z",
      "2025-01-17T07:30:00.000Z",
    ]);
    expect(new Set(posts.map((post) => post.tipId)).size).toBe(5);
    expect(posts.every((post) => post.channelId === CHANNEL)).toBe(true);
  });

  it("GIVEN guilds in several zones THEN each gets its tip at its own local 08:30", async () => {
    const { clock, tips, posts } = bot({ clock: new ManualClock("2025-01-14T12:00:00Z") });
    const zones = { "1": "Europe/Paris", "2": "America/New_York", "3": "Asia/Kolkata", "4": "Australia/Sydney" };
    for (const [guildId, timeZone] of Object.entries(zones)) {
      await configure(tips, guildId, { timeZone, days: "all" });
      // Today's slot has passed everywhere at start: take it as done, to look at tomorrow's.
      await tips.runDue([guildId]);
    }
    posts.length = 0;
    await tickUntil(clock, tips, "2025-01-15T12:00:00Z", Object.keys(zones));
    const byGuild = Object.fromEntries(posts.map((post) => [post.guildId, post.at]));
    expect(byGuild).toEqual({
      "1": "2025-01-15T07:30:00.000Z",
      "2": "2025-01-14T13:30:00.000Z",
      "3": "2025-01-15T03:00:00.000Z",
      "4": "2025-01-14T21:30:00.000Z",
    });
  });

  it.each([
    [
      "spring forward",
      "2025-03-28T12:00:00Z",
      "2025-04-01T12:00:00Z",
      ["2025-03-29T07:30", "2025-03-30T06:30", "2025-03-31T06:30", "2025-04-01T06:30"],
    ],
    [
      "fall back",
      "2025-10-24T12:00:00Z",
      "2025-10-28T12:00:00Z",
      ["2025-10-25T06:30", "2025-10-26T07:30", "2025-10-27T07:30", "2025-10-28T07:30"],
    ],
  ])("GIVEN the %s weekend in Paris THEN 08:30 local each day, once", async (_name, from, to, expected) => {
    const { clock, tips, posts } = bot({ clock: new ManualClock(from) });
    await configure(tips, GUILD, { days: "all" });
    await tips.runDue([GUILD]);
    posts.length = 0;
    await tickUntil(clock, tips, to);
    expect(posts.map((post) => post.at.slice(0, 16))).toEqual(expected);
  });

  it("GIVEN 02:30 on both DST nights THEN the gap posts at 03:30 and the repeated hour only once", async () => {
    const spring = bot({ clock: new ManualClock("2025-03-29T12:00:00Z") });
    await configure(spring.tips, GUILD, { days: "all", time: "02:30" });
    await tickUntil(spring.clock, spring.tips, "2025-03-30T12:00:00Z");
    expect(spring.posts.map((post) => post.at)).toEqual(["2025-03-29T12:01:00.000Z", "2025-03-30T01:30:00.000Z"]);

    const autumn = bot({ clock: new ManualClock("2025-10-25T12:00:00Z") });
    await configure(autumn.tips, GUILD, { days: "all", time: "02:30" });
    await tickUntil(autumn.clock, autumn.tips, "2025-10-26T12:00:00Z");
    expect(autumn.posts.map((post) => post.at)).toEqual(["2025-10-25T12:01:00.000Z", "2025-10-26T00:30:00.000Z"]);
  });

  it("GIVEN tips turned off THEN nothing is posted, and the status has no next post", async () => {
    const { clock, tips, posts } = bot();
    await configure(tips, GUILD, { enabled: false });
    await tickUntil(clock, tips, "2025-01-14T00:00:00Z");
    expect(posts).toEqual([]);
    expect((await tips.status(GUILD)).nextPost).toBeUndefined();
    expect(await tips.runGuild("1310000000000000999")).toEqual({ kind: "disabled" });
  });
});

describe("daily tips: downtime, restarts and crashes", () => {
  it("GIVEN downtime from Monday to Thursday afternoon THEN Thursday's tip goes out once at start, earlier days never", async () => {
    const first = bot();
    await configure(first.tips);
    await tickUntil(first.clock, first.tips, "2025-01-13T08:00:00Z");
    expect(first.posts).toHaveLength(1);
    // The bot is down from Monday 09:00 to Thursday 15:00 (Paris).
    const clock = new ManualClock("2025-01-16T14:00:00Z");
    const second = bot({ clock, store: first.store, settingsStore: first.settingsStore });
    await second.tips.runDue([GUILD]);
    await tickUntil(clock, second.tips, "2025-01-17T07:00:00Z");
    expect(second.posts.map((post) => post.at)).toEqual(["2025-01-16T14:00:00.000Z"]);
    await tickUntil(clock, second.tips, "2025-01-17T08:00:00Z");
    expect(second.posts.map((post) => post.at)).toEqual(["2025-01-16T14:00:00.000Z", "2025-01-17T07:30:00.000Z"]);
    expect(second.posts[0]?.tipId).not.toBe(first.posts[0]?.tipId);
  });

  it("GIVEN a restart within the scheduled minute, right after the post THEN it is not posted again", async () => {
    const first = bot({ clock: new ManualClock("2025-01-13T07:29:00Z") });
    await configure(first.tips);
    await tickUntil(first.clock, first.tips, "2025-01-13T07:30:00Z");
    expect(first.posts).toHaveLength(1);
    const clock = new ManualClock("2025-01-13T07:30:40Z");
    const second = bot({ clock, store: first.store, settingsStore: first.settingsStore });
    await second.tips.runDue([GUILD]);
    await tickUntil(clock, second.tips, "2025-01-13T12:00:00Z");
    expect(second.posts).toEqual([]);
  });

  it("GIVEN a crash after the claim, before Discord answered THEN the restart does not post that day again, nor repeat the tip", async () => {
    const clock = new ManualClock("2025-01-13T07:29:00Z");
    // The first process hangs in the send forever: as good as dead.
    const first = bot({ clock, post: () => new Promise<PostOutcome>(() => {}) });
    await configure(first.tips);
    clock.set("2025-01-13T07:30:00Z");
    void first.tips.runGuild(GUILD);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const claimed = (await first.tips.status(GUILD)).lastDay;
    expect(claimed?.status).toBe("claimed");

    const second = bot({ clock, store: first.store, settingsStore: first.settingsStore });
    clock.set("2025-01-13T07:31:00Z");
    expect(await second.tips.runGuild(GUILD)).toEqual({ kind: "not-due" });
    await tickUntil(clock, second.tips, "2025-01-14T08:00:00Z");
    expect(second.posts).toHaveLength(1);
    expect(second.posts[0]?.at).toBe("2025-01-14T07:30:00.000Z");
    expect(second.posts[0]?.tipId).not.toBe(claimed?.tipId);
  });

  it("GIVEN two checks at once in one process THEN one post", async () => {
    const { clock, tips, posts } = bot({ clock: new ManualClock("2025-01-13T07:30:00Z") });
    await configure(tips);
    await Promise.all([tips.runDue([GUILD]), tips.runDue([GUILD]), tips.runGuild(GUILD), tips.publishNow(GUILD)]);
    expect(posts).toHaveLength(1);
    clock.advance(MINUTE);
    await tips.runDue([GUILD]);
    expect(posts).toHaveLength(1);
  });

  it("GIVEN the claim cannot be written THEN nothing is posted and the other guilds go on", async () => {
    const store = new Keyv();
    const first = bot({ store, clock: new ManualClock("2025-01-13T07:30:00Z") });
    await configure(first.tips, GUILD);
    await configure(first.tips, OTHER);
    const realSet = store.set.bind(store);
    store.set = (async (key: string, value: unknown) =>
      key === `state:${GUILD}` ? false : realSet(key, value)) as typeof store.set;
    const results = await first.tips.runDue([GUILD, OTHER]);
    expect(results.get(GUILD)).toEqual({ kind: "error" });
    expect(results.get(OTHER)?.kind).toBe("posted");
    expect(first.posts.map((post) => post.guildId)).toEqual([OTHER]);
  });

  it("GIVEN a stored state that no longer parses THEN the claimed day is still honoured", async () => {
    const { store, tips, posts } = bot({ clock: new ManualClock("2025-01-13T07:31:00Z") });
    await configure(tips);
    await tips.runDue([GUILD]);
    const state = (await store.get(`state:${GUILD}`)) as Record<string, unknown>;
    await store.set(`state:${GUILD}`, { ...state, rotation: { order: "broken" } });
    await tips.runDue([GUILD]);
    expect(posts).toHaveLength(1);
  });
});

describe("daily tips: rotation", () => {
  it("GIVEN as many school days as tips THEN every tip once, none twice; the next day starts a new round with a different tip", async () => {
    const total = tipBank.length;
    const { clock, tips, posts } = bot({ clock: new ManualClock("2025-01-06T06:00:00Z") });
    await configure(tips);
    while (posts.length < total + 1) {
      clock.advance(DAY);
      clock.set(`${localDay(clock.now(), "UTC")}T08:00:00Z`);
      await tips.runDue([GUILD]);
    }
    const ids = posts.map((post) => post.tipId);
    expect(new Set(ids.slice(0, total)).size).toBe(total);
    expect(ids[total]).not.toBe(ids[total - 1]);
    expect((await tips.status(GUILD)).progress).toEqual({ posted: 1, total, cycle: 2 });
  });

  it("GIVEN the bank grows after a restart THEN progress is kept and every tip comes once before any repeat", async () => {
    const clock = new ManualClock("2025-01-01T08:00:00Z");
    const first = bot({ clock, tips: syntheticTips(40), seed: 4 });
    await configure(first.tips, GUILD, { days: "all" });
    for (let day = 0; day < 10; day++) {
      clock.advance(DAY);
      await first.tips.runDue([GUILD]);
    }
    expect(first.posts).toHaveLength(10);
    const grown = bot({
      clock,
      store: first.store,
      settingsStore: first.settingsStore,
      tips: syntheticTips(45),
      seed: 9,
    });
    expect((await grown.tips.status(GUILD)).progress).toEqual({ posted: 10, total: 45, cycle: 1 });
    for (let day = 0; day < 35; day++) {
      clock.advance(DAY);
      await grown.tips.runDue([GUILD]);
    }
    const all = [...first.posts, ...grown.posts].map((post) => post.tipId);
    expect(all).toHaveLength(45);
    expect(new Set(all).size).toBe(45);
  });

  it("GIVEN a preview THEN the next post is that very tip", async () => {
    const { tips, posts } = bot({ clock: new ManualClock("2025-01-13T07:00:00Z") });
    await configure(tips);
    const preview = await tips.peekNext(GUILD);
    expect(await tips.peekNext(GUILD)).toBe(preview);
    await tips.publishNow(GUILD);
    expect(posts[0]?.tipId).toBe(preview.id);
  });
});

describe("daily tips: failures", () => {
  it("GIVEN one guild's channel gone THEN it is recorded, not retried that day, retried the next with the same tip; others unaffected", async () => {
    let broken = true;
    const { clock, tips, posts } = bot({
      clock: new ManualClock("2025-01-13T07:00:00Z"),
      post: (_tip, guildId) =>
        guildId === GUILD && broken
          ? { ok: false, problem: { kind: "channel-missing" } }
          : { ok: true, messageId: "1" },
    });
    await configure(tips, GUILD);
    await configure(tips, OTHER);
    await tickUntil(clock, tips, "2025-01-13T12:00:00Z", [GUILD, OTHER]);
    expect(posts.map((post) => post.guildId)).toEqual([OTHER]);
    const status = await tips.status(GUILD);
    expect(status.lastDay).toMatchObject({ day: "2025-01-13", status: "failed", problem: { kind: "channel-missing" } });
    expect(status.nextPost?.toISOString()).toBe("2025-01-14T07:30:00.000Z");
    const failedTip = status.lastDay?.tipId;

    broken = false;
    await tickUntil(clock, tips, "2025-01-14T08:00:00Z", [GUILD, OTHER]);
    expect(posts.filter((post) => post.guildId === GUILD).map((post) => [post.at, post.tipId])).toEqual([
      ["2025-01-14T07:30:00.000Z", failedTip],
    ]);
    expect((await tips.status(GUILD)).lastPosted?.tipId).toBe(failedTip);
  });

  it("GIVEN Discord throwing on one guild THEN it is recorded as a Discord error and the check goes on", async () => {
    const { tips, posts } = bot({
      clock: new ManualClock("2025-01-13T07:30:00Z"),
      post: (_tip, guildId) => {
        if (guildId === GUILD) throw new Error("503 Service Unavailable");
        return { ok: true, messageId: "1" };
      },
    });
    await configure(tips, GUILD);
    await configure(tips, OTHER);
    const results = await tips.runDue([GUILD, OTHER]);
    expect(results.get(GUILD)).toMatchObject({ kind: "failed", problem: { kind: "discord-error" } });
    expect(posts.map((post) => post.guildId)).toEqual([OTHER]);
    expect((await tips.status(GUILD)).lastDay?.problem).toEqual({
      kind: "discord-error",
      message: "503 Service Unavailable",
    });
  });
});

describe("daily tips: publishing now, /astuce", () => {
  it("GIVEN a moderator posts before 08:30 THEN it is today's tip: the schedule adds none, a second publish is refused", async () => {
    const { clock, tips, posts } = bot({ clock: new ManualClock("2025-01-13T06:00:00Z") });
    expect(await tips.publishNow(GUILD)).toEqual({ kind: "not-configured" });
    await configure(tips);
    expect((await tips.publishNow(GUILD)).kind).toBe("posted");
    expect((await tips.publishNow(GUILD)).kind).toBe("already-posted");
    await tickUntil(clock, tips, "2025-01-13T12:00:00Z");
    expect(posts).toHaveLength(1);
    expect((await tips.status(GUILD)).lastDay?.manual).toBe(true);
  });

  it("GIVEN tips turned off, or a weekend THEN a moderator can still post one", async () => {
    const { tips, posts } = bot({ clock: new ManualClock("2025-01-18T10:00:00Z") });
    await configure(tips, GUILD, { enabled: false });
    expect((await tips.publishNow(GUILD)).kind).toBe("posted");
    expect(posts).toHaveLength(1);
  });

  it("GIVEN /astuce THEN today's posted tip, else the latest one, else the same tip of the day for everyone", async () => {
    const { clock, tips } = bot({ clock: new ManualClock("2025-01-13T07:00:00Z") });
    const dm = await tips.tipForToday(undefined);
    expect(dm.kind).toBe("day");
    expect((await tips.tipForToday(undefined)).tip).toBe(dm.tip);
    expect((await tips.tipForToday(GUILD)).kind).toBe("day");
    await configure(tips);
    await tickUntil(clock, tips, "2025-01-13T08:00:00Z");
    const today = await tips.tipForToday(GUILD);
    expect(today.kind).toBe("today");
    clock.set("2025-01-14T06:00:00Z");
    const latest = await tips.tipForToday(GUILD);
    expect(latest).toMatchObject({ kind: "latest", tip: today.tip });
  });

  it("GIVEN the tip of the day THEN it walks the whole bank before repeating", () => {
    const days = Array.from({ length: tipBank.length }, (_, index) =>
      new Date(Date.parse("2025-01-01T00:00:00Z") + index * DAY).toISOString().slice(0, 10),
    );
    expect(new Set(days.map((day) => tipOfTheDay(tipBank, day).id)).size).toBe(tipBank.length);
  });
});

describe("daily tips: settings", () => {
  const current = { config: undefined, timeZone: "Europe/Paris" };

  it("GIVEN a first configuration THEN weekdays, enabled and the guild's zone by default; the time normalised", () => {
    expect(validateTipsSettings({ channelId: CHANNEL, time: "8h30" }, current)).toEqual({
      ok: true,
      config: { channelId: CHANNEL, time: "08:30", days: "weekdays", enabled: true },
      timeZone: "Europe/Paris",
    });
  });

  it("GIVEN options left out THEN the current values are kept; a zone typed in lower case is canonical", () => {
    const config = { channelId: CHANNEL, time: "08:30", days: "all", enabled: false } as const;
    expect(
      validateTipsSettings(
        { channelId: CHANNEL, time: "09:00", timeZone: "america/new_york" },
        { config, timeZone: "Europe/Paris" },
      ),
    ).toEqual({ ok: true, config: { ...config, time: "09:00" }, timeZone: "America/New_York" });
  });

  it("GIVEN 25:99 and an unknown zone THEN both are named, and nothing is valid", () => {
    expect(validateTipsSettings({ channelId: CHANNEL, time: "25:99", timeZone: "Europe/Pariss" }, current)).toEqual({
      ok: false,
      problems: [
        { field: "time", value: "25:99" },
        { field: "timeZone", value: "Europe/Pariss" },
      ],
    });
  });

  it("GIVEN settings saved THEN the zone goes to the shared guild settings (the quiz streaks use it)", async () => {
    const { tips, settingsStore } = bot();
    await configure(tips, GUILD, { timeZone: "America/Montreal" });
    expect(await settingsStore.get(GUILD)).toMatchObject({ timeZone: "America/Montreal" });
    expect((await tips.status(GUILD)).timeZone).toBe("America/Montreal");
  });
});
