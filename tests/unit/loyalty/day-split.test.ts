import { describe, expect, it } from "vitest";
import { epochDayIso, splitDays } from "@/lib/loyalty/day-split";

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

describe("splitDays", () => {
  it("periods from New York midnights: the bounds' UTC days are edges, the whole days between are summed", () => {
    const bounds = [new Date("2026-06-07T04:00:00Z"), new Date("2026-09-05T04:00:00Z"), new Date("2026-12-04T05:00:00Z")];
    const split = splitDays(bounds, new Date("2026-12-03T15:00:00Z"), [30, 60, 90]);
    expect(split.firstDay).toBe(day("2026-06-08"));
    expect(split.endDay).toBe(day("2026-12-04"));
    expect(split.edgeDays).toEqual([day("2026-06-07"), day("2026-09-05"), day("2026-12-04")]);
    // asOf − 30, 60, 90 days of 24 hours.
    expect(split.cutDays).toEqual([day("2026-09-04"), day("2026-10-04"), day("2026-11-03")]);
  });

  it("bounds at UTC midnights have no edge days", () => {
    const split = splitDays([new Date("2026-11-01T00:00:00Z"), new Date("2026-12-01T00:00:00Z")], new Date("2026-12-01T00:00:00Z"), [30]);
    expect(split).toEqual({ firstDay: day("2026-11-01"), endDay: day("2026-12-01"), edgeDays: [], cutDays: [day("2026-11-01")] });
  });

  it("a period inside one day: no whole day, its day is an edge", () => {
    const split = splitDays([new Date("2026-11-10T08:00:00Z"), new Date("2026-11-10T20:00:00Z")], new Date("2026-12-01T12:00:00Z"), [30]);
    expect(split.firstDay).toBeGreaterThanOrEqual(split.endDay);
    expect(split.edgeDays).toEqual([day("2026-11-10")]);
  });

  it("epochDayIso", () => {
    expect(epochDayIso(day("2026-03-08"))).toBe("2026-03-08");
    expect(epochDayIso(0)).toBe("1970-01-01");
  });
});
