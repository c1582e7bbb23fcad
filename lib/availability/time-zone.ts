// Time-zone utilities on epoch-ms instants, built on Intl.DateTimeFormat (the runtime's
// tz database). Used by the engine and by the UI to label slots in the location's zone.
import { civilToEpochDay, DAY_MS, epochDayToLocalDate, MINUTE_MS, localDateToEpochDay, weekdayOfEpochDay } from "./local-date";

export { addDaysToLocalDate, weekdayOfLocalDate } from "./local-date";

export type LocalParts = {
  /** Local date "YYYY-MM-DD". */
  date: string;
  /** Whole minutes after local midnight, 0..1439. */
  minuteOfDay: number;
  /** 0=Sunday..6. */
  weekday: number;
};

// Constructing a DateTimeFormat costs far more than using one, so keep one per zone.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

function floorToSecond(ms: number): number {
  return ms - (((ms % 1000) + 1000) % 1000);
}

/** The local wall clock at an instant, as if that clock reading were a UTC instant (ms). */
function wallClockMs(instantMs: number, timeZone: string): number {
  let year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0;
  for (const p of formatterFor(timeZone).formatToParts(instantMs)) {
    switch (p.type) {
      case "year": year = Number(p.value); break;
      case "month": month = Number(p.value); break;
      case "day": day = Number(p.value); break;
      // Some engines print midnight as 24 even with h23.
      case "hour": hour = Number(p.value) % 24; break;
      case "minute": minute = Number(p.value); break;
      case "second": second = Number(p.value); break;
    }
  }
  return civilToEpochDay(year, month, day) * DAY_MS + hour * 3_600_000 + minute * MINUTE_MS + second * 1000;
}

/** UTC offset of the zone at an instant, in ms (local = UTC + offset). */
export function zonedOffsetMs(instantMs: number, timeZone: string): number {
  return wallClockMs(instantMs, timeZone) - floorToSecond(instantMs);
}

/** UTC offset of the zone at an instant, in minutes (New York in winter: -300). */
export function zonedOffsetMinutes(instantMs: number, timeZone: string): number {
  return zonedOffsetMs(instantMs, timeZone) / MINUTE_MS;
}

/**
 * Resolves a wall-clock reading (ms, as if UTC) to an instant with Temporal's "compatible"
 * disambiguation: a time in a spring-forward gap moves forward by the gap length, a repeated
 * fall-back time takes the earlier instant. Looks one day either side for the transition,
 * like Temporal does. Shared with the zone timeline so both resolve identically.
 */
export function resolveWallTime(wallMs: number, offsetAt: (instantMs: number) => number): number {
  const before = offsetAt(wallMs - DAY_MS);
  const after = offsetAt(wallMs + DAY_MS);
  if (before === after) return wallMs - before;
  const earlier = wallMs - before;
  const later = wallMs - after;
  const earlierValid = offsetAt(earlier) === before;
  const laterValid = offsetAt(later) === after;
  if (earlierValid && laterValid) return Math.min(earlier, later);
  if (earlierValid) return earlier;
  if (laterValid) return later;
  // Gap: read the wall time with the pre-transition offset, which lands past the gap.
  return earlier;
}

/** Instant of a local date + minute of day (0..1440, 1440 = next midnight) in a zone. */
export function localDateTimeToInstant(localDate: string, minuteOfDay: number, timeZone: string): number {
  if (!Number.isFinite(minuteOfDay) || minuteOfDay < 0 || minuteOfDay > 1440) {
    throw new RangeError(`minuteOfDay must be within 0..1440, got ${minuteOfDay}`);
  }
  const wallMs = localDateToEpochDay(localDate) * DAY_MS + minuteOfDay * MINUTE_MS;
  return resolveWallTime(wallMs, (t) => zonedOffsetMs(t, timeZone));
}

/** Local date, minute of day and weekday of an instant in a zone. */
export function instantToLocalParts(instantMs: number, timeZone: string): LocalParts {
  const wall = wallClockMs(instantMs, timeZone);
  const epochDay = Math.floor(wall / DAY_MS);
  return {
    date: epochDayToLocalDate(epochDay),
    minuteOfDay: Math.floor((wall - epochDay * DAY_MS) / MINUTE_MS),
    weekday: weekdayOfEpochDay(epochDay),
  };
}

/** "HH:MM" (24-hour) of a minute of day. */
export function formatMinuteOfDay(minuteOfDay: number): string {
  const h = Math.floor(minuteOfDay / 60);
  const m = minuteOfDay % 60;
  return `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`;
}

/** "HH:MM" (24-hour) local clock time of an instant in a zone, e.g. for slot labels. */
export function formatLocalTime(instantMs: number, timeZone: string): string {
  return formatMinuteOfDay(instantToLocalParts(instantMs, timeZone).minuteOfDay);
}
