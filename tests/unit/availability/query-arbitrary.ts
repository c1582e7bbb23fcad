// Random availability queries and the definition-level checks the property tests share.
import fc from "fast-check";
import { addDaysToLocalDate, localDateTimeToInstant } from "@/lib/availability/time-zone";
import type { AvailabilityQuery, Interval, TherapistSchedule, WeeklyRule } from "@/lib/availability";

export const MIN = 60_000;
export const DAY = 86_400_000;
export const ZONES = ["America/New_York", "Europe/London", "Asia/Kolkata", "Australia/Lord_Howe", "UTC"];
// Transition days of the zones above, their neighbours and two ordinary days.
export const DATES = [
  "2026-03-07", "2026-03-08", "2026-03-28", "2026-03-29", "2026-04-04", "2026-04-05", "2026-10-03",
  "2026-10-04", "2026-10-24", "2026-10-25", "2026-10-31", "2026-11-01", "2026-06-15", "2026-01-10",
];

type RawInterval = { offsetMinutes: number; lengthMinutes: number; jitterMs: number };
const rawIntervalArb = fc.record({
  offsetMinutes: fc.integer({ min: 0, max: 5 * 1440 }),
  lengthMinutes: fc.integer({ min: 1, max: 300 }),
  jitterMs: fc.constantFrom(0, 0, 0, 1, 30_000, 59_999),
});
const ruleArb: fc.Arbitrary<WeeklyRule> = fc
  .record({
    // Days after fromDate's weekday (remapped below), biased to land inside the range.
    weekday: fc.oneof(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 6 })),
    // Bias towards the small hours, where the transitions are.
    startMinute: fc.oneof(fc.integer({ min: 0, max: 1439 }), fc.constantFrom(0, 60, 90, 105, 120, 135, 150, 180)),
    length: fc.integer({ min: 1, max: 720 }),
  })
  .map(({ weekday, startMinute, length }) => ({ weekday, startMinute, endMinute: Math.min(1440, startMinute + length) }));
const therapistArb = fc.record({
  rules: fc.array(ruleArb, { maxLength: 12 }),
  busy: fc.array(rawIntervalArb, { maxLength: 16 }),
  timeOff: fc.array(rawIntervalArb, { maxLength: 2 }),
});

export const queryArb: fc.Arbitrary<AvailabilityQuery> = fc
  .record({
    timeZone: fc.constantFrom(...ZONES),
    date: fc.constantFrom(...DATES),
    shift: fc.integer({ min: -1, max: 1 }),
    span: fc.integer({ min: -1, max: 3 }),
    ids: fc.shuffledSubarray(["ana", "ben", "cy"], { minLength: 1 }),
    therapists: fc.array(therapistArb, { minLength: 3, maxLength: 3 }),
    stepMinutes: fc.constantFrom(5, 7, 10, 15, 20, 25, 30, 45, 60, 90),
    durationMinutes: fc.integer({ min: 5, max: 240 }),
    bufferBeforeMinutes: fc.constantFrom(0, 0, 5, 10, 15, 30),
    bufferAfterMinutes: fc.constantFrom(0, 0, 5, 10, 15, 30),
    minNoticeMinutes: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 2000 })),
    horizonDays: fc.oneof({ arbitrary: fc.integer({ min: 1, max: 8 }), weight: 9 }, { arbitrary: fc.constant(0), weight: 1 }),
    nowMinutes: fc.integer({ min: -1440, max: 720 }),
    nowJitterMs: fc.integer({ min: 0, max: 59_999 }),
  })
  .map((r) => {
    const fromDate = addDaysToLocalDate(r.date, r.shift);
    const base = localDateTimeToInstant(fromDate, 0, r.timeZone) - DAY / 2;
    const toInterval = (i: RawInterval): Interval => {
      const start = base + i.offsetMinutes * MIN + i.jitterMs;
      return { start, end: start + i.lengthMinutes * MIN };
    };
    const fromWeekday = new Date(`${fromDate}T00:00:00Z`).getUTCDay();
    const therapists: TherapistSchedule[] = r.ids.map((therapistId, k) => ({
      therapistId,
      rules: r.therapists[k]!.rules.map((rule) => ({ ...rule, weekday: (fromWeekday + rule.weekday) % 7 })),
      busy: r.therapists[k]!.busy.map(toInterval),
      timeOff: r.therapists[k]!.timeOff.map(toInterval),
    }));
    return {
      timeZone: r.timeZone,
      fromDate,
      toDate: addDaysToLocalDate(fromDate, r.span),
      service: { durationMinutes: r.durationMinutes, bufferBeforeMinutes: r.bufferBeforeMinutes, bufferAfterMinutes: r.bufferAfterMinutes },
      therapists,
      stepMinutes: r.stepMinutes,
      minNoticeMinutes: r.minNoticeMinutes,
      horizonDays: r.horizonDays,
      now: base + DAY / 2 + r.nowMinutes * MIN + r.nowJitterMs,
    };
  });

export function localDates(q: AvailabilityQuery): string[] {
  const dates: string[] = [];
  for (let d = q.fromDate; d <= q.toDate; d = addDaysToLocalDate(d, 1)) dates.push(d);
  return dates;
}

/** Working blocks straight from the definition, one Intl-based conversion per boundary. */
export function workingBlocks(q: AvailabilityQuery, t: TherapistSchedule): Interval[] {
  return localDates(q).flatMap((date) => {
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    return t.rules
      .filter((r) => r.weekday === weekday)
      .map((r) => ({ start: localDateTimeToInstant(date, r.startMinute, q.timeZone), end: localDateTimeToInstant(date, r.endMinute, q.timeZone) }));
  });
}

export const blockedRange = (q: AvailabilityQuery, s: number): Interval => ({
  start: s - q.service.bufferBeforeMinutes * MIN,
  end: s + (q.service.durationMinutes + q.service.bufferAfterMinutes) * MIN,
});
export const clashes = (a: Interval, b: Interval) => a.start < b.end && b.start < a.end;
export const isFree = (q: AvailabilityQuery, t: TherapistSchedule, s: number) =>
  ![...t.busy, ...t.timeOff].some((iv) => clashes(iv, blockedRange(q, s)));
export const fitsInABlock = (q: AvailabilityQuery, blocks: Interval[], s: number) =>
  blocks.some((b) => b.start <= s && s + q.service.durationMinutes * MIN <= b.end);
