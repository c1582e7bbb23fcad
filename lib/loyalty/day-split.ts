import { DAY_MS } from "@/lib/availability/local-date";

/**
 * How a set of periods' bookings is read (period-bookings.ts): from the sums kept per UTC day of
 * the session's start and of its end (BookingFactDay), or from the bookings' own rows
 * (BookingFact). Days are UTC epoch days.
 *
 * - Edge days: the day of each bound that is not a UTC midnight. A day's sums cannot be split
 *   between two periods, or between a period and outside it, so those bookings are read one by one.
 * - Cut days: for each rebooking window of d days, the day of `asOf − d`: a session counts towards
 *   the window if it ended by then, which the sums of a session that ended on that same day
 *   cannot tell. Those bookings are read one by one too (sessions last less than a day: the
 *   booking table's check constraint).
 * - Summed days: the whole days inside the periods, less the sums of sessions that ended on a
 *   cut day (those are read one by one). Every booking of the periods is read exactly once, from
 *   the sums or from its row.
 */
export type DaySplit = {
  /** Whole UTC days [firstDay, endDay) inside the periods. */
  firstDay: number;
  endDay: number;
  edgeDays: number[];
  cutDays: number[];
};

export function splitDays(bounds: readonly Date[], asOf: Date, windowDays: readonly number[]): DaySplit {
  const start = bounds[0]!.getTime();
  const end = bounds[bounds.length - 1]!.getTime();
  const edgeDays = [...new Set(bounds.filter((b) => b.getTime() % DAY_MS !== 0).map((b) => Math.floor(b.getTime() / DAY_MS)))].sort((a, b) => a - b);
  const cutDays = [...new Set(windowDays.map((d) => Math.floor((asOf.getTime() - d * DAY_MS) / DAY_MS)))].sort((a, b) => a - b);
  return { firstDay: Math.ceil(start / DAY_MS), endDay: Math.floor(end / DAY_MS), edgeDays, cutDays };
}

/** An epoch day as the SQL date literal the sums are keyed by. */
export function epochDayIso(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}
