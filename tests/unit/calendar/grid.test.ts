import { describe, expect, it } from "vitest";
import { localDateTimeToInstant } from "@/lib/availability/time-zone";
import { buildCalendar, toMinuteSpan, visibleWindow, type CalendarTherapist } from "@/lib/calendar/grid";
import { dayBounds } from "@/lib/calendar/dates";
import { assignLanes } from "@/lib/calendar/lanes";
import { calendarHref, laneColumns, rowsOf } from "@/lib/calendar/placement";

const NY = "America/New_York";
const LONDON = "Europe/London";
const everyDay = (start: number, end: number) => [0, 1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, startMinute: start * 60, endMinute: end * 60 }));
const at = (date: string, hour: number, minute: number, zone: string) => new Date(localDateTimeToInstant(date, hour * 60 + minute, zone));
const therapist = (id: string, rules = everyDay(9, 17), timeOff: CalendarTherapist["timeOff"] = []): CalendarTherapist => ({ id, name: id, rules, timeOff });
const booking = (id: string, therapistId: string, startsAt: Date, minutes: number) => ({ id, therapistId, startsAt, endsAt: new Date(startsAt.getTime() + minutes * 60_000) });

describe("a DST week on the grid", () => {
  it.each([
    // zone, a date in the week, the change day
    [NY, "2026-03-05", "2026-03-08"],
    [NY, "2026-10-28", "2026-11-01"],
    [LONDON, "2026-03-26", "2026-03-29"],
    [LONDON, "2026-10-22", "2026-10-25"],
  ])("%s, week of %s: 9–17 every day and a 10:00 session on the change day %s sit at the same clock times", (zone, date, change) => {
    const sessions = [booking("b1", "t1", at(change, 10, 0, zone), 60), booking("b2", "t1", at("2026-01-01", 10, 0, zone), 60)];
    const model = buildCalendar({ view: "week", date, timeZone: zone, now: new Date("2020-01-01T00:00:00Z"), therapists: [therapist("t1")], bookings: sessions });
    expect(model.days.map((d) => d.columns[0]!.available)).toEqual(Array(7).fill([{ start: 540, end: 1020 }]));
    const changeDay = model.days.find((d) => d.date === change)!;
    expect(changeDay.columns[0]!.blocks.map((b) => [b.booking.id, b.start, b.end])).toEqual([["b1", 600, 660]]);
    expect(model.days.flatMap((d) => d.columns[0]!.blocks)).toHaveLength(1);
    expect(model.window).toEqual({ start: 540, end: 1020 });
  });

  it("a late session on the 25-hour day stays on that day (midnight + 24 h would put it on the next)", () => {
    const late = booking("late", "t1", at("2026-11-01", 23, 0, NY), 30);
    const day = (date: string) => buildCalendar({ view: "day", date, timeZone: NY, now: new Date(0), therapists: [therapist("t1", everyDay(9, 24))], bookings: [late] }).days[0]!;
    expect(day("2026-11-01").bookings.map((b) => [b.start, b.end])).toEqual([[1380, 1410]]);
    expect(day("2026-11-02").bookings).toEqual([]);
  });

  it("a night session across midnight shows on both days, each part marked as continuing", () => {
    const night = booking("n", "t1", at("2026-03-07", 23, 30, NY), 60);
    const model = buildCalendar({ view: "week", date: "2026-03-07", timeZone: NY, now: new Date(0), therapists: [therapist("t1")], bookings: [night] });
    const [saturday, sunday] = ["2026-03-07", "2026-03-08"].map((date) => model.days.find((d) => d.date === date)!.bookings[0]!);
    expect(saturday).toMatchObject({ start: 1410, end: 1440, startsBefore: false, endsAfter: true });
    expect(sunday).toMatchObject({ start: 0, end: 30, startsBefore: true, endsAfter: false });
  });

  it.each([
    // 01:30 EST → 03:30 EDT is one real hour; 00:30 EDT → 01:30 EST is two.
    [NY, "2026-03-08", Date.parse("2026-03-08T06:30:00Z"), 60, { start: 90, end: 210 }],
    [NY, "2026-11-01", Date.parse("2026-11-01T04:30:00Z"), 120, { start: 30, end: 90 }],
    // Within the repeated hour the clock runs backwards (01:45 EDT → 01:15 EST): the real 30 minutes are kept.
    [NY, "2026-11-01", Date.parse("2026-11-01T05:45:00Z"), 30, { start: 105, end: 135 }],
    [LONDON, "2026-10-25", Date.parse("2026-10-25T00:00:00Z"), 60, { start: 60, end: 120 }],
  ])("%s %s: an interval across the change is placed on the wall clock", (zone, date, start, minutes, expected) => {
    expect(toMinuteSpan({ start, end: start + minutes * 60_000 }, dayBounds(date, zone), zone)).toEqual(expected);
  });
});

describe("hours, breaks and time off", () => {
  const withBreak = [
    { weekday: 4, startMinute: 9 * 60, endMinute: 13 * 60 },
    { weekday: 4, startMinute: 14 * 60, endMinute: 18 * 60 },
  ];
  const thursday = "2026-12-03";

  it("several rules on a weekday leave the breaks between them unshaded; other weekdays are not worked", () => {
    const model = buildCalendar({ view: "week", date: thursday, timeZone: NY, now: new Date(0), therapists: [therapist("t1", withBreak)], bookings: [] });
    expect(model.days.map((d) => d.columns[0]!.available)).toEqual([[], [], [], [{ start: 540, end: 780 }, { start: 840, end: 1080 }], [], [], []]);
  });

  it("time off inside working hours is shaded as time off, with its reason kept for the agenda", () => {
    const off = [{ startsAt: at(thursday, 12, 0, NY), endsAt: at(thursday, 15, 0, NY), reason: "Dentist" }];
    const model = buildCalendar({ view: "day", date: thursday, timeZone: NY, now: new Date(0), therapists: [therapist("t1", withBreak, off)], bookings: [] });
    const column = model.days[0]!.columns[0]!;
    expect(column.available).toEqual([{ start: 540, end: 720 }, { start: 900, end: 1080 }]);
    expect(column.timeOff).toEqual([{ start: 720, end: 780 }, { start: 840, end: 900 }]);
    expect(model.days[0]!.therapists[0]!.timeOff).toEqual([{ start: 720, end: 900, reason: "Dentist" }]);
  });

  it("the day view has a column per therapist; the week view one per day, shaded off only where nobody else works", () => {
    const a = therapist("a", everyDay(9, 13), [{ startsAt: at(thursday, 10, 0, NY), endsAt: at(thursday, 11, 0, NY), reason: null }]);
    const b = therapist("b", everyDay(12, 18));
    const c = therapist("c", everyDay(9, 17), [{ startsAt: at(thursday, 0, 0, NY), endsAt: at("2026-12-04", 0, 0, NY), reason: "Holiday" }]);
    const sessions = [booking("x", "a", at(thursday, 9, 0, NY), 60), booking("y", "b", at(thursday, 12, 0, NY), 90)];
    const day = buildCalendar({ view: "day", date: thursday, timeZone: NY, now: new Date(0), therapists: [a, b], bookings: sessions });
    expect(day.days[0]!.columns.map((c) => [c.therapistIds, c.available, c.blocks.map((b) => b.booking.id)])).toEqual([
      [["a"], [{ start: 540, end: 600 }, { start: 660, end: 780 }], ["x"]],
      [["b"], [{ start: 720, end: 1080 }], ["y"]],
    ]);
    const week = buildCalendar({ view: "week", date: thursday, timeZone: NY, now: new Date(0), therapists: [a, c], bookings: sessions });
    const column = week.days.find((d) => d.date === thursday)!.columns[0]!;
    expect(column.available).toEqual([{ start: 540, end: 600 }, { start: 660, end: 780 }]);
    expect(column.timeOff).toEqual([{ start: 600, end: 660 }, { start: 780, end: 1020 }]);
    expect(column.blocks.map((b) => b.booking.id)).toEqual(["x"]);
  });
});

describe("now, the window and lanes", () => {
  it("the current time is marked only when today is shown, at the salon's clock time", () => {
    const now = new Date("2026-12-03T15:42:00Z");
    expect(buildCalendar({ view: "week", date: "2026-12-01", timeZone: NY, now, therapists: [], bookings: [] }).now).toEqual({ date: "2026-12-03", minute: 10 * 60 + 42 });
    expect(buildCalendar({ view: "day", date: "2026-12-03", timeZone: LONDON, now, therapists: [], bookings: [] }).now).toEqual({ date: "2026-12-03", minute: 15 * 60 + 42 });
    expect(buildCalendar({ view: "day", date: "2026-12-04", timeZone: NY, now, therapists: [], bookings: [] }).now).toBeNull();
  });

  it.each([
    [[], { start: 540, end: 1020 }],
    [[{ start: 545, end: 600 }], { start: 540, end: 780 }],
    [[{ start: 1300, end: 1440 }], { start: 1200, end: 1440 }],
    [[{ start: 600, end: 780 }, { start: 1230, end: 1275 }], { start: 600, end: 1320 }],
  ])("the window around %j is %j", (spans, expected) => {
    expect(visibleWindow(spans)).toEqual(expected);
  });

  it("overlapping sessions share lanes; the next free lane is reused", () => {
    const laned = assignLanes([
      { id: "a", start: 0, end: 60 },
      { id: "b", start: 30, end: 90 },
      { id: "c", start: 60, end: 120 },
      { id: "d", start: 200, end: 230 },
    ]);
    expect(laned.map((l) => [l.id, l.lane, l.lanes])).toEqual([
      ["a", 0, 2],
      ["b", 1, 2],
      ["c", 0, 2],
      ["d", 0, 1],
    ]);
  });

  it.each([
    [0, 1, { start: 1, span: 12 }],
    [1, 2, { start: 7, span: 6 }],
    [2, 3, { start: 9, span: 4 }],
    [4, 5, { start: 9, span: 4 }],
    [0, 5, { start: 1, span: 2 }],
  ])("lane %i of %i covers sub-columns %j", (lane, lanes, expected) => {
    expect(laneColumns(lane, lanes)).toEqual(expected);
  });

  it("rows are 5 minutes from the window's start; outside the window is nothing", () => {
    const window = { start: 540, end: 1020 };
    expect(rowsOf({ start: 540, end: 600 }, window)).toEqual({ start: 1, end: 13 });
    expect(rowsOf({ start: 600, end: 602 }, window)).toEqual({ start: 13, end: 14 });
    expect(rowsOf({ start: 480, end: 560 }, window)).toEqual({ start: 1, end: 5 });
    expect(rowsOf({ start: 1020, end: 1080 }, window)).toBeNull();
  });

  it("links keep the view, date and filter", () => {
    expect(calendarHref("serenity", { view: "week", date: "2026-12-03" })).toBe("/staff/serenity/calendar?view=week&date=2026-12-03");
    expect(calendarHref("harbor", { view: "day", date: "2026-12-03", therapistId: "t-1" })).toBe("/staff/harbor/calendar?view=day&date=2026-12-03&therapist=t-1");
  });
});
