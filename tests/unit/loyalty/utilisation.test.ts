import { describe, expect, it } from "vitest";
import { availableIntervals, totalMinutes, type ZonedRule } from "@/lib/loyalty/utilisation";

// Available hours from weekly rules in the location's zone, the availability engine's way:
// each block resolved on each local date, DST changes included.
const NY = "America/New_York";
const H = 3_600_000;
const at = (iso: string) => new Date(iso).getTime();
const rule = (weekday: number, start: string, end: string, timeZone = NY): ZonedRule => {
  const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));
  return { weekday, startMinute: minutes(start), endMinute: minutes(end), timeZone };
};
const iso = (intervals: { start: number; end: number }[]) => intervals.map((i) => [new Date(i.start).toISOString(), new Date(i.end).toISOString()]);

describe("available intervals", () => {
  it("a weekday block on each of its dates, clipped to the period", () => {
    // Monday 9:00–17:00 in New York; the period runs from Monday 12:00 EDT to the next Monday 10:00 EST.
    const out = availableIntervals([rule(1, "09:00", "17:00")], [], at("2026-10-26T16:00:00Z"), at("2026-11-02T15:00:00Z"));
    expect(iso(out)).toEqual([
      ["2026-10-26T16:00:00.000Z", "2026-10-26T21:00:00.000Z"],
      ["2026-11-02T14:00:00.000Z", "2026-11-02T15:00:00.000Z"],
    ]);
  });

  it("fall-back day (1 November 2026): 01:00–04:00 on the wall is four hours, the repeated 01:00 read as the earlier instant", () => {
    const out = availableIntervals([rule(0, "01:00", "04:00")], [], at("2026-11-01T04:00:00Z"), at("2026-11-02T05:00:00Z"));
    expect(iso(out)).toEqual([["2026-11-01T05:00:00.000Z", "2026-11-01T09:00:00.000Z"]]);
    expect(totalMinutes(out)).toBe(240);
  });

  it("spring-forward day (8 March 2026): 01:00–04:00 on the wall is two hours; 09:00–17:00 stays eight", () => {
    const out = availableIntervals([rule(0, "01:00", "04:00"), rule(0, "09:00", "17:00")], [], at("2026-03-08T05:00:00Z"), at("2026-03-09T04:00:00Z"));
    expect(iso(out)).toEqual([
      ["2026-03-08T06:00:00.000Z", "2026-03-08T08:00:00.000Z"],
      ["2026-03-08T13:00:00.000Z", "2026-03-08T21:00:00.000Z"],
    ]);
  });

  it("time off is taken out; touching and overlapping blocks are merged; rules of two zones add up", () => {
    const rules = [rule(3, "09:00", "13:00"), rule(3, "13:00", "17:00"), rule(3, "12:00", "14:00"), rule(3, "09:00", "10:00", "Europe/London")];
    // Wednesday 4 November 2026: New York is UTC−5, London UTC+0.
    const off = [{ start: at("2026-11-04T16:00:00Z"), end: at("2026-11-04T17:00:00Z") }];
    const out = availableIntervals(rules, off, at("2026-11-04T00:00:00Z"), at("2026-11-05T00:00:00Z"));
    expect(iso(out)).toEqual([
      ["2026-11-04T09:00:00.000Z", "2026-11-04T10:00:00.000Z"],
      ["2026-11-04T14:00:00.000Z", "2026-11-04T16:00:00.000Z"],
      ["2026-11-04T17:00:00.000Z", "2026-11-04T22:00:00.000Z"],
    ]);
    expect(totalMinutes(out)).toBe(8 * 60);
  });

  it("a block to midnight (24:00) ends at the next local midnight; no rules or an empty period give nothing", () => {
    const out = availableIntervals([rule(6, "20:00", "24:00")], [], at("2026-11-07T00:00:00Z"), at("2026-11-09T00:00:00Z"));
    expect(iso(out)).toEqual([["2026-11-08T01:00:00.000Z", "2026-11-08T05:00:00.000Z"]]);
    expect(availableIntervals([], [], 0, 7 * 24 * H)).toEqual([]);
    expect(availableIntervals([rule(1, "09:00", "17:00")], [], 10, 10)).toEqual([]);
  });
});
