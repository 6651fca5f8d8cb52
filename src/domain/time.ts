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

/** "YYYY-MM-DD" of `date` as seen on a wall calendar in `timeZone`. */
export function localDay(date: Date, timeZone: string): string {
  return dayFormatter(timeZone).format(date);
}

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
