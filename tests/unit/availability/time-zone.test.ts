import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatLocalTime, instantToLocalParts, localDateTimeToInstant, zonedOffsetMinutes } from "@/lib/availability/time-zone";
import { DAY_MS } from "@/lib/availability/local-date";
import { dateOf, dayArb, zoneArb } from "./zone-arbitrary";

const iso = (s: string) => Date.parse(s);

describe("zonedOffsetMinutes", () => {
  it.each([
    ["America/New_York", "2026-01-15T12:00:00Z", -300],
    ["America/New_York", "2026-07-01T12:00:00Z", -240],
    ["America/New_York", "2026-03-08T06:59:59Z", -300],
    ["America/New_York", "2026-03-08T07:00:00Z", -240],
    ["America/New_York", "2026-11-01T05:59:59Z", -240],
    ["America/New_York", "2026-11-01T06:00:00Z", -300],
    ["Europe/London", "2026-03-29T00:59:59Z", 0],
    ["Europe/London", "2026-03-29T01:00:00Z", 60],
    ["Europe/London", "2026-10-25T00:59:59Z", 60],
    ["Europe/London", "2026-10-25T01:00:00Z", 0],
    ["Asia/Kolkata", "2026-06-01T00:00:00Z", 330],
    ["Australia/Lord_Howe", "2026-07-01T00:00:00Z", 630],
    ["Australia/Lord_Howe", "2026-01-01T00:00:00Z", 660],
    ["Australia/Lord_Howe", "2026-10-03T15:30:00Z", 660],
    ["Australia/Lord_Howe", "2026-10-03T15:29:59Z", 630],
    ["UTC", "2026-03-08T07:00:00Z", 0],
  ])("%s at %s is %i", (zone, at, expected) => {
    expect(zonedOffsetMinutes(iso(at), zone)).toBe(expected);
  });
});

describe("localDateTimeToInstant", () => {
  it.each([
    ["America/New_York", "2026-03-07", 540, "2026-03-07T14:00:00Z", "Saturday before spring-forward, EST"],
    ["America/New_York", "2026-03-08", 540, "2026-03-08T13:00:00Z", "spring-forward day, EDT"],
    ["America/New_York", "2026-03-08", 120, "2026-03-08T07:00:00Z", "nonexistent 02:00 → 03:00 EDT"],
    ["America/New_York", "2026-03-08", 150, "2026-03-08T07:30:00Z", "nonexistent 02:30 → 03:30 EDT"],
    ["America/New_York", "2026-03-08", 180, "2026-03-08T07:00:00Z", "03:00 EDT"],
    ["America/New_York", "2026-11-01", 60, "2026-11-01T05:00:00Z", "ambiguous 01:00 → EDT (earlier)"],
    ["America/New_York", "2026-11-01", 90, "2026-11-01T05:30:00Z", "ambiguous 01:30 → EDT (earlier)"],
    ["America/New_York", "2026-11-01", 120, "2026-11-01T07:00:00Z", "02:00 EST"],
    ["America/New_York", "2026-11-01", 540, "2026-11-01T14:00:00Z", "fall-back day, EST"],
    ["Europe/London", "2026-03-28", 540, "2026-03-28T09:00:00Z", "GMT"],
    ["Europe/London", "2026-03-29", 60, "2026-03-29T01:00:00Z", "nonexistent 01:00 → 02:00 BST"],
    ["Europe/London", "2026-03-29", 90, "2026-03-29T01:30:00Z", "nonexistent 01:30 → 02:30 BST"],
    ["Europe/London", "2026-03-29", 540, "2026-03-29T08:00:00Z", "BST"],
    ["Europe/London", "2026-10-25", 90, "2026-10-25T00:30:00Z", "ambiguous 01:30 → BST (earlier)"],
    ["Europe/London", "2026-10-25", 540, "2026-10-25T09:00:00Z", "GMT again"],
    ["Australia/Lord_Howe", "2026-10-04", 135, "2026-10-03T15:45:00Z", "nonexistent 02:15 → 02:45 (30-min gap)"],
    ["Australia/Lord_Howe", "2026-04-05", 105, "2026-04-04T14:45:00Z", "ambiguous 01:45 → +11 (earlier)"],
    ["Asia/Kolkata", "2026-06-01", 0, "2026-05-31T18:30:00Z", "half-hour offset"],
    ["UTC", "2026-06-01", 1440, "2026-06-02T00:00:00Z", "1440 is the next midnight"],
  ])("%s %s minute %i → %s (%s)", (zone, date, minute, expected) => {
    expect(localDateTimeToInstant(date, minute, zone)).toBe(iso(expected));
  });

  it.each([
    ["2026-02-30", 0, "UTC"],
    ["2026-13-01", 0, "UTC"],
    ["26-01-01", 0, "UTC"],
    ["2026-01-01", 1441, "UTC"],
    ["2026-01-01", -1, "UTC"],
    ["2026-01-01", 0, "Not/AZone"],
  ])("rejects %s minute %i in %s", (date, minute, zone) => {
    expect(() => localDateTimeToInstant(date, minute, zone)).toThrow(RangeError);
  });
});

describe("instantToLocalParts and formatLocalTime", () => {
  it.each([
    ["America/New_York", "2026-03-08T13:00:00Z", "2026-03-08", 540, 0, "09:00"],
    ["America/New_York", "2026-03-08T04:59:00Z", "2026-03-07", 1439, 6, "23:59"],
    ["America/New_York", "2026-11-01T06:30:00Z", "2026-11-01", 90, 0, "01:30"],
    ["Europe/London", "2026-10-24T23:30:00Z", "2026-10-25", 30, 0, "00:30"],
    ["Asia/Kolkata", "2026-05-31T18:30:00Z", "2026-06-01", 0, 1, "00:00"],
    ["Australia/Lord_Howe", "2026-10-03T15:30:00Z", "2026-10-04", 150, 0, "02:30"],
    ["UTC", "1970-01-01T00:00:00Z", "1970-01-01", 0, 4, "00:00"],
  ])("%s at %s", (zone, at, date, minuteOfDay, weekday, label) => {
    expect(instantToLocalParts(iso(at), zone)).toEqual({ date, minuteOfDay, weekday });
    expect(formatLocalTime(iso(at), zone)).toBe(label);
  });
});

describe("round trips", () => {
  it("local → instant → local is the identity outside gaps, and moves forward inside them", () => {
    fc.assert(
      fc.property(zoneArb, dayArb, fc.integer({ min: 0, max: 1439 }), (zone, day, minute) => {
        const date = dateOf(day);
        const instant = localDateTimeToInstant(date, minute, zone);
        const back = instantToLocalParts(instant, zone);
        const shift = zonedOffsetMinutes(instant, zone) - zonedOffsetMinutes(instant - DAY_MS, zone);
        if (back.date === date && back.minuteOfDay === minute) return;
        // Only a spring-forward gap may move the time, and exactly by the gap's length.
        expect(shift).toBeGreaterThan(0);
        expect(localDateTimeToInstant(back.date, back.minuteOfDay, zone)).toBe(instant);
        expect(back.minuteOfDay + (back.date === date ? 0 : 1440)).toBe(minute + shift);
      }),
    );
  });
});
