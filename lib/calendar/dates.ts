import { z } from "zod";
import { addDaysToLocalDate, instantToLocalParts, localDateTimeToInstant, weekdayOfLocalDate } from "@/lib/availability/time-zone";
import { localDateToEpochDay } from "@/lib/availability/local-date";
import type { Interval } from "@/lib/availability/types";

// Which days a calendar shows, and their bounds as instants. Days are local dates in the salon's
// zone; a day's bounds are its two local midnights resolved in that zone (23 or 25 hours long
// around DST changes), never "midnight + 24 h".

export const CALENDAR_VIEWS = ["day", "week"] as const;
export type CalendarView = (typeof CALENDAR_VIEWS)[number];

export type TCalendarQuery = { view: CalendarView; date: string; therapistId: string | null };

const ZLocalDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((d) => {
  try {
    localDateToEpochDay(d);
    return true;
  } catch {
    return false;
  }
});

/** Far enough for any planning, near enough that every date formats (and no query asks for a century). */
const MAX_YEARS_AWAY = 5;

/**
 * The calendar's query string, forgiving: an unknown view is the day view, a malformed or
 * far-off date is today. The therapist stays as given (the loader checks it is one of the salon's).
 */
export function parseCalendarQuery(search: Record<string, string | string[] | undefined>, today: string): TCalendarQuery {
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const view = one(search.view) === "week" ? "week" : "day";
  const date = ZLocalDate.safeParse(one(search.date));
  const near = date.success && Math.abs(localDateToEpochDay(date.data) - localDateToEpochDay(today)) <= MAX_YEARS_AWAY * 366;
  const therapist = one(search.therapist)?.trim();
  return { view, date: near ? date.data! : today, therapistId: therapist ? therapist : null };
}

/** The dates a view shows: the day, or its week from Monday to Sunday. */
export function calendarDates(view: CalendarView, date: string): string[] {
  if (view === "day") return [date];
  const monday = addDaysToLocalDate(date, -((weekdayOfLocalDate(date) + 6) % 7));
  return Array.from({ length: 7 }, (_, i) => addDaysToLocalDate(monday, i));
}

/** The date `steps` views away (a day, or a week). */
export function stepDate(view: CalendarView, date: string, steps: number): string {
  return addDaysToLocalDate(date, view === "week" ? 7 * steps : steps);
}

/** [local midnight, next local midnight) as instants (ms). */
export function dayBounds(date: string, timeZone: string): Interval {
  return { start: localDateTimeToInstant(date, 0, timeZone), end: localDateTimeToInstant(addDaysToLocalDate(date, 1), 0, timeZone) };
}

/** From the first date's midnight to the midnight after the last date. */
export function rangeBounds(dates: readonly string[], timeZone: string): Interval {
  return { start: dayBounds(dates[0]!, timeZone).start, end: dayBounds(dates[dates.length - 1]!, timeZone).end };
}

/** The local date of an instant in the zone ("today" for the salon). */
export function localDateOf(instant: Date | number, timeZone: string): string {
  return instantToLocalParts(typeof instant === "number" ? instant : instant.getTime(), timeZone).date;
}
