// Display formatting. Times are always shown in the location's zone, with the zone named.
import { minorUnitDigits } from "@/lib/payments/money";

/** An amount in the currency's minor unit (cents, pence; whole yen for JPY), formatted for people. */
export function formatMoney(amountMinor: number, currency: string, locale = "en-US"): string {
  return new Intl.NumberFormat(locale, { style: "currency", currency }).format(amountMinor / 10 ** minorUnitDigits(currency));
}

/** Intl's narrow no-break space before AM/PM becomes a plain no-break space: never wraps, reads well. */
function keepMeridiemAttached(text: string): string {
  return text.replace(/[\u202f ](AM|PM)\b/g, "\u00a0$1");
}

export function formatDateTime(instant: Date | number, timeZone: string, locale = "en-US"): string {
  return keepMeridiemAttached(new Intl.DateTimeFormat(locale, {
    timeZone,
    weekday: "long",
    month: "long",
    day: "numeric",
    year: "numeric",
    hour: "numeric",
    minute: "2-digit",
  }).format(instant));
}

export function formatTime(instant: Date | number, timeZone: string, locale = "en-US"): string {
  return keepMeridiemAttached(new Intl.DateTimeFormat(locale, { timeZone, hour: "numeric", minute: "2-digit" }).format(instant));
}

export function formatDay(instant: Date | number, timeZone: string, locale = "en-US"): string {
  return new Intl.DateTimeFormat(locale, { timeZone, weekday: "short", month: "short", day: "numeric" }).format(instant);
}

/** "EST", "GMT+1"… as the zone is called at that instant. */
export function zoneAbbreviation(instant: Date | number, timeZone: string, locale = "en-US"): string {
  const parts = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: "short" }).formatToParts(instant);
  return parts.find((p) => p.type === "timeZoneName")?.value ?? timeZone;
}

export function formatDuration(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}
