// Fixtures for the engine's table tests: a Monday in New York, rules and spans in "HH:MM".
import { formatLocalTime, localDateTimeToInstant } from "@/lib/availability/time-zone";
import type { AvailabilityQuery, Interval, Slot, TherapistSchedule, WeeklyRule } from "@/lib/availability";

export const TZ = "America/New_York";
export const MONDAY = "2026-06-01";
export const MIN = 60_000;

/** Instant of "HH:MM" local on a date (default: the Monday under test). */
export const at = (hhmm: string, date = MONDAY) => {
  const [h, m] = hhmm.split(":").map(Number);
  return localDateTimeToInstant(date, h! * 60 + m!, TZ);
};
export const span = (from: string, to: string): Interval => ({ start: at(from), end: at(to) });
export const rule = (from: string, to: string, weekday = 1): WeeklyRule => {
  const minutes = (s: string) => Number(s.slice(0, 2)) * 60 + Number(s.slice(3));
  return { weekday, startMinute: minutes(from), endMinute: minutes(to) };
};
export const therapist = (therapistId: string, rules: WeeklyRule[], extra: Partial<TherapistSchedule> = {}): TherapistSchedule => ({
  therapistId, rules, timeOff: [], busy: [], ...extra,
});

export type Overrides = Partial<AvailabilityQuery> & { therapists: TherapistSchedule[] };

export function query(overrides: Overrides): AvailabilityQuery {
  return {
    timeZone: TZ,
    fromDate: MONDAY,
    toDate: MONDAY,
    service: { durationMinutes: 60, bufferBeforeMinutes: 0, bufferAfterMinutes: 0 },
    stepMinutes: 60,
    minNoticeMinutes: 0,
    horizonDays: 60,
    now: Date.parse("2026-05-01T00:00:00Z"),
    ...overrides,
  };
}

export const times = (slots: Slot[]) => slots.map((s) => formatLocalTime(s.start, TZ));
export const withIds = (slots: Slot[]) => slots.map((s) => `${formatLocalTime(s.start, TZ)} ${s.therapistIds.join(",")}`);
export const buffered = { durationMinutes: 60, bufferBeforeMinutes: 15, bufferAfterMinutes: 15 };
