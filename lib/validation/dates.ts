import { z } from "zod";

// Every date or instant from outside is held to these years before any arithmetic: the
// engine's local-date maths round-trips only four-digit years (9999-12-31 + 1 day threw a
// RangeError) and PostgreSQL refuses some ancient ones (year 1 → SQLSTATE 22008). Real
// bookings live far inside; each salon's booking horizon narrows it further.

export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;
export const DATE_RANGE_MESSAGE = `Please choose a date between ${MIN_YEAR} and ${MAX_YEAR}`;

const MIN_INSTANT_MS = Date.UTC(MIN_YEAR, 0, 1);
const END_INSTANT_MS = Date.UTC(MAX_YEAR + 1, 0, 1);
const LOCAL_DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** An epoch-ms instant from 2000-01-01T00:00Z up to (not including) 2101-01-01T00:00Z. */
export function isSupportedInstant(ms: number): boolean {
  return Number.isFinite(ms) && ms >= MIN_INSTANT_MS && ms < END_INSTANT_MS;
}

/** A real calendar date "YYYY-MM-DD" in years 2000–2100. */
export function isSupportedLocalDate(date: string): boolean {
  const m = LOCAL_DATE_RE.exec(date);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < MIN_YEAR || year > MAX_YEAR) return false;
  const utc = new Date(Date.UTC(year, month - 1, day));
  return utc.getUTCMonth() === month - 1 && utc.getUTCDate() === day;
}

/** "YYYY-MM-DD" in the supported years. A malformed date gets only `message`. */
export function localDateSchema(message = "Not a valid date") {
  return z.iso.date({ message, abort: true }).refine(isSupportedLocalDate, DATE_RANGE_MESSAGE);
}

/** An ISO 8601 instant with an offset ("…Z", "…+01:00") in the supported years. */
export function instantSchema(message = "Not a valid time") {
  return z.iso.datetime({ offset: true, message, abort: true }).refine((s) => isSupportedInstant(Date.parse(s)), DATE_RANGE_MESSAGE);
}
