// A zone's UTC offsets over a bounded range, found once with a handful of Intl calls, so the
// engine can convert thousands of times with plain arithmetic instead of one Intl call each.
import { resolveWallTime, zonedOffsetMs } from "./time-zone";

// Offsets are sampled this often and bisected where two samples differ. Two transitions that
// cancel out within one interval would be missed; the tz database has none that close.
const SAMPLE_MS = 12 * 3_600_000;
const SECOND_MS = 1000;

export type ZoneTimeline = {
  /** UTC offset (ms) at an instant; exact outside the covered range too, just slower. */
  offsetAt(instantMs: number): number;
  /** First offset change strictly after the instant, or Infinity if none in the covered range. */
  nextTransitionAfter(instantMs: number): number;
  /** Same result as localDateTimeToInstant, from a wall-clock reading in ms. */
  wallToInstant(wallMs: number): number;
};

/** Builds the timeline covering [fromMs, toMs]. */
export function buildZoneTimeline(timeZone: string, fromMs: number, toMs: number): ZoneTimeline {
  const from = Math.floor(fromMs / SECOND_MS) * SECOND_MS;
  const to = Math.max(from, Math.ceil(toMs / SECOND_MS) * SECOND_MS);
  const offsetOf = (t: number) => zonedOffsetMs(t, timeZone);

  // starts[i] is where offsets[i] takes effect; it holds until starts[i + 1].
  const starts: number[] = [from];
  const offsets: number[] = [offsetOf(from)];

  // Transitions happen on whole seconds; bisect on seconds until the change is pinned down.
  const refine = (a: number, oa: number, b: number, ob: number): void => {
    if (oa === ob) return;
    if (b - a <= SECOND_MS) {
      starts.push(b);
      offsets.push(ob);
      return;
    }
    const mid = a + Math.floor((b - a) / (2 * SECOND_MS)) * SECOND_MS;
    const om = offsetOf(mid);
    refine(a, oa, mid, om);
    refine(mid, om, b, ob);
  };

  let a = from;
  let oa = offsets[0]!;
  while (a < to) {
    const b = Math.min(a + SAMPLE_MS, to);
    const ob = offsetOf(b);
    refine(a, oa, b, ob);
    a = b;
    oa = ob;
  }

  // Index of the span holding t (t within the covered range).
  const spanIndex = (t: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= t) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };

  const offsetAt = (t: number): number => (t < from || t > to ? offsetOf(t) : offsets[spanIndex(t)]!);

  return {
    offsetAt,
    nextTransitionAfter(t) {
      if (t < from) return from;
      const next = starts[spanIndex(Math.min(t, to)) + 1];
      return next === undefined ? Infinity : next;
    },
    wallToInstant: (wallMs) => resolveWallTime(wallMs, offsetAt),
  };
}
