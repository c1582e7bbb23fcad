import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDaysToLocalDate, weekdayOfLocalDate } from "@/lib/availability/time-zone";
import { DAY_MS } from "@/lib/availability/local-date";

describe("local date arithmetic", () => {
  it.each([
    ["2026-02-28", 1, "2026-03-01"],
    ["2024-02-28", 1, "2024-02-29"],
    ["2000-02-28", 1, "2000-02-29"],
    ["1900-02-28", 1, "1900-03-01"],
    ["2026-12-31", 1, "2027-01-01"],
    ["2026-03-01", -1, "2026-02-28"],
    ["2026-03-08", 0, "2026-03-08"],
    ["2026-01-01", 365, "2027-01-01"],
  ])("%s + %i days = %s", (date, n, expected) => {
    expect(addDaysToLocalDate(date, n)).toBe(expected);
  });

  it.each([
    ["1970-01-01", 4],
    ["2026-03-08", 0],
    ["2026-03-07", 6],
    ["2026-11-01", 0],
    ["2026-06-01", 1],
  ])("%s is weekday %i", (date, weekday) => {
    expect(weekdayOfLocalDate(date)).toBe(weekday);
  });

  it("agrees with Date's UTC calendar", () => {
    fc.assert(
      fc.property(fc.integer({ min: -200_000, max: 200_000 }), fc.integer({ min: -1000, max: 1000 }), (day, n) => {
        const date = new Date(day * DAY_MS).toISOString().slice(0, 10);
        const expected = new Date((day + n) * DAY_MS);
        expect(addDaysToLocalDate(date, n)).toBe(expected.toISOString().slice(0, 10));
        expect(weekdayOfLocalDate(date)).toBe(new Date(day * DAY_MS).getUTCDay());
      }),
    );
  });
});
