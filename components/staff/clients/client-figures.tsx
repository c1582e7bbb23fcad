import { localDateOf } from "@/lib/calendar/dates";
import { formatDay, formatLocalDate, formatMoney, formatTime } from "@/lib/format/format";

// How the client list and the client page write a client's figures, in the salon's locale and zone.

export type SalonFormat = { timeZone: string; locale: string; currency: string };

/** "Nov 2, 2026" (en-US), "2 Nov 2026" (en-GB): the day in the salon's zone. */
export function VisitDate({ at, fmt, empty = "Never" }: { at: Date | null; fmt: SalonFormat; empty?: string }) {
  if (!at) return <span className="text-stone-600">{empty}</span>;
  return <time dateTime={at.toISOString()}>{formatLocalDate(localDateOf(at, fmt.timeZone), { day: "numeric", month: "short", year: "numeric" }, fmt.locale)}</time>;
}

/** "Wed, Nov 25, 2:00 PM": a booking to come, in the salon's zone. */
export function BookingTime({ at, fmt, empty = "None booked" }: { at: Date | null; fmt: SalonFormat; empty?: string }) {
  if (!at) return <span className="text-stone-600">{empty}</span>;
  return <time dateTime={at.toISOString()}>{`${formatDay(at, fmt.timeZone, fmt.locale)}, ${formatTime(at, fmt.timeZone, fmt.locale)}`}</time>;
}

export function Money({ minor, fmt }: { minor: number; fmt: SalonFormat }) {
  return <span className="tabular-nums">{formatMoney(minor, fmt.currency, fmt.locale)}</span>;
}

/** "4.5 / 5" with how many check-ins it comes from, or "No check-ins". */
export function Satisfaction({ average, checkIns, locale }: { average: number | null; checkIns: number; locale: string }) {
  if (average === null) return <span className="text-stone-600">No check-ins</span>;
  const score = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(average);
  return (
    <span>
      <span className="font-semibold tabular-nums">{score}</span> / 5{" "}
      <span className="text-xs text-stone-600">
        ({checkIns} check-in{checkIns === 1 ? "" : "s"})
      </span>
    </span>
  );
}

export function visitsLabel(visits: number): string {
  return visits === 0 ? "No visits yet" : `${visits} visit${visits === 1 ? "" : "s"}`;
}

/** "Nov 2, 2026, 2:00 PM" (en-US), "2 Nov 2026, 14:00" (en-GB): a session, in its location's zone. */
export function SessionTime({ at, timeZone, locale }: { at: Date; timeZone: string; locale: string }) {
  const date = formatLocalDate(localDateOf(at, timeZone), { day: "numeric", month: "short", year: "numeric" }, locale);
  return <time dateTime={at.toISOString()}>{`${date}, ${formatTime(at, timeZone, locale)}`}</time>;
}
