import Keyv from "keyv";
import { beforeAll, describe, expect, it } from "vitest";
import { ManualClock } from "../../src/domain/clock.js";
import { type GuildSettings, GuildSettingsRepository } from "../../src/domain/guildSettings.js";
import { KeyedLock } from "../../src/domain/locks.js";
import { localDay } from "../../src/domain/time.js";
import { findPlace, loadPublicHolidays, type PublicHolidays } from "../../src/domain/tips/publicHolidays.js";
import type { PostingDays } from "../../src/domain/tips/schedule.js";
import { addBreak, breakOn, findBreak, parseDay } from "../../src/domain/tips/schoolBreaks.js";
import { DailyTips } from "../../src/domain/tips/tipsService.js";
import { tipBank } from "../pack.js";
import { seeded } from "./tips-helpers.js";

const GUILD = "1310000000000000100";
const CHANNEL = "1310000000000000201";
const PARIS = "Europe/Paris";
let holidays: PublicHolidays;

beforeAll(async () => {
  holidays = await loadPublicHolidays();
});

/** A bot whose clock starts at `start`, tips at 08:30 Paris on `days`, with the guild's calendar `calendar`. */
async function classroom(start: string, days: PostingDays, calendar: Partial<GuildSettings> = {}) {
  const clock = new ManualClock(start);
  const locks = new KeyedLock();
  const guildSettings = new GuildSettingsRepository(new Keyv(), locks);
  const posted: string[] = [];
  const tips = new DailyTips({
    store: new Keyv(),
    guildSettings,
    locks,
    clock,
    tips: tipBank,
    holidays,
    random: seeded(1),
    post: async () => {
      posted.push(localDay(clock.now(), PARIS));
      return { ok: true, messageId: String(1_320_000_000_000_000_000n + BigInt(posted.length)) };
    },
  });
  await tips.saveSettings(GUILD, { channelId: CHANNEL, time: "08:30", days, enabled: true }, PARIS);
  await guildSettings.update(GUILD, calendar);
  /** Runs the minute check every 10 minutes until `until`; returns the local days a tip was posted on. */
  const runUntil = async (until: string) => {
    while (clock.now().getTime() < Date.parse(until)) {
      clock.advance(10 * 60_000);
      await tips.runDue([GUILD]);
    }
    return posted;
  };
  return { clock, tips, runUntil, guildSettings };
}

describe("daily tips skip public holidays (date-holidays, France by default)", () => {
  it("GIVEN school days in the week of 14 July 2026 THEN Tuesday 14 July has no tip, the other weekdays do", async () => {
    const { runUntil } = await classroom("2026-07-12T22:00:00Z", "weekdays");
    expect(await runUntil("2026-07-19T22:00:00Z")).toEqual(["2026-07-13", "2026-07-15", "2026-07-16", "2026-07-17"]);
  });

  it("GIVEN Christmas 2026 (a Friday) and Easter Monday 2026 THEN no tip, and the next one is announced after them", async () => {
    const christmas = await classroom("2026-12-24T23:30:00Z", "weekdays");
    expect(await christmas.runUntil("2026-12-27T22:00:00Z")).toEqual([]);
    expect((await christmas.tips.status(GUILD)).nextPost?.toISOString()).toBe("2026-12-28T07:30:00.000Z");
    const easter = await classroom("2026-04-05T22:00:00Z", "weekdays");
    expect(await easter.runUntil("2026-04-07T22:00:00Z")).toEqual(["2026-04-07"]);
  });

  it("GIVEN Alsace-Moselle (region 67) THEN Good Friday and 26 December are off too, not elsewhere in France", async () => {
    // Good Friday 2026: 3 April; 26 December 2025: a Friday.
    const alsace = await classroom("2026-04-02T22:00:00Z", "weekdays", { holidayRegion: "67" });
    expect(await alsace.runUntil("2026-04-03T22:00:00Z")).toEqual([]);
    const paris = await classroom("2026-04-02T22:00:00Z", "weekdays");
    expect(await paris.runUntil("2026-04-03T22:00:00Z")).toEqual(["2026-04-03"]);
    expect(holidays.holidayOn("2025-12-26", "FR", "57")).toBe("Lendemain de Noël");
    expect(holidays.holidayOn("2025-12-26", "FR")).toBeUndefined();
  });

  it("GIVEN another country, or none THEN its own holidays count (or none)", async () => {
    // 14 July is a working day in Belgium; 21 July is its national day.
    const belgium = await classroom("2026-07-13T22:00:00Z", "weekdays", { holidayCountry: "BE" });
    expect(await belgium.runUntil("2026-07-14T22:00:00Z")).toEqual(["2026-07-14"]);
    expect(holidays.holidayOn("2026-07-21", "BE")).toBeDefined();
    const none = await classroom("2026-07-13T22:00:00Z", "weekdays", { holidayCountry: null });
    expect(await none.runUntil("2026-07-14T22:00:00Z")).toEqual(["2026-07-14"]);
  });

  it("GIVEN every day THEN public holidays are posted (they are days off like Sundays, which 'every day' includes)", async () => {
    const { runUntil } = await classroom("2026-07-13T22:00:00Z", "all");
    expect(await runUntil("2026-07-14T22:00:00Z")).toEqual(["2026-07-14"]);
  });
});

describe("daily tips skip the class's holiday periods (/config vacances)", () => {
  const toussaint = { from: "2026-10-17", to: "2026-11-01", label: "Toussaint" };

  it("GIVEN a holiday period THEN no tip from its first to its last day, in either mode, and the next post is the day after", async () => {
    for (const days of ["weekdays", "all"] as const) {
      const { runUntil, tips } = await classroom("2026-10-15T22:00:00Z", days, { breaks: [toussaint] });
      const posted = await runUntil("2026-10-20T12:00:00Z");
      expect(posted, days).toEqual(["2026-10-16"]);
      // Monday 2 November is the first day back (1 November, Toussaint, is a Sunday and inside the period).
      expect((await tips.status(GUILD)).nextPost?.toISOString(), days).toBe(
        "2026-11-02T08:30:00.000Z".replace("08:30", "07:30"),
      );
    }
  });

  it("GIVEN a moderator's /config publier-astuce during the holidays THEN it is still allowed", async () => {
    const { tips } = await classroom("2026-10-20T12:00:00Z", "weekdays", { breaks: [toussaint] });
    expect((await tips.publishNow(GUILD)).kind).toBe("posted");
  });

  it("GIVEN typed dates THEN dd/mm/yyyy and yyyy-mm-dd are read, impossible days are not", () => {
    expect(parseDay("19/12/2026")).toBe("2026-12-19");
    expect(parseDay("2026-12-19")).toBe("2026-12-19");
    expect(parseDay(" 4/1/2027 ")).toBe("2027-01-04");
    expect(parseDay("29/02/2028")).toBe("2028-02-29");
    for (const bad of ["31/02/2027", "29/02/2027", "2026-13-01", "12/19/2026", "demain", "", "19/12/26"]) {
      expect(parseDay(bad), bad).toBeUndefined();
    }
  });

  it("GIVEN periods added THEN sorted; a reversed, too long, duplicate or malformed one is refused with every problem, nothing changed", () => {
    const first = addBreak([], { from: "19/12/2026", to: "03/01/2027", label: "Noël" });
    if (!first.ok) throw new Error("refused");
    const second = addBreak(first.breaks, { from: "2026-10-17", to: "2026-11-01" });
    if (!second.ok) throw new Error("refused");
    expect(second.breaks.map((period) => period.from)).toEqual(["2026-10-17", "2026-12-19"]);
    expect(breakOn(second.breaks, "2027-01-03")?.label).toBe("Noël");
    expect(breakOn(second.breaks, "2027-01-04")).toBeUndefined();
    expect(findBreak(second.breaks, "2026-12-19_2027-01-03")?.label).toBe("Noël");
    expect(findBreak(second.breaks, "19/12/2026")?.label).toBe("Noël");

    const reversed = addBreak(second.breaks, { from: "04/01/2027", to: "19/12/2026" });
    expect(reversed).toEqual({
      ok: false,
      problems: [{ kind: "ends-before-start", from: "2027-01-04", to: "2026-12-19" }],
    });
    const bad = addBreak(second.breaks, { from: "31/02/2027", to: "demain" });
    expect(bad.ok ? [] : bad.problems.map((problem) => problem.kind)).toEqual(["invalid-date", "invalid-date"]);
    expect(addBreak(second.breaks, { from: "2026-12-19", to: "2027-01-03" })).toMatchObject({
      ok: false,
      problems: [{ kind: "duplicate" }],
    });
    expect(addBreak([], { from: "01/01/2026", to: "31/12/2026" })).toMatchObject({
      ok: false,
      problems: [{ kind: "too-long" }],
    });
  });
});

describe("countries and regions", () => {
  it("GIVEN a code or a name THEN the place is found, case and accents ignored", () => {
    expect(findPlace(holidays.countries("fr"), "fr")?.code).toBe("FR");
    expect(findPlace(holidays.countries("fr"), "France")?.code).toBe("FR");
    expect(findPlace(holidays.countries("fr"), "Belgique")?.code).toBe("BE");
    expect(findPlace(holidays.countries("fr"), "Atlantide")).toBeUndefined();
    expect(findPlace(holidays.regions("FR", "fr"), "bas-rhin")?.code).toBe("67");
    expect(findPlace(holidays.regions("FR", "fr"), "57")?.code).toBe("57");
    expect(holidays.regions("FR", "fr").map((region) => region.code)).toEqual(
      expect.arrayContaining(["57", "67", "68"]),
    );
  });
});
