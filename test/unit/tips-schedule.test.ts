import { Cron } from "croner";
import { describe, expect, it } from "vitest";
import { localDay } from "../../src/domain/time.js";
import {
  addDays,
  type DailySchedule,
  dueDay,
  isoWeekday,
  nextPostInstant,
  normalizeClockTime,
  parseClockTime,
  scheduledInstant,
} from "../../src/domain/tips/schedule.js";

const MINUTE = 60_000;

/**
 * Ticks every minute from `from` to `to` like the service does, "posting" whenever a day is due, and returns
 * the instants posted at. The last claimed day is all the memory there is, as in the store.
 */
function simulate(schedule: DailySchedule, from: string, to: string, lastDay?: string): Date[] {
  const posts: Date[] = [];
  // By default every slot before `from` was posted: otherwise the first tick would catch today up.
  const firstDay = localDay(new Date(from), schedule.timeZone);
  const firstSlotPassed = scheduledInstant(firstDay, schedule.time, schedule.timeZone).getTime() <= Date.parse(from);
  let claimed = lastDay ?? (firstSlotPassed ? firstDay : addDays(firstDay, -1));
  for (let time = Date.parse(from); time <= Date.parse(to); time += MINUTE) {
    const day = dueDay(schedule, claimed, new Date(time));
    if (day) {
      claimed = day;
      posts.push(new Date(time));
    }
  }
  return posts;
}

describe("tips schedule: the time of day", () => {
  it("GIVEN typed times THEN HH:MM from 00:00 to 23:59 is accepted, leniently written, and nothing else", () => {
    expect(parseClockTime("08:30")).toEqual({ hour: 8, minute: 30 });
    expect(normalizeClockTime("8:30")).toBe("08:30");
    expect(normalizeClockTime("8h30")).toBe("08:30");
    expect(normalizeClockTime(" 23:59 ")).toBe("23:59");
    expect(normalizeClockTime("00:00")).toBe("00:00");
    for (const bad of ["25:99", "24:00", "12:60", "8", "", "ab:cd", "08:30:00", "-1:30", "midi"]) {
      expect(normalizeClockTime(bad), bad).toBeUndefined();
    }
  });

  it.each([
    ["Europe/Paris", "2025-01-15", "08:30", "2025-01-15T07:30:00.000Z"],
    ["Europe/Paris", "2025-07-15", "08:30", "2025-07-15T06:30:00.000Z"],
    ["America/New_York", "2025-01-15", "08:30", "2025-01-15T13:30:00.000Z"],
    ["America/New_York", "2025-07-15", "08:30", "2025-07-15T12:30:00.000Z"],
    ["Asia/Kolkata", "2025-01-15", "08:30", "2025-01-15T03:00:00.000Z"],
    ["Australia/Sydney", "2025-01-15", "08:30", "2025-01-14T21:30:00.000Z"],
    ["Pacific/Chatham", "2025-01-15", "08:30", "2025-01-14T18:45:00.000Z"],
    ["UTC", "2025-01-15", "00:00", "2025-01-15T00:00:00.000Z"],
    ["America/Montreal", "2025-12-31", "23:59", "2026-01-01T04:59:00.000Z"],
  ])("GIVEN %s on %s at %s THEN the post is at %s", (timeZone, day, time, expected) => {
    expect(scheduledInstant(day, time, timeZone).toISOString()).toBe(expected);
  });

  it("GIVEN a zone ahead of UTC THEN the local day counts, not the UTC one", () => {
    const schedule: DailySchedule = { time: "08:30", timeZone: "Australia/Sydney", days: "all" };
    // 21:30 UTC on the 14th is 08:30 on the 15th in Sydney.
    expect(dueDay(schedule, "2025-01-14", new Date("2025-01-14T21:29:59Z"))).toBeUndefined();
    expect(dueDay(schedule, "2025-01-14", new Date("2025-01-14T21:30:00Z"))).toBe("2025-01-15");
  });
});

describe("tips schedule: daylight saving time in Europe/Paris", () => {
  it("GIVEN spring forward (30 March 2025) THEN 08:30 follows the new offset and a time in the gap shifts forward", () => {
    expect(scheduledInstant("2025-03-29", "08:30", "Europe/Paris").toISOString()).toBe("2025-03-29T07:30:00.000Z");
    expect(scheduledInstant("2025-03-30", "08:30", "Europe/Paris").toISOString()).toBe("2025-03-30T06:30:00.000Z");
    // 02:00–02:59 does not exist that night: 02:30 is posted at 03:30 CEST, as croner and Temporal do.
    expect(scheduledInstant("2025-03-30", "02:30", "Europe/Paris").toISOString()).toBe("2025-03-30T01:30:00.000Z");
    expect(scheduledInstant("2025-03-30", "02:00", "Europe/Paris").toISOString()).toBe("2025-03-30T01:00:00.000Z");
    expect(scheduledInstant("2025-03-30", "03:00", "Europe/Paris").toISOString()).toBe("2025-03-30T01:00:00.000Z");
  });

  it("GIVEN fall back (26 October 2025) THEN a time in the repeated hour is posted once, at its first occurrence", () => {
    const schedule: DailySchedule = { time: "02:30", timeZone: "Europe/Paris", days: "all" };
    expect(scheduledInstant("2025-10-26", "02:30", "Europe/Paris").toISOString()).toBe("2025-10-26T00:30:00.000Z");
    expect(dueDay(schedule, "2025-10-25", new Date("2025-10-26T00:30:00Z"))).toBe("2025-10-26");
    // One hour later the clocks read 02:30 again: the day is already claimed.
    expect(dueDay(schedule, "2025-10-26", new Date("2025-10-26T01:30:00Z"))).toBeUndefined();
    expect(scheduledInstant("2025-10-26", "08:30", "Europe/Paris").toISOString()).toBe("2025-10-26T07:30:00.000Z");
  });

  it.each([
    ["2025-03-27T00:00:00Z", "2025-04-02T00:00:00Z"],
    ["2025-10-23T00:00:00Z", "2025-10-29T00:00:00Z"],
  ])(
    "GIVEN ticks every minute from %s to %s THEN exactly one post per local day, at the scheduled instant",
    (from, to) => {
      for (const time of ["08:30", "02:30", "02:00", "03:00", "01:59", "00:00", "23:59"]) {
        const schedule: DailySchedule = { time, timeZone: "Europe/Paris", days: "all" };
        const posts = simulate(schedule, from, to);
        const days = posts.map((post) => localDay(post, "Europe/Paris"));
        expect(new Set(days).size, time).toBe(days.length);
        expect(days.length, time).toBeGreaterThanOrEqual(5);
        for (const post of posts) {
          expect(post.toISOString(), time).toBe(
            scheduledInstant(localDay(post, "Europe/Paris"), time, "Europe/Paris").toISOString(),
          );
        }
      }
    },
  );

  it("GIVEN croner with the same zone THEN both agree on every post of the DST weeks", () => {
    for (const time of ["08:30", "02:30", "00:15", "23:45"]) {
      const [hour, minute] = time.split(":").map(Number);
      const cron = new Cron(`${minute} ${hour} * * *`, { timezone: "Europe/Paris", paused: true });
      for (const from of ["2025-03-27T00:00:00Z", "2025-10-23T00:00:00Z"]) {
        const expected = cron.nextRuns(6, new Date(from)).map((date) => date.toISOString());
        const to = new Date(Date.parse(from) + 7 * 86_400_000).toISOString();
        const ours = simulate({ time, timeZone: "Europe/Paris", days: "all" }, from, to)
          .slice(0, 6)
          .map((date) => date.toISOString());
        expect(ours, `${time} from ${from}`).toEqual(expected);
      }
    }
  });

  it("GIVEN New York's spring forward (9 March 2025) THEN 02:30 goes out at 03:30 EDT", () => {
    expect(scheduledInstant("2025-03-09", "02:30", "America/New_York").toISOString()).toBe("2025-03-09T07:30:00.000Z");
  });
});

describe("tips schedule: which days", () => {
  const weekdays: DailySchedule = { time: "08:30", timeZone: "Europe/Paris", days: "weekdays" };

  it("GIVEN weekdays only THEN Monday to Friday are posted and the weekend is not", () => {
    // Monday 13 to Sunday 19 January 2025.
    const posts = simulate(weekdays, "2025-01-13T00:00:00Z", "2025-01-19T23:59:00Z");
    expect(posts.map((post) => localDay(post, "Europe/Paris"))).toEqual([
      "2025-01-13",
      "2025-01-14",
      "2025-01-15",
      "2025-01-16",
      "2025-01-17",
    ]);
    expect(isoWeekday("2025-01-18")).toBe(6);
    expect(dueDay(weekdays, "2025-01-17", new Date("2025-01-18T10:00:00Z"))).toBeUndefined();
  });

  it("GIVEN Friday's tip posted THEN the next post is Monday 08:30", () => {
    const next = nextPostInstant(weekdays, "2025-01-17", new Date("2025-01-17T12:00:00Z"));
    expect(next.toISOString()).toBe("2025-01-20T07:30:00.000Z");
  });

  it("GIVEN every day THEN the weekend is posted too", () => {
    const all: DailySchedule = { ...weekdays, days: "all" };
    expect(simulate(all, "2025-01-13T00:00:00Z", "2025-01-19T23:59:00Z")).toHaveLength(7);
  });
});

describe("tips schedule: downtime, restarts and clock jumps", () => {
  const schedule: DailySchedule = { time: "08:30", timeZone: "Europe/Paris", days: "weekdays" };

  it("GIVEN a start after today's time, with days missed before THEN only today is due, once", () => {
    // Down from Monday morning to Thursday 15:00: Thursday's tip goes out, Monday–Wednesday are not replayed.
    const posts = simulate(schedule, "2025-01-16T14:00:00Z", "2025-01-16T23:00:00Z", "2025-01-10");
    expect(posts.map((post) => post.toISOString())).toEqual(["2025-01-16T14:00:00.000Z"]);
  });

  it("GIVEN a restart in the scheduled minute after the post THEN nothing is due", () => {
    expect(dueDay(schedule, "2025-01-16", new Date("2025-01-16T07:30:40Z"))).toBeUndefined();
  });

  it("GIVEN the clock set back a day after posting THEN the day already claimed is not posted again", () => {
    expect(dueDay(schedule, "2025-01-17", new Date("2025-01-16T09:00:00Z"))).toBeUndefined();
    expect(nextPostInstant(schedule, "2025-01-17", new Date("2025-01-16T09:00:00Z")).toISOString()).toBe(
      "2025-01-20T07:30:00.000Z",
    );
  });

  it("GIVEN today's time not reached, or passed without a post THEN the next post is today's instant", () => {
    expect(nextPostInstant(schedule, "2025-01-15", new Date("2025-01-16T06:00:00Z")).toISOString()).toBe(
      "2025-01-16T07:30:00.000Z",
    );
    // Passed and not claimed: due now, so the instant shown is in the past.
    expect(nextPostInstant(schedule, "2025-01-15", new Date("2025-01-16T09:00:00Z")).toISOString()).toBe(
      "2025-01-16T07:30:00.000Z",
    );
    expect(addDays("2025-12-31", 1)).toBe("2026-01-01");
  });
});

describe("local day", () => {
  it("GIVEN instants a minute apart around midnight, in two zones THEN each gets its own zone's day", () => {
    // 23:59:30 then 00:00:30 in Paris (UTC+1 in December), while it is still the 1st in Montreal.
    const before = new Date("2026-12-01T22:59:30Z");
    const after = new Date("2026-12-01T23:00:30Z");
    expect(localDay(before, "Europe/Paris")).toBe("2026-12-01");
    expect(localDay(before, "Europe/Paris")).toBe("2026-12-01");
    expect(localDay(after, "Europe/Paris")).toBe("2026-12-02");
    expect(localDay(after, "America/Montreal")).toBe("2026-12-01");
    expect(localDay(after, "Asia/Kolkata")).toBe("2026-12-02");
    // Back to an earlier minute (a clock that jumps back): its own day again.
    expect(localDay(before, "Europe/Paris")).toBe("2026-12-01");
  });

  it("GIVEN an instant of 1960 in a zone whose offset then had seconds THEN the exact day", () => {
    // Monrovia was UTC−0:44:30 until 1972: 00:30 UTC is still the evening before.
    expect(localDay(new Date("1960-06-02T00:30:00Z"), "Africa/Monrovia")).toBe("1960-06-01");
    expect(localDay(new Date("1960-06-02T00:45:00Z"), "Africa/Monrovia")).toBe("1960-06-02");
  });
});
