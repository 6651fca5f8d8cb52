import { type CalendarStrings, calendarStrings, formatDay } from "../content/calendar-strings.js";
import type { Locale } from "../content/locale.js";
import type { GuildSettings } from "../domain/guildSettings.js";
import { truncate } from "../domain/text.js";
import { localDay } from "../domain/time.js";
import type { PublicHolidays } from "../domain/tips/publicHolidays.js";
import type { SchoolBreak } from "../domain/tips/schoolBreaks.js";
import type { TipsConfig } from "../domain/tips/settings.js";

/** What /config and /aide say about the days with no tip, in the reader's language. */
type Calendar = Pick<GuildSettings, "holidayCountry" | "holidayRegion" | "breaks">;

/** "du lundi au vendredi, sauf jours fériés (France) et vacances définies": which days tips are posted. */
export function postingDaysText(
  days: TipsConfig["days"],
  calendar: Calendar,
  holidays: PublicHolidays,
  locale: Locale,
): string {
  const strings = calendarStrings[locale];
  const hasBreaks = calendar.breaks.length > 0;
  if (days === "all") return strings.postingDays.all(hasBreaks);
  const place = calendar.holidayCountry
    ? placeName(holidays, locale, calendar.holidayCountry, calendar.holidayRegion)
    : undefined;
  return strings.postingDays.weekdays(place, hasBreaks);
}

/** /config voir's lines on the days with no tip: public holidays, then every period (past ones marked). */
export function calendarLines(
  calendar: Calendar,
  holidays: PublicHolidays,
  locale: Locale,
  now: Date,
  timeZone: string,
): string {
  const strings = calendarStrings[locale];
  const place = calendar.holidayCountry
    ? placeName(holidays, locale, calendar.holidayCountry, calendar.holidayRegion)
    : undefined;
  const today = localDay(now, timeZone);
  const periods = calendar.breaks.map(
    (period) => `• ${describePeriod(period, locale, strings)}${period.to < today ? strings.pastSuffix : ""}`,
  );
  const breaks = periods.length > 0 ? [strings.breaksTitle, ...periods] : [strings.noBreaksLine];
  return truncate([strings.holidaysLine(place), ...breaks].join("\n"), 1024);
}

export function describePeriod(period: SchoolBreak, locale: Locale, strings: CalendarStrings): string {
  return strings.period(formatDay(period.from, locale), formatDay(period.to, locale), period.label);
}

/** "France", "France, Département Bas-Rhin"; undefined for a code the calendar no longer knows. */
export function placeName(
  holidays: PublicHolidays,
  locale: Locale,
  country: string,
  region: string | null,
): string | undefined {
  const countryName = holidays.countries(locale).find((place) => place.code === country)?.name;
  if (!countryName) return undefined;
  const regionName = region
    ? holidays.regions(country, locale).find((place) => place.code === region)?.name
    : undefined;
  return regionName ? `${countryName}, ${regionName}` : countryName;
}
