// Enumerates the starts on the local-clock step grid inside allowed start ranges, with
// integer arithmetic: the zone offset is looked up once per range and per DST transition.
import { DAY_MS } from "./local-date";
import type { Interval } from "./types";
import type { ZoneTimeline } from "./zone-timeline";

/**
 * Appends to `out`, in ascending order, every instant s in the normalized `allowed` ranges
 * whose local time (at s's own offset) is a whole multiple of `stepMs` after local midnight.
 */
export function pushGridStarts(out: number[], allowed: readonly Interval[], stepMs: number, timeline: ZoneTimeline): void {
  for (const range of allowed) {
    let from = range.start;
    while (from < range.end) {
      // Within [from, to) the offset is constant, so wall time = instant + offset.
      const offset = timeline.offsetAt(from);
      const to = Math.min(range.end, timeline.nextTransitionAfter(from));
      pushSegment(out, from, to, offset, stepMs);
      from = to;
    }
  }
}

function pushSegment(out: number[], from: number, to: number, offset: number, stepMs: number): void {
  const wall = from + offset;
  let dayStart = Math.floor(wall / DAY_MS) * DAY_MS;
  // The grid restarts at each local midnight, which matters when the step doesn't divide a day.
  let sinceMidnight = Math.ceil((wall - dayStart) / stepMs) * stepMs;
  if (sinceMidnight >= DAY_MS) {
    dayStart += DAY_MS;
    sinceMidnight = 0;
  }
  for (;;) {
    const start = dayStart + sinceMidnight - offset;
    if (start >= to) return;
    out.push(start);
    sinceMidnight += stepMs;
    if (sinceMidnight >= DAY_MS) {
      dayStart += DAY_MS;
      sinceMidnight = 0;
    }
  }
}
