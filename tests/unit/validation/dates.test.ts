import { describe, expect, it } from "vitest";
import { instantSchema, isSupportedInstant, isSupportedLocalDate, localDateSchema, DATE_RANGE_MESSAGE } from "@/lib/validation/dates";

describe("dates and instants from outside", () => {
  it.each([
    ["2000-01-01", true],
    ["2100-12-31", true],
    ["2024-02-29", true],
    ["1999-12-31", false],
    ["2101-01-01", false],
    ["0001-01-01", false],
    ["9999-12-31", false],
    ["2026-02-29", false],
    ["2026-04-31", false],
    ["2026-13-01", false],
    ["2026-1-1", false],
    ["+02026-01-01", false],
  ])("the local date %s is supported: %s", (date, ok) => {
    expect(isSupportedLocalDate(date)).toBe(ok);
    expect(localDateSchema().safeParse(date).success).toBe(ok);
  });

  it.each([
    ["2000-01-01T00:00:00Z", true],
    ["2100-12-31T23:59:59.999Z", true],
    ["2100-12-31T23:00:00-05:00", false], // 2101-01-01 04:00 UTC
    ["2000-01-01T00:30:00+01:00", false], // 1999-12-31 23:30 UTC
    ["1999-12-31T23:59:59Z", false],
    ["9999-12-31T10:00:00Z", false],
    ["0000-01-01T00:00:00Z", false],
  ])("the instant %s is supported: %s", (instant, ok) => {
    expect(isSupportedInstant(Date.parse(instant))).toBe(ok);
    expect(instantSchema().safeParse(instant).success).toBe(ok);
  });

  it("NaN and infinities are not instants", () => {
    for (const ms of [Number.NaN, Infinity, -Infinity]) expect(isSupportedInstant(ms)).toBe(false);
  });

  it("a year out of range says so; a malformed value gets only its own message", () => {
    expect(instantSchema("Please choose a time").safeParse("9999-12-31T10:00:00Z").error?.issues.map((i) => i.message)).toEqual([DATE_RANGE_MESSAGE]);
    expect(instantSchema("Please choose a time").safeParse("tomorrow at ten").error?.issues.map((i) => i.message)).toEqual(["Please choose a time"]);
    expect(localDateSchema("Not a valid date").safeParse("soon").error?.issues.map((i) => i.message)).toEqual(["Not a valid date"]);
  });
});
