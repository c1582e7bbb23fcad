import { describe, expect, it } from "vitest";
import { calendarDates, dayBounds, localDateOf, parseCalendarQuery, rangeBounds, stepDate } from "@/lib/calendar/dates";

const HOUR = 3_600_000;

describe("calendar dates", () => {
  it.each([
    ["2026-12-03", "2026-11-30"], // Thursday
    ["2026-11-30", "2026-11-30"], // Monday
    ["2026-12-06", "2026-11-30"], // Sunday belongs to the week before
    ["2027-01-01", "2026-12-28"], // across the year
  ])("the week of %s starts on Monday %s and has seven days", (date, monday) => {
    const dates = calendarDates("week", date);
    expect(dates).toHaveLength(7);
    expect(dates[0]).toBe(monday);
    expect(dates).toContain(date);
  });

  it("the day view is the day", () => {
    expect(calendarDates("day", "2026-03-08")).toEqual(["2026-03-08"]);
  });

  it.each([
    ["day", "2026-03-08", 1, "2026-03-09"],
    ["day", "2026-03-01", -1, "2026-02-28"],
    ["week", "2026-12-31", 1, "2027-01-07"],
    ["week", "2026-03-08", -1, "2026-03-01"],
  ] as const)("%s view: %s moved %i is %s", (view, date, steps, expected) => {
    expect(stepDate(view, date, steps)).toBe(expected);
  });

  it.each([
    ["America/New_York", "2026-03-07", 24, "2026-03-07T05:00:00.000Z"],
    ["America/New_York", "2026-03-08", 23, "2026-03-08T05:00:00.000Z"], // spring forward
    ["America/New_York", "2026-11-01", 25, "2026-11-01T04:00:00.000Z"], // fall back
    ["Europe/London", "2026-03-29", 23, "2026-03-29T00:00:00.000Z"],
    ["Europe/London", "2026-10-25", 25, "2026-10-24T23:00:00.000Z"],
    ["Europe/London", "2026-06-15", 24, "2026-06-14T23:00:00.000Z"],
  ])("a day in %s (%s) is %i hours from its local midnight %s", (zone, date, hours, midnight) => {
    const day = dayBounds(date, zone);
    expect(new Date(day.start).toISOString()).toBe(midnight);
    expect((day.end - day.start) / HOUR).toBe(hours);
  });

  it("a week with a DST change is 167 or 169 hours, from Monday's midnight to the next Monday's", () => {
    const spring = rangeBounds(calendarDates("week", "2026-03-08"), "America/New_York");
    expect((spring.end - spring.start) / HOUR).toBe(167);
    expect(new Date(spring.end).toISOString()).toBe("2026-03-09T04:00:00.000Z");
    const autumn = rangeBounds(calendarDates("week", "2026-10-25"), "Europe/London");
    expect((autumn.end - autumn.start) / HOUR).toBe(169);
  });

  it("today is the salon's date, not the server's", () => {
    const instant = Date.parse("2026-12-03T03:00:00Z");
    expect(localDateOf(instant, "America/New_York")).toBe("2026-12-02");
    expect(localDateOf(instant, "Europe/London")).toBe("2026-12-03");
  });
});

describe("the calendar's query", () => {
  const today = "2026-12-03";
  it.each([
    [{}, { view: "day", date: today, therapistId: null }],
    [{ view: "week", date: "2026-12-24" }, { view: "week", date: "2026-12-24", therapistId: null }],
    [{ view: "month", date: "2026-02-30" }, { view: "day", date: today, therapistId: null }],
    [{ date: "next tuesday" }, { view: "day", date: today, therapistId: null }],
    [{ date: "9999-12-31" }, { view: "day", date: today, therapistId: null }],
    [{ date: ["2026-12-10", "2026-12-11"], therapist: " abc " }, { view: "day", date: "2026-12-10", therapistId: "abc" }],
    [{ therapist: "" }, { view: "day", date: today, therapistId: null }],
  ])("%j → %j", (search, expected) => {
    expect(parseCalendarQuery(search, today)).toEqual(expected);
  });
});
