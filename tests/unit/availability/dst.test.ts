import { describe, expect, it } from "vitest";
import { computeAvailability } from "@/lib/availability";
import { formatLocalTime, weekdayOfLocalDate } from "@/lib/availability/time-zone";
import type { AvailabilityQuery, Slot } from "@/lib/availability";

const HOUR = 3_600_000;

function run(timeZone: string, date: string, startMinute: number, endMinute: number, stepMinutes = 60): Slot[] {
  const query: AvailabilityQuery = {
    timeZone,
    fromDate: date,
    toDate: date,
    service: { durationMinutes: 60, bufferBeforeMinutes: 0, bufferAfterMinutes: 0 },
    therapists: [{ therapistId: "t1", rules: [{ weekday: weekdayOfLocalDate(date), startMinute, endMinute }], timeOff: [], busy: [] }],
    stepMinutes,
    minNoticeMinutes: 0,
    horizonDays: 365,
    now: Date.parse("2026-01-01T00:00:00Z"),
  };
  return computeAvailability(query);
}

const labels = (zone: string, slots: Slot[]) => slots.map((s) => formatLocalTime(s.start, zone));
const isoTimes = (slots: Slot[]) => slots.map((s) => new Date(s.start).toISOString().slice(11, 16));

describe("9:00–17:00 on and around DST transitions", () => {
  it.each([
    ["America/New_York", "2026-03-07", "2026-03-07T14:00:00Z", "day before spring-forward (EST)"],
    ["America/New_York", "2026-03-08", "2026-03-08T13:00:00Z", "spring-forward day (EDT)"],
    ["America/New_York", "2026-10-31", "2026-10-31T13:00:00Z", "day before fall-back (EDT)"],
    ["America/New_York", "2026-11-01", "2026-11-01T14:00:00Z", "fall-back day (EST)"],
    ["Europe/London", "2026-03-28", "2026-03-28T09:00:00Z", "day before spring-forward (GMT)"],
    ["Europe/London", "2026-03-29", "2026-03-29T08:00:00Z", "spring-forward day (BST)"],
    ["Europe/London", "2026-10-24", "2026-10-24T08:00:00Z", "day before fall-back (BST)"],
    ["Europe/London", "2026-10-25", "2026-10-25T09:00:00Z", "fall-back day (GMT)"],
    ["Australia/Lord_Howe", "2026-10-04", "2026-10-03T22:00:00Z", "30-minute spring-forward day (+11)"],
    ["Asia/Kolkata", "2026-03-08", "2026-03-08T03:30:00Z", "half-hour offset, no DST"],
  ])("%s %s: first slot %s (%s)", (zone, date, firstUtc) => {
    const slots = run(zone, date, 9 * 60, 17 * 60);
    expect(labels(zone, slots)).toEqual(["09:00", "10:00", "11:00", "12:00", "13:00", "14:00", "15:00", "16:00"]);
    expect(slots.map((s) => s.start)).toEqual(Array.from({ length: 8 }, (_, i) => Date.parse(firstUtc) + i * HOUR));
  });
});

describe("a night block 00:00–04:00 across the transition", () => {
  it.each([
    ["America/New_York", "2026-03-08", ["00:00", "01:00", "03:00"], ["05:00", "06:00", "07:00"], 9],
    ["America/New_York", "2026-11-01", ["00:00", "01:00", "01:00", "02:00", "03:00"], ["04:00", "05:00", "06:00", "07:00", "08:00"], 17],
    ["Europe/London", "2026-03-29", ["00:00", "02:00", "03:00"], ["00:00", "01:00", "02:00"], 9],
    ["Europe/London", "2026-10-25", ["00:00", "01:00", "01:00", "02:00", "03:00"], ["23:00", "00:00", "01:00", "02:00", "03:00"], 17],
    ["Australia/Lord_Howe", "2026-10-04", ["00:00", "01:00", "03:00"], ["13:30", "14:30", "16:00"], 11],
    ["Europe/London", "2026-03-28", ["00:00", "01:00", "02:00", "03:00"], ["00:00", "01:00", "02:00", "03:00"], 13],
  ])("%s %s: hourly %j", (zone, date, local, utc, quarterHourCount) => {
    const hourly = run(zone, date, 0, 240);
    expect(labels(zone, hourly)).toEqual(local);
    expect(isoTimes(hourly)).toEqual(utc);
    // Real elapsed minutes decide how many 60-minute sessions fit on a 15-minute grid.
    expect(run(zone, date, 0, 240, 15)).toHaveLength(quarterHourCount);
  });
});

describe("nonexistent and ambiguous rule boundaries", () => {
  it.each([
    // Nonexistent 02:30 start moves to 03:30 EDT.
    ["America/New_York", "2026-03-08", 150, 300, ["03:30", "04:00"], ["07:30", "08:00"]],
    // Nonexistent 02:30 end is 03:30 EDT = 07:30Z: 2.5 real hours.
    ["America/New_York", "2026-03-08", 0, 150, ["00:00", "00:30", "01:00", "01:30"], ["05:00", "05:30", "06:00", "06:30"]],
    // Ambiguous 01:30 start is the earlier (EDT) one; the repeated hour then plays out in EST.
    ["America/New_York", "2026-11-01", 90, 180, ["01:30", "01:00", "01:30", "02:00"], ["05:30", "06:00", "06:30", "07:00"]],
    ["Europe/London", "2026-03-29", 90, 240, ["02:30", "03:00"], ["01:30", "02:00"]],
    ["Europe/London", "2026-10-25", 90, 180, ["01:30", "01:00", "01:30", "02:00"], ["00:30", "01:00", "01:30", "02:00"]],
  ])("%s %s minutes %i–%i", (zone, date, start, end, local, utc) => {
    const slots = run(zone, date, start, end, 30);
    expect(labels(zone, slots)).toEqual(local);
    expect(isoTimes(slots)).toEqual(utc);
  });
});
