import { describe, expect, it } from "vitest";
import { localDateTimeToInstant } from "@/lib/availability/time-zone";
import { formatClock, parseClock, strandedByHours, strandedByTimeOff, ZWeeklyHoursSchema } from "@/lib/hours/weekly-hours";

const NY = "America/New_York";
const session = (id: string, date: string, startMinute: number, minutes = 60) => {
  const start = localDateTimeToInstant(date, startMinute, NY);
  return { id, startsAt: new Date(start), endsAt: new Date(start + minutes * 60_000) };
};

describe("ZWeeklyHoursSchema", () => {
  it("accepts a day in two blocks around a break, and several days", () => {
    expect(ZWeeklyHoursSchema.safeParse([{ weekday: 1, startMinute: 540, endMinute: 720 }, { weekday: 1, startMinute: 780, endMinute: 1020 }, { weekday: 2, startMinute: 600, endMinute: 1140 }]).success).toBe(true);
  });
  it.each([
    [[{ weekday: 1, startMinute: 540, endMinute: 720 }, { weekday: 1, startMinute: 700, endMinute: 900 }], "overlap"],
    [[{ weekday: 1, startMinute: 600, endMinute: 600 }], "end after start"],
    [[{ weekday: 7, startMinute: 600, endMinute: 700 }], "no such weekday"],
    [[{ weekday: 1, startMinute: 600, endMinute: 1441 }], "past midnight"],
  ])("refuses %j (%s)", (blocks) => {
    expect(ZWeeklyHoursSchema.safeParse(blocks).success).toBe(false);
  });
});

describe("clock text", () => {
  it.each([["09:30", 570], ["9:05", 545], ["24:00", 1440], ["00:00", 0]])("%s is %i minutes and back", (text, minutes) => {
    expect(parseClock(text)).toBe(minutes);
    expect(formatClock(minutes)).toBe(text.padStart(5, "0"));
  });
  it.each(["25:00", "12:60", "noon", "", "24:30"])("%j is not a time", (text) => expect(parseClock(text)).toBeNull());
});

describe("strandedByHours", () => {
  // 2026-11-02 is the Monday after New York leaves daylight time: local minutes still decide.
  const monday = [{ weekday: 1, startMinute: 540, endMinute: 720 }, { weekday: 1, startMinute: 780, endMinute: 1020 }];
  it("keeps sessions inside a block, strands those across the break, outside, or on a day off", () => {
    const sessions = [session("inside", "2026-11-02", 600), session("break", "2026-11-02", 690), session("late", "2026-11-02", 990), session("tuesday", "2026-11-03", 600), session("afternoon", "2026-11-02", 780, 240)];
    expect(strandedByHours(sessions, monday, NY).map((s) => s.id)).toEqual(["break", "late", "tuesday"]);
  });
  it("reads local time across the DST change (a 09:00 session in March and in November)", () => {
    const week = [{ weekday: 1, startMinute: 540, endMinute: 600 }];
    expect(strandedByHours([session("before-dst", "2026-03-02", 540), session("after-dst", "2026-03-09", 540)], week, NY)).toEqual([]);
  });
});

describe("strandedByTimeOff", () => {
  it("strands only sessions that overlap the time off", () => {
    const off = { startsAt: new Date(localDateTimeToInstant("2026-12-01", 0, NY)), endsAt: new Date(localDateTimeToInstant("2026-12-02", 0, NY)) };
    const sessions = [session("in", "2026-12-01", 600), session("before", "2026-11-30", 1380), session("after", "2026-12-02", 0), session("across", "2026-11-30", 1410, 60)];
    expect(strandedByTimeOff(sessions, off).map((s) => s.id)).toEqual(["in", "across"]);
  });
});
