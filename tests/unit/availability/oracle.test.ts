import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeAvailability } from "@/lib/availability";
import { addDaysToLocalDate, instantToLocalParts, localDateTimeToInstant } from "@/lib/availability/time-zone";
import type { AvailabilityQuery, Slot } from "@/lib/availability";
import { DATES, DAY, fitsInABlock, isFree, MIN, queryArb, workingBlocks, ZONES } from "./query-arbitrary";

/** Slow reference: tries every whole minute of the range, minute by minute. */
function referenceAvailability(q: AvailabilityQuery): Slot[] {
  if (q.fromDate > q.toDate) return [];
  const earliest = q.now + q.minNoticeMinutes * MIN;
  const latest = q.now + q.horizonDays * DAY;
  const blocks = new Map(q.therapists.map((t) => [t.therapistId, workingBlocks(q, t)]));
  const first = localDateTimeToInstant(q.fromDate, 0, q.timeZone);
  const last = localDateTimeToInstant(addDaysToLocalDate(q.toDate, 1), 0, q.timeZone);
  const slots: Slot[] = [];
  for (let s = first; s < last; s += MIN) {
    if (s < earliest || s >= latest) continue;
    if (instantToLocalParts(s, q.timeZone).minuteOfDay % q.stepMinutes !== 0) continue;
    const ids = q.therapists
      .filter((t) => fitsInABlock(q, blocks.get(t.therapistId)!, s) && isFree(q, t, s))
      .map((t) => t.therapistId)
      .sort();
    if (ids.length > 0) slots.push({ start: s, therapistIds: ids });
  }
  return slots;
}

describe("computeAvailability against a brute-force reference", () => {
  it("agrees with a minute-by-minute reference implementation", () => {
    fc.assert(
      fc.property(queryArb, (q) => {
        expect(computeAvailability(q)).toEqual(referenceAvailability(q));
      }),
      { numRuns: 300 },
    );
  });

  it("agrees with the reference on a dense, DST-heavy scenario", () => {
    const rules = [0, 1, 2, 3, 4, 5, 6].flatMap((weekday) => [
      { weekday, startMinute: 0, endMinute: 240 },
      { weekday, startMinute: 90, endMinute: 150 },
      { weekday, startMinute: 540, endMinute: 1440 },
    ]);
    // Steps that don't divide the 30- or 60-minute shifts catch a grid that ignores the transition.
    for (const timeZone of ZONES) {
      for (const date of DATES) {
        for (const stepMinutes of [15, 25, 45]) {
          const q: AvailabilityQuery = {
            timeZone, fromDate: date, toDate: date,
            service: { durationMinutes: 30, bufferBeforeMinutes: 0, bufferAfterMinutes: 0 },
            therapists: [{ therapistId: "t", rules, busy: [], timeOff: [] }],
            stepMinutes, minNoticeMinutes: 0, horizonDays: 400, now: Date.parse("2026-01-01T00:00:00Z"),
          };
          expect(computeAvailability(q)).toEqual(referenceAvailability(q));
        }
      }
    }
  });
});
