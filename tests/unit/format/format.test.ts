import { describe, expect, it } from "vitest";
import { formatDateTime, formatDay, formatLocalDate, formatMoney, formatTime, zoneAbbreviation } from "@/lib/format/format";
import { dateTimeLabel, dayChipParts, longDayLabel, timeLabel, zoneLabel } from "@/components/booking/time-labels";

// Intl's own spaces (narrow no-break before AM/PM) as plain ones, to compare with readable strings.
const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, " ");

const LONDON = "Europe/London";
const NEW_YORK = "America/New_York";

describe("formatting in the salon's locale", () => {
  describe.each([
    // instant, zone, locale, date and time, time, zone name
    { at: "2026-11-25T11:45:00Z", zone: LONDON, locale: "en-GB", dateTime: "Wednesday, 25 November 2026 at 11:45", time: "11:45", abbr: "GMT" },
    { at: "2026-11-25T16:45:00Z", zone: NEW_YORK, locale: "en-US", dateTime: "Wednesday, November 25, 2026 at 11:45 AM", time: "11:45 AM", abbr: "EST" },
    { at: "2026-11-25T09:05:00Z", zone: LONDON, locale: "en-GB", dateTime: "Wednesday, 25 November 2026 at 09:05", time: "09:05", abbr: "GMT" },
    { at: "2026-11-25T14:05:00Z", zone: NEW_YORK, locale: "en-US", dateTime: "Wednesday, November 25, 2026 at 9:05 AM", time: "9:05 AM", abbr: "EST" },
    { at: "2026-11-25T19:30:00Z", zone: LONDON, locale: "en-GB", dateTime: "Wednesday, 25 November 2026 at 19:30", time: "19:30", abbr: "GMT" },
    // Spring forward: London moves to BST on 29 March 2026 at 01:00 GMT, New York to EDT on 8 March.
    { at: "2026-03-28T10:00:00Z", zone: LONDON, locale: "en-GB", dateTime: "Saturday, 28 March 2026 at 10:00", time: "10:00", abbr: "GMT" },
    { at: "2026-03-29T10:00:00Z", zone: LONDON, locale: "en-GB", dateTime: "Sunday, 29 March 2026 at 11:00", time: "11:00", abbr: "BST" },
    { at: "2026-03-08T15:00:00Z", zone: NEW_YORK, locale: "en-US", dateTime: "Sunday, March 8, 2026 at 11:00 AM", time: "11:00 AM", abbr: "EDT" },
    // Fall back in New York (1 November 2026): 1:30 AM happens twice, an hour apart, named apart.
    { at: "2026-11-01T05:30:00Z", zone: NEW_YORK, locale: "en-US", dateTime: "Sunday, November 1, 2026 at 1:30 AM", time: "1:30 AM", abbr: "EDT" },
    { at: "2026-11-01T06:30:00Z", zone: NEW_YORK, locale: "en-US", dateTime: "Sunday, November 1, 2026 at 1:30 AM", time: "1:30 AM", abbr: "EST" },
  ])("$at in $zone, $locale", ({ at, zone, locale, dateTime, time, abbr }) => {
    const instant = new Date(at);
    it("formats the date and time", () => {
      expect(plain(formatDateTime(instant, zone, locale))).toBe(dateTime);
      expect(plain(dateTimeLabel(instant, zone, locale))).toBe(dateTime);
    });
    it("formats the time", () => {
      expect(plain(formatTime(instant, zone, locale))).toBe(time);
      expect(plain(timeLabel(instant, zone, locale))).toBe(time);
    });
    it("names the zone as it is called then", () => {
      expect(zoneAbbreviation(instant, zone, locale)).toBe(abbr);
    });
  });

  it("keeps AM/PM on the time's line with a no-break space, and 24-hour times have none", () => {
    expect(timeLabel(new Date("2026-11-25T14:05:00Z"), NEW_YORK, "en-US")).toBe("9:05\u00a0AM");
    expect(timeLabel(new Date("2026-11-25T14:05:00Z"), LONDON, "en-GB")).toBe("14:05");
    expect(formatDateTime(new Date("2026-11-25T14:05:00Z"), NEW_YORK, "en-US")).toMatch(/9:05\u00a0AM$/);
  });

  it("names London's zone per locale: BST in en-GB, GMT+1 in en-US", () => {
    const summer = new Date("2026-07-01T12:00:00Z");
    expect(zoneLabel(summer, LONDON, "en-GB")).toBe("London time (BST)");
    expect(zoneLabel(summer, LONDON, "en-US")).toBe("London time (GMT+1)");
  });

  it("defaults to en-US for callers that pass no locale", () => {
    expect(plain(formatDateTime(new Date("2026-11-25T11:45:00Z"), LONDON))).toBe("Wednesday, November 25, 2026 at 11:45 AM");
    expect(formatMoney(7000, "GBP")).toBe("£70.00");
  });

  it.each([
    { minor: 7000, currency: "GBP", locale: "en-GB", text: "£70.00" },
    { minor: 123456, currency: "GBP", locale: "en-GB", text: "£1,234.56" },
    { minor: 9500, currency: "USD", locale: "en-US", text: "$95.00" },
    { minor: 9500, currency: "USD", locale: "en-GB", text: "US$95.00" },
    { minor: 1000, currency: "EUR", locale: "de-DE", text: "10,00 €" },
    { minor: 1500, currency: "JPY", locale: "ja-JP", text: "￥1,500" },
  ])("money: $minor $currency in $locale is $text", ({ minor, currency, locale, text }) => {
    expect(plain(formatMoney(minor, currency, locale))).toBe(text);
  });

  it.each([
    { date: "2026-11-24", locale: "en-US", long: "Tuesday, November 24", day: "Tue, Nov 24", chip: { weekday: "Tue", day: "24", month: "Nov" } },
    { date: "2026-11-24", locale: "en-GB", long: "Tuesday 24 November", day: "Tue 24 Nov", chip: { weekday: "Tue", day: "24", month: "Nov" } },
    // The spring-forward day itself is still the 29th, whatever the zone of the server.
    { date: "2026-03-29", locale: "en-GB", long: "Sunday 29 March", day: "Sun 29 Mar", chip: { weekday: "Sun", day: "29", month: "Mar" } },
  ])("local date $date in $locale", ({ date, locale, long, day, chip }) => {
    expect(longDayLabel(date, locale)).toBe(long);
    expect(formatLocalDate(date, { weekday: "short", month: "short", day: "numeric" }, locale)).toBe(day);
    expect(dayChipParts(date, locale)).toEqual(chip);
  });

  it("formats a day at an instant in the zone, not the server's", () => {
    // 00:30 in London on 29 March is still the 28th in New York.
    expect(formatDay(new Date("2026-03-29T00:30:00Z"), LONDON, "en-GB")).toBe("Sun 29 Mar");
    expect(formatDay(new Date("2026-03-29T00:30:00Z"), NEW_YORK, "en-US")).toBe("Sat, Mar 28");
  });
});
