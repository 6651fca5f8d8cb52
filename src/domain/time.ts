/** Calendar days in a guild's time zone, for streaks and daily posts; DST-proof because no hours are counted. */
export const DEFAULT_TIME_ZONE = "Europe/Paris";

const formatters = new Map<string, Intl.DateTimeFormat>();

function dayFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The last day computed per time zone, and the UTC minute it was computed for. */
const lastDays = new Map<string, { readonly minute: number; readonly day: string }>();

/**
 * "YYYY-MM-DD" of `date` as seen on a wall calendar in `timeZone`. Every answer asks it for the current instant, and
 * formatting a date is one of an answer's dearer steps: within one UTC minute the day is the same (every zone's
 * offset is a whole number of minutes since 1973), so the last one is kept per zone.
 */
export function localDay(date: Date, timeZone: string): string {
  const time = date.getTime();
  const minute = Math.floor(time / 60_000);
  const last = lastDays.get(timeZone);
  if (last?.minute === minute) return last.day;
  const day = dayFormatter(timeZone).format(date);
  if (time >= WHOLE_MINUTE_OFFSETS_SINCE) lastDays.set(timeZone, { minute, day });
  return day;
}

/** 1973-01-01T00:00Z: the last offset in seconds (Liberia's, −0:44:30) ended in 1972. */
const WHOLE_MINUTE_OFFSETS_SINCE = 94_694_400_000;

/** Whole calendar days from `from` to `to` ("YYYY-MM-DD" each); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** True for an IANA zone name the runtime knows ("Europe/Paris", "America/Montreal", "UTC"). */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone });
    return true;
  } catch {
    return false;
  }
}
