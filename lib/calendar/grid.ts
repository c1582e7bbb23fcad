import { instantToLocalParts, localDateTimeToInstant, weekdayOfLocalDate } from "@/lib/availability/time-zone";
import { clipIntervals, mergeIntervals, subtractIntervals } from "@/lib/availability/intervals";
import type { Interval, WeeklyRule } from "@/lib/availability/types";
import { calendarDates, dayBounds, localDateOf, type CalendarView } from "./dates";
import { assignLanes } from "./lanes";

// The calendar grid, pure: which bookings fall on which day and where, when each therapist works
// (white), is off (time off inside their hours) or not working (the rest). Set arithmetic runs on
// instants, so a DST day is as long as it really is; positions are wall-clock minutes of the
// salon's day (0–1440), what the clock on the salon's wall shows, like every paper diary.

/** Minutes after local midnight, half-open; 1440 is the next midnight. */
export type MinuteSpan = { start: number; end: number };

export type CalendarTherapist = { id: string; name: string; rules: readonly WeeklyRule[]; timeOff: readonly { startsAt: Date; endsAt: Date; reason: string | null }[] };
export type CalendarBooking = { id: string; therapistId: string; startsAt: Date; endsAt: Date };

export type CalendarBlock<T> = MinuteSpan & { booking: T; lane: number; lanes: number; startsBefore: boolean; endsAfter: boolean };
/** One therapist's day: when they are available, and their time off (whole, with its reason). */
export type TherapistDay = { therapistId: string; available: MinuteSpan[]; timeOff: (MinuteSpan & { reason: string | null })[] };
/** A column of the grid: one therapist on one day (day view), or all shown therapists (week view). */
export type CalendarColumn<T> = { key: string; date: string; therapistIds: string[]; available: MinuteSpan[]; timeOff: MinuteSpan[]; blocks: CalendarBlock<T>[] };
export type CalendarDay<T> = { date: string; isToday: boolean; therapists: TherapistDay[]; columns: CalendarColumn<T>[]; bookings: CalendarBlock<T>[] };

export type CalendarModel<T> = {
  view: CalendarView;
  dates: string[];
  days: CalendarDay<T>[];
  /** The hours the grid shows, whole hours around everything there is to see. */
  window: MinuteSpan;
  /** The current time when a shown day is today. */
  now: { date: string; minute: number } | null;
};

export type BuildCalendarInput<T> = { view: CalendarView; date: string; timeZone: string; now: Date; therapists: readonly CalendarTherapist[]; bookings: readonly T[] };

const DEFAULT_WINDOW: MinuteSpan = { start: 9 * 60, end: 17 * 60 };
const MIN_WINDOW_MINUTES = 4 * 60;

/** An instant interval as wall-clock minutes of the day it is clipped to, or null when outside it. */
export function toMinuteSpan(interval: Interval, day: Interval, timeZone: string): MinuteSpan | null {
  const start = Math.max(interval.start, day.start);
  const end = Math.min(interval.end, day.end);
  if (end <= start) return null;
  const from = instantToLocalParts(start, timeZone).minuteOfDay;
  let to = end >= day.end ? 1440 : instantToLocalParts(end, timeZone).minuteOfDay;
  // Across a fall-back hour the wall clock runs backwards: keep the real length.
  if (to <= from) to = Math.min(1440, from + Math.ceil((end - start) / 60_000));
  return { start: from, end: to };
}

/** A therapist's working hours on a local date, as instants: their rules for that weekday, merged. */
export function workingIntervals(rules: readonly WeeklyRule[], date: string, timeZone: string): Interval[] {
  const weekday = weekdayOfLocalDate(date);
  return mergeIntervals(
    rules.filter((r) => r.weekday === weekday).map((r) => ({ start: localDateTimeToInstant(date, r.startMinute, timeZone), end: localDateTimeToInstant(date, r.endMinute, timeZone) })),
  );
}

type TherapistInstants = { available: Interval[]; offDuringWork: Interval[] };

function therapistInstants(t: CalendarTherapist, date: string, day: Interval, timeZone: string): TherapistInstants {
  const work = workingIntervals(t.rules, date, timeZone);
  const off = clipIntervals(mergeIntervals(t.timeOff.map((o) => ({ start: o.startsAt.getTime(), end: o.endsAt.getTime() }))), day.start, day.end);
  const available = subtractIntervals(work, off);
  return { available, offDuringWork: subtractIntervals(work, available) };
}

function spans(intervals: readonly Interval[], day: Interval, timeZone: string): MinuteSpan[] {
  return intervals.map((i) => toMinuteSpan(i, day, timeZone)).filter((s): s is MinuteSpan => s !== null);
}

function blocksOf<T extends CalendarBooking>(bookings: readonly T[], day: Interval, timeZone: string): CalendarBlock<T>[] {
  const placed = bookings.flatMap((booking) => {
    const span = toMinuteSpan({ start: booking.startsAt.getTime(), end: booking.endsAt.getTime() }, day, timeZone);
    return span ? [{ ...span, booking, startsBefore: booking.startsAt.getTime() < day.start, endsAfter: booking.endsAt.getTime() > day.end }] : [];
  });
  return assignLanes(placed).sort((a, b) => a.start - b.start || a.lane - b.lane);
}

function column<T extends CalendarBooking>(key: string, date: string, members: readonly CalendarTherapist[], instants: Map<string, TherapistInstants>, bookings: readonly T[], day: Interval, timeZone: string): CalendarColumn<T> {
  const ids = new Set(members.map((t) => t.id));
  const available = mergeIntervals(members.flatMap((t) => instants.get(t.id)!.available));
  // Shaded as time off where someone was due to work but is off and nobody else is available.
  const off = subtractIntervals(mergeIntervals(members.flatMap((t) => instants.get(t.id)!.offDuringWork)), available);
  return {
    key,
    date,
    therapistIds: [...ids],
    available: spans(available, day, timeZone),
    timeOff: spans(off, day, timeZone),
    blocks: blocksOf(bookings.filter((b) => ids.has(b.therapistId)), day, timeZone),
  };
}

/** The whole hours around every span shown, at least four hours; 9–17 for an empty calendar. */
export function visibleWindow(shown: readonly MinuteSpan[]): MinuteSpan {
  if (shown.length === 0) return DEFAULT_WINDOW;
  let start = Math.floor(Math.min(...shown.map((s) => s.start)) / 60) * 60;
  let end = Math.ceil(Math.max(...shown.map((s) => s.end)) / 60) * 60;
  if (end - start < MIN_WINDOW_MINUTES) {
    end = Math.min(1440, start + MIN_WINDOW_MINUTES);
    start = Math.max(0, end - MIN_WINDOW_MINUTES);
  }
  return { start, end };
}

export function buildCalendar<T extends CalendarBooking>(input: BuildCalendarInput<T>): CalendarModel<T> {
  const { view, timeZone, therapists, bookings } = input;
  const dates = calendarDates(view, input.date);
  const today = localDateOf(input.now, timeZone);
  const days = dates.map((date): CalendarDay<T> => {
    const day = dayBounds(date, timeZone);
    const instants = new Map(therapists.map((t) => [t.id, therapistInstants(t, date, day, timeZone)]));
    const columns =
      view === "day" ? therapists.map((t) => column(`${date}:${t.id}`, date, [t], instants, bookings, day, timeZone)) : [column(date, date, therapists, instants, bookings, day, timeZone)];
    return {
      date,
      isToday: date === today,
      therapists: therapists.map((t) => ({
        therapistId: t.id,
        available: spans(instants.get(t.id)!.available, day, timeZone),
        timeOff: t.timeOff.flatMap((o) => {
          const span = toMinuteSpan({ start: o.startsAt.getTime(), end: o.endsAt.getTime() }, day, timeZone);
          return span ? [{ ...span, reason: o.reason }] : [];
        }),
      })),
      columns,
      bookings: blocksOf(bookings.filter((b) => therapists.some((t) => t.id === b.therapistId)), day, timeZone),
    };
  });
  const shown = days.flatMap((d) => d.columns.flatMap((c) => [...c.available, ...c.timeOff, ...c.blocks]));
  return {
    view,
    dates,
    days,
    window: visibleWindow(shown),
    now: dates.includes(today) ? { date: today, minute: instantToLocalParts(input.now.getTime(), timeZone).minuteOfDay } : null,
  };
}
