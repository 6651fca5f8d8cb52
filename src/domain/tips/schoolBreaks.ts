import { createHash } from "node:crypto";
import { daysBetween } from "../time.js";

/**
 * The class's holiday periods (« vacances »), set by moderators: no daily tip is posted from `from` to `to`,
 * both included, whatever the posting days. Days are calendar days in the guild's zone ("YYYY-MM-DD").
 */
export interface SchoolBreak {
  readonly from: string;
  readonly to: string;
  /** What the moderator called it ("Vacances de Noël"), if anything. */
  readonly label?: string;
}

export const MAX_BREAKS = 20;
/** A period longer than this is a typo (a year typed wrong), not a holiday. */
export const MAX_BREAK_DAYS = 120;
const MAX_LABEL = 60;

/**
 * "19/12/2026", "19-12-2026", "19.12.2026", "2026-12-19" (and one-digit days or months) → "2026-12-19";
 * undefined for anything else, or a day that does not exist (31/02).
 */
export function parseDay(typed: string): string | undefined {
  const text = typed.trim();
  const french = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const [year, month, day] = french
    ? [Number(french[3]), Number(french[2]), Number(french[1])]
    : iso
      ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
      : [0, 0, 0];
  if (year < 2000 || year > 2100) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

export type BreakProblem =
  | { readonly kind: "invalid-date"; readonly field: "from" | "to"; readonly value: string }
  | { readonly kind: "ends-before-start"; readonly from: string; readonly to: string }
  | { readonly kind: "too-long"; readonly days: number }
  | { readonly kind: "duplicate"; readonly existing: SchoolBreak }
  | { readonly kind: "too-many" };

/** The periods with a new one added, in date order; or every problem with it (nothing is then changed). */
export function addBreak(
  current: readonly SchoolBreak[],
  input: { readonly from: string; readonly to: string; readonly label?: string | null | undefined },
): { ok: true; breaks: SchoolBreak[]; added: SchoolBreak } | { ok: false; problems: BreakProblem[] } {
  const problems: BreakProblem[] = [];
  const from = parseDay(input.from);
  const to = parseDay(input.to);
  if (!from) problems.push({ kind: "invalid-date", field: "from", value: input.from });
  if (!to) problems.push({ kind: "invalid-date", field: "to", value: input.to });
  if (from && to) {
    const length = daysBetween(from, to) + 1;
    if (length < 1) problems.push({ kind: "ends-before-start", from, to });
    else if (length > MAX_BREAK_DAYS) problems.push({ kind: "too-long", days: length });
    const existing = current.find((period) => period.from === from && period.to === to);
    if (existing) problems.push({ kind: "duplicate", existing });
  }
  if (current.length >= MAX_BREAKS) problems.push({ kind: "too-many" });
  if (problems.length > 0 || !from || !to) return { ok: false, problems };
  const label = input.label?.trim().slice(0, MAX_LABEL);
  const added: SchoolBreak = label ? { from, to, label } : { from, to };
  const breaks = [...current, added].sort((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
  return { ok: true, breaks, added };
}

/** The id a period is picked by in `/config vacances retirer`: "2026-12-19_2027-01-03". */
export function breakId(period: SchoolBreak): string {
  return `${period.from}_${period.to}`;
}

/**
 * A short fingerprint of a list of periods (12 characters, fits a custom ID): a confirmation asked about one list
 * clears that list, not one a moderator changed in the meantime.
 */
export function breaksFingerprint(breaks: readonly SchoolBreak[]): string {
  return createHash("sha256")
    .update(breaks.map((period) => `${breakId(period)} ${period.label ?? ""}`).join("\n"))
    .digest("base64url")
    .slice(0, 12);
}

/** The period a typed id (or a typed "from" date) designates, if any. */
export function findBreak(current: readonly SchoolBreak[], typed: string): SchoolBreak | undefined {
  const text = typed.trim();
  return (
    current.find((period) => breakId(period) === text) ??
    current.find((period) => period.from === (parseDay(text) ?? text.split(/\s/)[0]))
  );
}

/** The period `day` falls in, if any. */
export function breakOn(breaks: readonly SchoolBreak[], day: string): SchoolBreak | undefined {
  return breaks.find((period) => period.from <= day && day <= period.to);
}
