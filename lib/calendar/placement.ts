import type { CalendarView } from "./dates";
import type { MinuteSpan } from "./grid";

// Where things sit on the rendered grid. The grid is CSS grid rows of ROW_MINUTES each, placed
// with row-start/row-end classes (app/globals.css lists them for Tailwind): no inline styles,
// which the content security policy would refuse, and no script needed.

export const ROW_MINUTES = 5;
/** Lanes share a column's 12 sub-columns (1, 2, 3, 4 and 6 lanes divide it evenly). */
export const LANE_COLUMNS = 12;

/** Grid lines (1-based, CSS) of a span inside the window; null when it is outside. */
export function rowsOf(span: MinuteSpan, window: MinuteSpan): { start: number; end: number } | null {
  const from = Math.max(span.start, window.start);
  const to = Math.min(span.end, window.end);
  if (to <= from) return null;
  const start = Math.floor((from - window.start) / ROW_MINUTES) + 1;
  return { start, end: Math.max(start + 1, Math.ceil((to - window.start) / ROW_MINUTES) + 1) };
}

export function rowCount(window: MinuteSpan): number {
  return Math.ceil((window.end - window.start) / ROW_MINUTES);
}

/** Sub-columns (1-based start, span) of lane `lane` of `lanes`; the last lane takes what is left. */
export function laneColumns(lane: number, lanes: number): { start: number; span: number } {
  const n = Math.min(Math.max(lanes, 1), LANE_COLUMNS);
  const width = Math.floor(LANE_COLUMNS / n);
  const index = Math.min(lane, n - 1);
  const start = index * width + 1;
  return { start, span: index === n - 1 ? LANE_COLUMNS - (start - 1) : width };
}

/** The calendar page's URL for a view, date and therapist filter. */
export function calendarHref(salon: string, query: { view: CalendarView; date: string; therapistId?: string | null }): string {
  const search = new URLSearchParams({ view: query.view, date: query.date });
  if (query.therapistId) search.set("therapist", query.therapistId);
  return `/staff/${salon}/calendar?${search.toString()}`;
}

