import { describe, expect, it } from "vitest";
import { anyoneWorks, classifyDays, datesBetween, dayWindowBounds } from "@/lib/booking/day-window";
import { localDateTimeToInstant } from "@/lib/availability/time-zone";

const LONDON = "Europe/London";
const at = (date: string, minute: number) => localDateTimeToInstant(date, minute, LONDON);

describe("dayWindowBounds", () => {
  // Wednesday 25 November 2026, 10:00 in London; a 60-day horizon ends 24 January 2027 at 10:00.
  const now = at("2026-11-25", 600);
  const base = { now, timeZone: LONDON, horizonDays: 60, size: 14 };

  it.each([
    { name: "today's window by default", args: {}, from: "2026-11-25", to: "2026-12-08", previous: null, next: "2026-12-09" },
    { name: "the window holding a chosen date", args: { date: "2026-12-20" }, from: "2026-12-09", to: "2026-12-22", previous: "2026-11-25", next: "2026-12-23" },
    { name: "a window asked for by its first day", args: { from: "2026-12-09" }, from: "2026-12-09", to: "2026-12-22", previous: "2026-11-25", next: "2026-12-23" },
    { name: "from wins over date", args: { from: "2026-12-23", date: "2026-11-26" }, from: "2026-12-23", to: "2027-01-05", previous: "2026-12-09", next: "2027-01-06" },
    { name: "the last window, cut at the horizon's day", args: { date: "2027-01-24" }, from: "2027-01-20", to: "2027-01-24", previous: "2027-01-06", next: null },
    { name: "past the horizon: the last window", args: { from: "2027-06-01" }, from: "2027-01-20", to: "2027-01-24", previous: "2027-01-06", next: null },
    { name: "before today: today's window", args: { date: "2026-11-01" }, from: "2026-11-25", to: "2026-12-08", previous: null, next: "2026-12-09" },
  ])("$name", ({ args, from, to, previous, next }) => {
    const bounds = dayWindowBounds({ ...base, ...args });
    expect(bounds).toMatchObject({ today: "2026-11-25", lastDate: "2027-01-24", from, to, previous, next });
  });

  it("a horizon shorter than a window is one window", () => {
    expect(dayWindowBounds({ ...base, horizonDays: 7 })).toMatchObject({ from: "2026-11-25", to: "2026-12-02", previous: null, next: null });
  });

  it("counts the horizon in elapsed time, across the clocks going forward", () => {
    // 20 March 2027 10:00 GMT + 14 × 24 h = 3 April 2027 11:00 BST: still the 3rd.
    const bounds = dayWindowBounds({ ...base, now: at("2027-03-20", 600), horizonDays: 14 });
    expect(bounds).toMatchObject({ from: "2027-03-20", lastDate: "2027-04-03", to: "2027-04-02", next: "2027-04-03" });
  });
});

describe("classifyDays", () => {
  const dates = datesBetween("2026-11-23", "2026-11-29"); // Monday to Sunday
  // Works Monday to Friday 9:00-17:00, with Thursday off.
  const schedule = {
    rules: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, startMinute: 540, endMinute: 1020 })),
    timeOff: [{ start: at("2026-11-26", 0), end: at("2026-11-27", 0) }],
  };
  const slot = (date: string, minute: number) => ({ start: at(date, minute), therapistIds: ["t"] });

  it("free, booked up, off (day off and weekend), and no time left", () => {
    const days = classifyDays({
      dates,
      timeZone: LONDON,
      slots: [slot("2026-11-23", 600), slot("2026-11-23", 660), slot("2026-11-25", 600)],
      slotsIgnoringBookings: [slot("2026-11-23", 600), slot("2026-11-23", 660), slot("2026-11-24", 600), slot("2026-11-25", 600)],
      schedules: [schedule],
    });
    expect(days.map((d) => [d.date, d.status, d.slots.length])).toEqual([
      ["2026-11-23", "free", 2],
      ["2026-11-24", "full", 0],
      ["2026-11-25", "free", 1],
      ["2026-11-26", "off", 0], // time off all day
      ["2026-11-27", "none", 0], // works, but nothing fits (e.g. today after hours)
      ["2026-11-28", "off", 0],
      ["2026-11-29", "off", 0],
    ]);
  });

  it("a day is open if anyone works part of it", () => {
    const partOff = { ...schedule, timeOff: [{ start: at("2026-11-26", 540), end: at("2026-11-26", 720) }] };
    expect(anyoneWorks("2026-11-26", LONDON, [partOff])).toBe(true);
    expect(anyoneWorks("2026-11-26", LONDON, [schedule])).toBe(false);
    expect(anyoneWorks("2026-11-26", LONDON, [schedule, partOff])).toBe(true);
    expect(anyoneWorks("2026-11-28", LONDON, [schedule, partOff])).toBe(false);
    expect(anyoneWorks("2026-11-28", LONDON, [])).toBe(false);
  });
});
