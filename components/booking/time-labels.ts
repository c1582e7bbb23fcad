import { localDateTimeToInstant } from "@/lib/availability/time-zone";
import { formatDateTime, formatTime, zoneAbbreviation } from "@/lib/format/format";

// Labels for times and days, always in the location's zone. Intl puts narrow no-break spaces
// before "AM", which some fonts and screen readers handle badly; we use ordinary no-break
// spaces there so "9:00 AM" never wraps between the time and its AM/PM.

export function plainSpaces(text: string): string {
  return text.replace(/[\u202f\u00a0]/g, " ").replace(/ (AM|PM)\b/g, "\u00a0$1");
}

/** "10:00 AM" */
export function timeLabel(instant: number | Date, timeZone: string): string {
  return plainSpaces(formatTime(instant, timeZone));
}

/** "Tuesday, November 24, 2026 at 10:00 AM" */
export function dateTimeLabel(instant: number | Date, timeZone: string): string {
  return plainSpaces(formatDateTime(instant, timeZone));
}

/** "New York" from "America/New_York". */
export function zoneCity(timeZone: string): string {
  return (timeZone.split("/").at(-1) ?? timeZone).replace(/_/g, " ");
}

/** "New York time (EST)", as the zone is called at that instant. */
export function zoneLabel(instant: number | Date, timeZone: string): string {
  return `${zoneCity(timeZone)} time (${zoneAbbreviation(instant, timeZone)})`;
}

/** Noon of a local date, a safe instant to name that day or its zone in. */
export function localNoon(localDate: string, timeZone: string): number {
  return localDateTimeToInstant(localDate, 12 * 60, timeZone);
}

const dayFormats = {
  long: new Intl.DateTimeFormat("en-US", { weekday: "long", month: "long", day: "numeric", timeZone: "UTC" }),
  weekday: new Intl.DateTimeFormat("en-US", { weekday: "short", timeZone: "UTC" }),
  month: new Intl.DateTimeFormat("en-US", { month: "short", timeZone: "UTC" }),
};

function utcNoon(localDate: string): Date {
  return new Date(`${localDate}T12:00:00Z`);
}

/** "Tuesday, November 24" for a local date "YYYY-MM-DD". */
export function longDayLabel(localDate: string): string {
  return dayFormats.long.format(utcNoon(localDate));
}

/** Parts for a compact day chip: "Tue", "24", "Nov". */
export function dayChipParts(localDate: string) {
  const d = utcNoon(localDate);
  return { weekday: dayFormats.weekday.format(d), day: String(d.getUTCDate()), month: dayFormats.month.format(d) };
}

export function countLabel(n: number, one: string, many: string): string {
  return `${n === 0 ? "No" : n} ${n === 1 ? one : many}`;
}
