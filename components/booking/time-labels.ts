import { localDateTimeToInstant } from "@/lib/availability/time-zone";
import { DEFAULT_LOCALE, formatDateTime, formatLocalDate, formatTime, zoneAbbreviation } from "@/lib/format/format";

// Labels for times and days in the salon's locale, always in the location's zone. Intl puts
// narrow no-break spaces before "AM", which some fonts and screen readers handle badly; we use
// ordinary no-break spaces there so "9:00 AM" never wraps between the time and its AM/PM.

export function plainSpaces(text: string): string {
  return text.replace(/[\u202f\u00a0]/g, " ").replace(/ (AM|PM|am|pm)\b/g, "\u00a0$1");
}

/** "10:00 AM" (en-US), "10:00" (en-GB). */
export function timeLabel(instant: number | Date, timeZone: string, locale = DEFAULT_LOCALE): string {
  return plainSpaces(formatTime(instant, timeZone, locale));
}

/** "Tuesday, November 24, 2026 at 10:00 AM" (en-US), "Tuesday, 24 November 2026 at 10:00" (en-GB). */
export function dateTimeLabel(instant: number | Date, timeZone: string, locale = DEFAULT_LOCALE): string {
  return plainSpaces(formatDateTime(instant, timeZone, locale));
}

/** "New York" from "America/New_York". */
export function zoneCity(timeZone: string): string {
  return (timeZone.split("/").at(-1) ?? timeZone).replace(/_/g, " ");
}

/** "New York time (EST)", "London time (BST)", as the zone is called at that instant. */
export function zoneLabel(instant: number | Date, timeZone: string, locale = DEFAULT_LOCALE): string {
  return `${zoneCity(timeZone)} time (${zoneAbbreviation(instant, timeZone, locale)})`;
}

/** Noon of a local date, a safe instant to name that day or its zone in. */
export function localNoon(localDate: string, timeZone: string): number {
  return localDateTimeToInstant(localDate, 12 * 60, timeZone);
}

/** "Tuesday, November 24" (en-US), "Tuesday 24 November" (en-GB) for a local date "YYYY-MM-DD". */
export function longDayLabel(localDate: string, locale = DEFAULT_LOCALE): string {
  return formatLocalDate(localDate, { weekday: "long", month: "long", day: "numeric" }, locale);
}

/** "24 Nov" or "Nov 24": a local date, short, in the locale's order. */
export function shortDayLabel(localDate: string, locale = DEFAULT_LOCALE): string {
  return formatLocalDate(localDate, { month: "short", day: "numeric" }, locale);
}

/** Parts for a compact day chip: "Tue", "24", "Nov". */
export function dayChipParts(localDate: string, locale = DEFAULT_LOCALE) {
  return {
    weekday: formatLocalDate(localDate, { weekday: "short" }, locale),
    day: formatLocalDate(localDate, { day: "numeric" }, locale),
    month: formatLocalDate(localDate, { month: "short" }, locale),
  };
}

export function countLabel(n: number, one: string, many: string): string {
  return `${n === 0 ? "No" : n} ${n === 1 ? one : many}`;
}
