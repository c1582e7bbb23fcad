import { describe, expect, it } from "vitest";
import { computeAvailability } from "@/lib/availability";
import type { Interval } from "@/lib/availability";
import { at, MIN, query, rule, span, therapist, times, withIds } from "./engine-fixtures";

describe("computeAvailability (several therapists and days)", () => {
  it("lists every free therapist per start, ids sorted", () => {
    const slots = computeAvailability(query({
      therapists: [therapist("zoe", [rule("10:00", "13:00")]), therapist("amy", [rule("09:00", "12:00")])],
    }));
    expect(withIds(slots)).toEqual(["09:00 amy", "10:00 amy,zoe", "11:00 amy,zoe", "12:00 zoe"]);
  });

  it("skips a therapist who is busy at that start", () => {
    const slots = computeAvailability(query({
      therapists: [
        therapist("amy", [rule("09:00", "12:00")], { busy: [span("10:00", "11:00")] }),
        therapist("bea", [rule("09:00", "12:00")]),
      ],
    }));
    expect(withIds(slots)).toEqual(["09:00 amy,bea", "10:00 bea", "11:00 amy,bea"]);
  });

  it("walks every date in the range and only uses each date's weekday rules", () => {
    const slots = computeAvailability(query({
      fromDate: "2026-05-31", toDate: "2026-06-03",
      therapists: [therapist("t1", [rule("09:00", "11:00", 1), rule("14:00", "15:00", 3)])],
    }));
    expect(slots.map((s) => s.start)).toEqual([at("09:00"), at("10:00"), at("14:00", "2026-06-03")]);
  });

  it.each([
    ["step 0", { stepMinutes: 0 }],
    ["zero duration", { service: { durationMinutes: 0, bufferBeforeMinutes: 0, bufferAfterMinutes: 0 } }],
    ["negative buffer", { service: { durationMinutes: 30, bufferBeforeMinutes: -5, bufferAfterMinutes: 0 } }],
    ["bad date", { fromDate: "2026-06-31" }],
    ["bad zone", { timeZone: "Mars/Olympus_Mons" }],
  ])("rejects %s", (_, overrides) => {
    expect(() => computeAvailability(query({ therapists: [therapist("t1", [rule("09:00", "12:00")])], ...overrides }))).toThrow(RangeError);
  });

  it.each([
    { weekday: 7, startMinute: 540, endMinute: 600 },
    { weekday: 1, startMinute: 600, endMinute: 600 },
    { weekday: 1, startMinute: 600, endMinute: 1441 },
  ])("rejects rule %j", (bad) => {
    expect(() => computeAvailability(query({ therapists: [therapist("t1", [bad])] }))).toThrow(RangeError);
  });

  it("is unaffected by busy intervals given out of order or overlapping", () => {
    const busy = [span("11:00", "11:30"), span("09:30", "10:15"), span("09:45", "10:00")];
    const sorted = [span("09:30", "10:15"), span("11:00", "11:30")];
    const run = (b: Interval[]) => computeAvailability(query({ stepMinutes: 15, therapists: [therapist("t1", [rule("09:00", "13:00")], { busy: b })] }));
    expect(run(busy)).toEqual(run(sorted));
    expect(times(run(busy))).toEqual(["11:30", "11:45", "12:00"]);
  });

  it("keeps evening starts when now + notice is already the next UTC day (zone behind UTC)", () => {
    const slots = computeAvailability(query({ now: at("21:00"), therapists: [therapist("t1", [rule("21:00", "24:00")])] }));
    expect(times(slots)).toEqual(["21:00", "22:00", "23:00"]);
  });

  it("keeps early starts when the horizon ends on the previous UTC day (zone ahead of UTC)", () => {
    const slots = computeAvailability(query({
      timeZone: "Asia/Kolkata", fromDate: "2026-06-01", toDate: "2026-06-02", stepMinutes: 30,
      now: Date.parse("2026-05-31T20:00:00Z"), horizonDays: 1,
      therapists: [therapist("t1", [rule("00:00", "03:00", 2)])],
    }));
    // The horizon is 2026-06-01T20:00Z = 01:30 on 2 June in Kolkata.
    expect(slots.map((s) => new Date(s.start).toISOString())).toEqual([
      "2026-06-01T18:30:00.000Z", "2026-06-01T19:00:00.000Z", "2026-06-01T19:30:00.000Z",
    ]);
  });

  it.each([0, 1, 5])("never returns a start before now + notice (notice %i min)", (notice) => {
    const now = at("09:07") + 123;
    const slots = computeAvailability(query({ stepMinutes: 5, minNoticeMinutes: notice, now, therapists: [therapist("t1", [rule("09:00", "12:00")])] }));
    expect(slots[0]!.start).toBeGreaterThanOrEqual(now + notice * MIN);
    expect(slots[0]!.start - (now + notice * MIN)).toBeLessThan(5 * MIN);
  });
});
