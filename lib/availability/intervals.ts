// Helpers on half-open epoch-ms intervals [start, end). "Normalized" lists are sorted by
// start, disjoint and non-touching, with no empty intervals: what mergeIntervals returns.
import type { Interval } from "./types";

/** Sorts a copy and merges overlapping or touching intervals; empty ones are dropped. */
export function mergeIntervals(intervals: readonly Interval[]): Interval[] {
  const sorted = intervals.filter((i) => i.end > i.start).sort((x, y) => x.start - y.start);
  const out: Interval[] = [];
  for (const { start, end } of sorted) {
    const last = out[out.length - 1];
    if (last && start <= last.end) {
      if (end > last.end) last.end = end;
    } else {
      out.push({ start, end });
    }
  }
  return out;
}

/** The parts of `from` not covered by `remove`; both normalized. Linear two-pointer sweep. */
export function subtractIntervals(from: readonly Interval[], remove: readonly Interval[]): Interval[] {
  const out: Interval[] = [];
  let j = 0;
  for (const { start, end } of from) {
    let cursor = start;
    // Removals ending before this interval can't touch it or any later one.
    while (j < remove.length && remove[j]!.end <= cursor) j++;
    let k = j;
    while (k < remove.length && remove[k]!.start < end) {
      const r = remove[k]!;
      if (r.start > cursor) out.push({ start: cursor, end: r.start });
      if (r.end > cursor) cursor = r.end;
      if (cursor >= end) break;
      k++;
    }
    if (cursor < end) out.push({ start: cursor, end });
  }
  return out;
}

/** Intersection of a normalized list with [lo, hi). */
export function clipIntervals(intervals: readonly Interval[], lo: number, hi: number): Interval[] {
  const out: Interval[] = [];
  for (const { start, end } of intervals) {
    const s = Math.max(start, lo);
    const e = Math.min(end, hi);
    if (s < e) out.push({ start: s, end: e });
  }
  return out;
}

/** Grows each interval by `before` at the start and `after` at the end, then re-normalizes. */
export function expandIntervals(intervals: readonly Interval[], before: number, after: number): Interval[] {
  return mergeIntervals(intervals.map(({ start, end }) => ({ start: start - before, end: end + after })));
}

/** Whether two half-open intervals share at least one instant. */
export function overlaps(a: Interval, b: Interval): boolean {
  return a.start < b.end && b.start < a.end;
}
