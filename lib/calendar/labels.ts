// Words for the calendar in the salon's locale. Local dates are formatted at noon UTC with the
// UTC zone, which names the same calendar day everywhere; minutes of the day likewise.

export function formatLocalDate(date: string, locale: string, options: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat(locale, { ...options, timeZone: "UTC" }).format(new Date(`${date}T12:00:00Z`));
}

/** "Monday, November 30 – Sunday, December 6, 2026" style ranges, shortened by the locale. */
export function formatLocalDateRange(from: string, to: string, locale: string): string {
  const f = new Intl.DateTimeFormat(locale, { month: "short", day: "numeric", year: "numeric", timeZone: "UTC" });
  return f.formatRange(new Date(`${from}T12:00:00Z`), new Date(`${to}T12:00:00Z`));
}

/** A minute of the day on the salon's clock: "9:00 AM" (en-US), "09:00" (en-GB). */
export function formatMinute(minute: number, locale: string): string {
  const text = new Intl.DateTimeFormat(locale, { hour: "numeric", minute: "2-digit", timeZone: "UTC" }).format(Date.UTC(2000, 0, 1, 0, minute % 1440));
  return text.replace(/[\u202f ](AM|PM)\b/g, "\u00a0$1");
}

export function formatMinuteSpans(spans: readonly { start: number; end: number }[], locale: string): string {
  return spans.map((s) => `${formatMinute(s.start, locale)}–${formatMinute(s.end, locale)}`).join(", ");
}
