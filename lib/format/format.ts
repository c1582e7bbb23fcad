// Display formatting in the salon's locale (Tenant.locale, BCP 47: "en-US", "en-GB"). Times are
// always shown in the location's zone, with the zone named. Callers pass the salon's locale;
// the "en-US" default is only for callers that show no salon (or have not been moved yet).
import { minorUnitDigits } from "@/lib/payments/money";

export const DEFAULT_LOCALE = "en-US";

// Intl formatters are costly to build and are reused per locale, zone and options.
const cache = new Map<string, Intl.DateTimeFormat>();

function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    cache.set(key, format);
  }
  return format;
}

/** Whether the locale writes a 24-hour clock ("14:30") rather than "2:30 PM". */
function uses24Hours(locale: string): boolean {
  const cycle = dateFormat(locale, { hour: "numeric" }).resolvedOptions().hourCycle;
  return cycle === "h23" || cycle === "h24";
}

/** "9:05 AM" in en-US, "09:05" in en-GB: a 24-hour clock keeps two hour digits. */
function clockOptions(locale: string): Intl.DateTimeFormatOptions {
  return { hour: uses24Hours(locale) ? "2-digit" : "numeric", minute: "2-digit" };
}

/** An amount in the currency's minor unit (cents, pence; whole yen for JPY), formatted for people. */
export function formatMoney(amountMinor: number, currency: string, locale = DEFAULT_LOCALE): string {
  return new Intl.NumberFormat(locale, { style: "currency", currency }).format(amountMinor / 10 ** minorUnitDigits(currency));
}

/** Intl's narrow no-break space before AM/PM becomes a plain no-break space: never wraps, reads well. */
function keepMeridiemAttached(text: string): string {
  return text.replace(/[\u202f ](AM|PM|am|pm)\b/g, "\u00a0$1");
}

/** "Wednesday, November 25, 2026 at 6:45 AM" (en-US), "Wednesday, 25 November 2026 at 11:45" (en-GB). */
export function formatDateTime(instant: Date | number, timeZone: string, locale = DEFAULT_LOCALE): string {
  return keepMeridiemAttached(
    dateFormat(locale, { timeZone, weekday: "long", month: "long", day: "numeric", year: "numeric", ...clockOptions(locale) }).format(instant),
  );
}

/** "6:45 AM" (en-US), "11:45" (en-GB). */
export function formatTime(instant: Date | number, timeZone: string, locale = DEFAULT_LOCALE): string {
  return keepMeridiemAttached(dateFormat(locale, { timeZone, ...clockOptions(locale) }).format(instant));
}

/** "Wed, Nov 25" (en-US), "Wed 25 Nov" (en-GB). */
export function formatDay(instant: Date | number, timeZone: string, locale = DEFAULT_LOCALE): string {
  return dateFormat(locale, { timeZone, weekday: "short", month: "short", day: "numeric" }).format(instant);
}

/** "EST", "GMT", "BST" (en-GB), "GMT+1" (en-US for London in summer)… as the zone is called at that instant. */
export function zoneAbbreviation(instant: Date | number, timeZone: string, locale = DEFAULT_LOCALE): string {
  const parts = dateFormat(locale, { timeZone, timeZoneName: "short" }).formatToParts(instant);
  return parts.find((p) => p.type === "timeZoneName")?.value ?? timeZone;
}

/**
 * A local calendar date ("YYYY-MM-DD", no zone) in words, e.g. { weekday: "long", month: "long",
 * day: "numeric" } → "Tuesday, November 24" (en-US), "Tuesday 24 November" (en-GB).
 */
export function formatLocalDate(localDate: string, options: Intl.DateTimeFormatOptions, locale = DEFAULT_LOCALE): string {
  // Noon UTC of that date is that date in UTC: the calendar date without any zone's shifts.
  return dateFormat(locale, { ...options, timeZone: "UTC" }).format(new Date(`${localDate}T12:00:00Z`));
}

export function formatDuration(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}
