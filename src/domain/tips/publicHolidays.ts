import type { Locale } from "../../content/locale.js";
import { foldText } from "../text.js";

/**
 * Public holidays by country and region, from the maintained `date-holidays` calendar (Easter-based days,
 * regional days such as Good Friday and 26 December in Alsace-Moselle, rules changed over the years). Its data is
 * big (a second to load on a small machine): it is loaded ONCE, at start, by loadPublicHolidays(), and each
 * (country, region, year) is computed once into a set of days, so the minute-by-minute tips check only looks
 * a day up in a Set.
 */
export interface PublicHolidays {
  /** The holiday's name on `day` ("YYYY-MM-DD") in that country and region, or undefined on a working day. */
  holidayOn(day: string, country: string, region?: string): string | undefined;
  /** Every country, by code ("FR" → "France"), in the reader's language. */
  countries(locale: Locale): readonly Place[];
  /** The regions of a country that have holidays of their own (["67", "Bas-Rhin"]…); empty when it has none. */
  regions(country: string, locale: Locale): readonly Place[];
}

export interface Place {
  readonly code: string;
  readonly name: string;
}

export const DEFAULT_HOLIDAY_COUNTRY = "FR";

/** What a calendar library instance answers, as used here. */
interface Calendar {
  getHolidays(year: number, language?: string): { date: string; start: Date; end: Date; name: string; type: string }[];
  getCountries(language?: string): Record<string, string> | undefined;
  getStates(country: string, language?: string): Record<string, string> | undefined;
}
type CalendarClass = new (country?: string, state?: string, options?: { types?: string[] }) => Calendar;

let loading: Promise<PublicHolidays> | undefined;

/** Loads date-holidays once per process; later calls share the same instance. */
export function loadPublicHolidays(): Promise<PublicHolidays> {
  loading ??= import("date-holidays").then(({ default: Holidays }) => calendarFrom(Holidays as CalendarClass));
  return loading;
}

function calendarFrom(Holidays: CalendarClass): PublicHolidays {
  const byPlace = new Map<string, Calendar>();
  const byYear = new Map<string, ReadonlyMap<string, string>>();
  const lists = new Map<string, readonly Place[]>();
  const calendar = (country: string, region?: string) => {
    const key = `${country}/${region ?? ""}`;
    let found = byPlace.get(key);
    if (!found) {
      // Public holidays only: days off for everyone, not observances (Mother's Day) or bank-only days.
      found = new Holidays(country, ...(region ? [region] : []), { types: ["public"] });
      byPlace.set(key, found);
    }
    return found;
  };
  const sorted = (entries: Record<string, string> | undefined): readonly Place[] =>
    Object.entries(entries ?? {})
      .map(([code, name]) => ({ code, name }))
      .sort((a, b) => a.name.localeCompare(b.name));
  return {
    holidayOn(day, country, region) {
      const year = Number(day.slice(0, 4));
      const key = `${country}/${region ?? ""}/${year}`;
      let days = byYear.get(key);
      if (!days) {
        const map = new Map<string, string>();
        for (const holiday of calendar(country, region).getHolidays(year, "fr")) {
          if (holiday.type !== "public") continue;
          // Most last one day; a few span several (from `start` to `end`, exclusive).
          const span = Math.max(1, Math.round((holiday.end.getTime() - holiday.start.getTime()) / 86_400_000));
          for (let offset = 0; offset < span; offset++)
            map.set(addDay(holiday.date.slice(0, 10), offset), holiday.name);
        }
        days = map;
        byYear.set(key, days);
      }
      return days.get(day);
    },
    countries(locale) {
      const key = `countries/${locale}`;
      let list = lists.get(key);
      if (!list) {
        list = sorted(new Holidays().getCountries(locale));
        lists.set(key, list);
      }
      return list;
    },
    regions(country, locale) {
      const key = `regions/${country}/${locale}`;
      let list = lists.get(key);
      if (!list) {
        list = sorted(new Holidays().getStates(country, locale));
        lists.set(key, list);
      }
      return list;
    },
  };
}

/** The code of a typed place: its code or its name, case and accents ignored ("fr", "France" → "FR"). */
export function findPlace(places: readonly Place[], typed: string): Place | undefined {
  const folded = foldText(typed);
  if (folded === "") return undefined;
  return (
    places.find((place) => place.code.toLowerCase() === typed.trim().toLowerCase()) ??
    places.find((place) => foldText(place.name) === folded) ??
    places.find((place) => foldText(place.name).endsWith(` ${folded}`))
  );
}

/** Places matching what is typed, for autocomplete: code or name, codes first. */
export function searchPlaces(places: readonly Place[], typed: string, limit = 25): Place[] {
  const folded = foldText(typed);
  if (folded === "") return places.slice(0, limit);
  const exact = places.filter((place) => place.code.toLowerCase() === typed.trim().toLowerCase());
  const named = places.filter((place) => !exact.includes(place) && foldText(place.name).includes(folded));
  return [...exact, ...named].slice(0, limit);
}

function addDay(day: string, count: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + count * 86_400_000).toISOString().slice(0, 10);
}
