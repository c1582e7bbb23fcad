// The time step's days: a window of consecutive local days between today and the salon's
// booking horizon, each with its free times and, when it has none, why (booked up, nobody
// working, or no time left). Windows are aligned on today so a day always falls in the same one.
import type { Slot, TherapistSchedule } from "@/lib/availability";
import { localDateToEpochDay, DAY_MS } from "@/lib/availability/local-date";
import { addDaysToLocalDate, instantToLocalParts, localDateTimeToInstant, weekdayOfLocalDate } from "@/lib/availability/time-zone";
import { subtractIntervals } from "@/lib/availability/intervals";

/**
 * - free: at least one time can be booked;
 * - full: times would be free but bookings (or holds) took them all;
 * - off: nobody offering the service works that day (the salon is closed, or the chosen
 *   therapist's day off, time off included);
 * - none: someone works, but no time fits (today's hours have passed or are inside the notice,
 *   the service is longer than the hours, the horizon ends mid-day).
 */
export type DayStatus = "free" | "full" | "off" | "none";

export type WindowDay = { date: string; slots: Slot[]; status: DayStatus };

export type DayWindowBounds = {
  today: string;
  /** The last local date with a start inside the horizon. */
  lastDate: string;
  from: string;
  to: string;
  /** First date of the window before and after this one, if there is one. */
  previous: string | null;
  next: string | null;
};

function daysBetween(a: string, b: string): number {
  return localDateToEpochDay(b) - localDateToEpochDay(a);
}

/**
 * Which window of `size` days to show: the one holding `from` (or else `date`), counted from
 * today and kept between today and the horizon's last day.
 */
export function dayWindowBounds(args: { now: number; timeZone: string; horizonDays: number; size: number; from?: string; date?: string }): DayWindowBounds {
  const { now, timeZone, horizonDays, size } = args;
  const today = instantToLocalParts(now, timeZone).date;
  // Starts must lie before now + horizon (the engine's rule), so the last day holds that instant's last millisecond.
  const lastDate = instantToLocalParts(now + Math.max(1, horizonDays) * DAY_MS - 1, timeZone).date;
  const span = daysBetween(today, lastDate);
  const target = args.from ?? args.date ?? today;
  const offset = Math.min(Math.max(daysBetween(today, target), 0), span);
  const start = Math.floor(offset / size) * size;
  const end = Math.min(start + size - 1, span);
  return {
    today,
    lastDate,
    from: addDaysToLocalDate(today, start),
    to: addDaysToLocalDate(today, end),
    previous: start > 0 ? addDaysToLocalDate(today, start - size) : null,
    next: end < span ? addDaysToLocalDate(today, end + 1) : null,
  };
}

/** Every local date from `from` to `to`, inclusive. */
export function datesBetween(from: string, to: string): string[] {
  return Array.from({ length: daysBetween(from, to) + 1 }, (_, i) => addDaysToLocalDate(from, i));
}

/** Whether any of the schedules has working time left on a local date once time off is taken out. */
export function anyoneWorks(date: string, timeZone: string, schedules: readonly Pick<TherapistSchedule, "rules" | "timeOff">[]): boolean {
  const weekday = weekdayOfLocalDate(date);
  return schedules.some((schedule) => {
    const blocks = schedule.rules
      .filter((rule) => rule.weekday === weekday)
      .map((rule) => ({ start: localDateTimeToInstant(date, rule.startMinute, timeZone), end: localDateTimeToInstant(date, rule.endMinute, timeZone) }))
      .filter((block) => block.end > block.start);
    return subtractIntervals(blocks, schedule.timeOff).length > 0;
  });
}

/** Groups slots by local date and says why each date without one has none. */
export function classifyDays(args: {
  dates: readonly string[];
  timeZone: string;
  slots: readonly Slot[];
  /** The same search with existing bookings left out. */
  slotsIgnoringBookings: readonly Slot[];
  schedules: readonly Pick<TherapistSchedule, "rules" | "timeOff">[];
}): WindowDay[] {
  const { dates, timeZone } = args;
  const byDate = (slots: readonly Slot[]) => {
    const map = new Map<string, Slot[]>(dates.map((d) => [d, []]));
    for (const slot of slots) map.get(instantToLocalParts(slot.start, timeZone).date)?.push(slot);
    return map;
  };
  const free = byDate(args.slots);
  const unbooked = byDate(args.slotsIgnoringBookings);
  return dates.map((date): WindowDay => {
    const slots = free.get(date) ?? [];
    if (slots.length > 0) return { date, slots, status: "free" };
    if ((unbooked.get(date) ?? []).length > 0) return { date, slots, status: "full" };
    return { date, slots, status: anyoneWorks(date, timeZone, args.schedules) ? "none" : "off" };
  });
}
