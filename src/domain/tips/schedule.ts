import { daysBetween, localDay } from "../time.js";

/**
 * When a guild's daily tip is due: pure functions of the settings, the last local day already claimed and
 * the current instant. No timer is trusted: whatever restarts, downtime or clock jumps happened, the answer
 * only depends on the calendar day in the guild's zone, so at most one tip per local day can ever be due.
 */

/** "all": every day; "weekdays": school days, Monday to Friday (minus days off, see DailySchedule.dayOff). */
export type PostingDays = "all" | "weekdays";
export const postingDays = ["weekdays", "all"] as const satisfies readonly PostingDays[];

export interface DailySchedule {
  /** Local wall time, "HH:MM" (00:00–23:59). */
  readonly time: string;
  /** IANA zone the time and the days are read in. */
  readonly timeZone: string;
  readonly days: PostingDays;
  /**
   * Days with no tip although `days` includes them: public holidays and the class's holiday periods
   * (tipsService.ts decides which apply to which mode). Called with "YYYY-MM-DD" local days; must be cheap.
   */
  readonly dayOff?: (day: string) => boolean;
}

/** How far ahead the next posting day is looked for: the longest summer holidays plus a margin. */
const LOOKAHEAD_DAYS = 400;

export interface ClockTime {
  readonly hour: number;
  readonly minute: number;
}

const TIME_PATTERN = /^([01]?\d|2[0-3])\s*[:hH.]\s*([0-5]\d)$/;

/** "08:30", "8:30", "8h30" → { hour: 8, minute: 30 }; undefined for anything else ("25:99", "8", "midi"). */
export function parseClockTime(value: string): ClockTime | undefined {
  const match = TIME_PATTERN.exec(value.trim());
  if (!match) return undefined;
  return { hour: Number(match[1]), minute: Number(match[2]) };
}

/** The canonical "HH:MM" of a typed time, or undefined when it is not a time of day. */
export function normalizeClockTime(value: string): string | undefined {
  const time = parseClockTime(value);
  return time ? `${pad(time.hour)}:${pad(time.minute)}` : undefined;
}

/** Monday = 1 … Sunday = 7 for a "YYYY-MM-DD" calendar day (no zone involved: it is already local). */
export function isoWeekday(day: string): number {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday === 0 ? 7 : weekday;
}

export function isPostingDay(day: string, schedule: Pick<DailySchedule, "days" | "dayOff">): boolean {
  return (schedule.days === "all" || isoWeekday(day) <= 5) && !schedule.dayOff?.(day);
}

/** The calendar day `count` days after `day` ("YYYY-MM-DD"). */
export function addDays(day: string, count: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + count * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The instant when the wall clocks of `timeZone` show `time` on `day`. Daylight-saving changes follow the
 * rule of croner and of Temporal's "compatible" disambiguation:
 * - a time inside the spring-forward gap (02:30 in Paris on the last Sunday of March) does not exist; it is
 *   taken with the offset in force before the change, i.e. shifted forward by the gap (03:30 local);
 * - a time inside the repeated autumn hour (02:30 on the last Sunday of October) happens twice; the first one
 *   counts.
 */
export function scheduledInstant(day: string, time: string, timeZone: string): Date {
  const parsed = parseClockTime(time);
  if (!parsed) throw new RangeError(`invalid time of day: ${time}`);
  const wallAsUtc = Date.parse(`${day}T${pad(parsed.hour)}:${pad(parsed.minute)}:00Z`);
  // A zone changes its offset at most once within a day either side: the two offsets around are the candidates.
  const offsetBefore = utcOffset(wallAsUtc - 86_400_000, timeZone);
  const offsetAfter = utcOffset(wallAsUtc + 86_400_000, timeZone);
  const candidates = [wallAsUtc - offsetBefore, wallAsUtc - offsetAfter]
    .filter((instant) => wallClock(instant, timeZone) === wallAsUtc)
    .sort((a, b) => a - b);
  return new Date(candidates[0] ?? wallAsUtc - offsetBefore);
}

/**
 * The local day whose tip is due at `now`, or undefined. Only today can be due: a day missed during downtime
 * is never posted later, and a day already claimed (`lastDay`, even in the future after a clock jump or a
 * zone change) is never posted again.
 */
export function dueDay(schedule: DailySchedule, lastDay: string | undefined, now: Date): string | undefined {
  const today = localDay(now, schedule.timeZone);
  if (!isPostingDay(today, schedule)) return undefined;
  if (lastDay !== undefined && daysBetween(lastDay, today) <= 0) return undefined;
  return scheduledInstant(today, schedule.time, schedule.timeZone).getTime() <= now.getTime() ? today : undefined;
}

/**
 * When the next tip will be posted: the scheduled instant of the first posting day not claimed yet, from
 * today on. It is in the past when today's tip is due and not posted yet (it goes out at the next check).
 */
export function nextPostInstant(schedule: DailySchedule, lastDay: string | undefined, now: Date): Date {
  const today = localDay(now, schedule.timeZone);
  for (let offset = 0; offset <= LOOKAHEAD_DAYS; offset++) {
    const day = addDays(today, offset);
    if (!isPostingDay(day, schedule)) continue;
    if (lastDay !== undefined && daysBetween(lastDay, day) <= 0) continue;
    const instant = scheduledInstant(day, schedule.time, schedule.timeZone);
    // Today's slot already passed without a claim is due now; a later day's slot is always ahead.
    if (offset === 0 || instant.getTime() > now.getTime()) return instant;
  }
  // Only reached with a lastDay far in the future (a clock set back a year) or no posting day in a year.
  return scheduledInstant(addDays(lastDay ?? today, 1), schedule.time, schedule.timeZone);
}

const wallFormatters = new Map<string, Intl.DateTimeFormat>();

/** The wall-clock reading of `instant` in `timeZone`, to the minute, expressed as if it were UTC (ms). */
function wallClock(instant: number, timeZone: string): number {
  let formatter = wallFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
    });
    wallFormatters.set(timeZone, formatter);
  }
  const parts = Object.fromEntries(formatter.formatToParts(instant).map((part) => [part.type, part.value]));
  return Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
  );
}

/** The zone's offset from UTC at `instant`, in ms (Paris in winter: +3 600 000). */
function utcOffset(instant: number, timeZone: string): number {
  const minute = Math.floor(instant / 60_000) * 60_000;
  return wallClock(minute, timeZone) - minute;
}

function pad(value: number): string {
  return String(value).padStart(2, "0");
}
