import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeAvailability } from "@/lib/availability";
import { instantToLocalParts, zonedOffsetMinutes } from "@/lib/availability/time-zone";
import type { AvailabilityQuery } from "@/lib/availability";
import { DAY, fitsInABlock, isFree, MIN, queryArb, workingBlocks } from "./query-arbitrary";

const byId = (q: AvailabilityQuery, id: string) => q.therapists.find((t) => t.therapistId === id)!;

describe("computeAvailability properties", () => {
  it("(1) no slot's blocked range overlaps a busy or time-off interval of a listed therapist", () => {
    fc.assert(
      fc.property(queryArb, (q) => {
        for (const slot of computeAvailability(q)) {
          for (const id of slot.therapistIds) expect(isFree(q, byId(q, id), slot.start)).toBe(true);
        }
      }),
    );
  });

  it("(2) every slot's session lies within one working block of each listed therapist", () => {
    fc.assert(
      fc.property(queryArb, (q) => {
        const blocks = new Map(q.therapists.map((t) => [t.therapistId, workingBlocks(q, t)]));
        for (const slot of computeAvailability(q)) {
          for (const id of slot.therapistIds) expect(fitsInABlock(q, blocks.get(id)!, slot.start)).toBe(true);
        }
      }),
    );
  });

  it("(3) 'any therapist' is the union of the per-therapist results", () => {
    fc.assert(
      fc.property(queryArb, (q) => {
        const union = new Map<number, string[]>();
        for (const t of q.therapists) {
          for (const slot of computeAvailability({ ...q, therapists: [t] })) {
            expect(slot.therapistIds).toEqual([t.therapistId]);
            union.set(slot.start, [...(union.get(slot.start) ?? []), t.therapistId]);
          }
        }
        const expected = [...union.entries()].sort(([a], [b]) => a - b).map(([start, ids]) => ({ start, therapistIds: ids.sort() }));
        expect(computeAvailability(q)).toEqual(expected);
      }),
    );
  });

  it("(4) results are sorted by start, unique, with sorted non-empty therapist lists", () => {
    fc.assert(
      fc.property(queryArb, (q) => {
        const slots = computeAvailability(q);
        slots.forEach((slot, i) => {
          if (i > 0) expect(slot.start).toBeGreaterThan(slots[i - 1]!.start);
          expect(slot.therapistIds.length).toBeGreaterThan(0);
          expect(slot.therapistIds).toEqual([...new Set(slot.therapistIds)].sort());
        });
      }),
    );
  });

  it("(5) every start is on the local step grid and within notice and horizon", () => {
    fc.assert(
      fc.property(queryArb, (q) => {
        for (const { start } of computeAvailability(q)) {
          expect(instantToLocalParts(start, q.timeZone).minuteOfDay % q.stepMinutes).toBe(0);
          expect((start + zonedOffsetMinutes(start, q.timeZone) * MIN) % MIN).toBe(0);
          expect(start).toBeGreaterThanOrEqual(q.now + q.minNoticeMinutes * MIN);
          expect(start).toBeLessThan(q.now + q.horizonDays * DAY);
        }
      }),
    );
  });
});
