import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { localDateTimeToInstant, zonedOffsetMinutes } from "@/lib/availability/time-zone";
import { buildZoneTimeline } from "@/lib/availability/zone-timeline";
import { DAY_MS } from "@/lib/availability/local-date";
import { dateOf, dayArb, zoneArb } from "./zone-arbitrary";

const iso = (s: string) => Date.parse(s);

describe("buildZoneTimeline", () => {
  it("matches the Intl-based functions it replaces", () => {
    fc.assert(
      fc.property(zoneArb, dayArb, fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 1440 }), (zone, day, days, minute) => {
        const from = day * DAY_MS - 2 * DAY_MS;
        const to = (day + days + 2) * DAY_MS;
        const timeline = buildZoneTimeline(zone, from, to);
        for (let d = day; d <= day + days; d += Math.max(1, Math.floor(days / 5))) {
          const wall = d * DAY_MS + minute * 60_000;
          expect(timeline.wallToInstant(wall)).toBe(localDateTimeToInstant(dateOf(d), minute, zone));
          const t = wall - 7 * 3_600_000;
          expect(timeline.offsetAt(t)).toBe(zonedOffsetMinutes(t, zone) * 60_000);
          const next = timeline.nextTransitionAfter(t);
          if (next !== Infinity) {
            expect(zonedOffsetMinutes(next, zone)).not.toBe(zonedOffsetMinutes(next - 1000, zone));
            expect(zonedOffsetMinutes(next - 1000, zone)).toBe(zonedOffsetMinutes(t, zone));
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it.each([
    ["America/New_York", "2026-03-08T07:00:00Z"],
    ["America/New_York", "2026-11-01T06:00:00Z"],
    ["Europe/London", "2026-03-29T01:00:00Z"],
    ["Australia/Lord_Howe", "2026-10-03T15:30:00Z"],
    ["Australia/Lord_Howe", "2026-04-04T15:00:00Z"],
  ])("pins the %s transition at %s to the second", (zone, at) => {
    const timeline = buildZoneTimeline(zone, iso(at) - 20 * DAY_MS, iso(at) + 20 * DAY_MS);
    expect(timeline.nextTransitionAfter(iso(at) - 5 * DAY_MS)).toBe(iso(at));
    expect(timeline.nextTransitionAfter(iso(at))).toBe(Infinity);
  });
});
