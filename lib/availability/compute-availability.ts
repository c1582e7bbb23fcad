/*
 * Availability engine: which session starts can be booked, and with whom.
 *
 * Semantics:
 * - For each local date in [fromDate, toDate] and each rule on that date's weekday, the working
 *   block is [localDateTimeToInstant(date, startMinute), localDateTimeToInstant(date, endMinute)).
 *   That is real elapsed time: on a DST day 9:00–17:00 is still 9:00–17:00 on the wall, and a
 *   block crossing 02:00 on spring-forward day is an hour shorter (nonexistent wall times move
 *   forward by the gap, repeated ones take the earlier instant).
 * - Candidate starts lie on the local clock grid: the start's local minute of day (at the
 *   offset in force at that instant) is a multiple of stepMinutes, restarting at local midnight.
 * - A start s is bookable for a therapist iff:
 *     the session [s, s + duration) lies entirely within one working block;
 *     the blocked range [s - bufferBefore, s + duration + bufferAfter) overlaps no busy and no
 *       time-off interval (buffers may run outside working hours, never into another booking);
 *     s >= now + minNotice and s < now + horizonDays * 24h.
 * - Result: one Slot per distinct start, ascending, listing every therapist free then (sorted).
 *
 * Approach: per therapist, turn blocks into ranges of admissible starts, subtract the busy and
 * time-off intervals grown by the session and buffers, then walk the step grid over what is
 * left. All integer ms; the zone's offsets come from a timeline built once per query.
 */
import { clipIntervals, expandIntervals, mergeIntervals, subtractIntervals } from "./intervals";
import { DAY_MS, localDateToEpochDay, MINUTE_MS, weekdayOfEpochDay } from "./local-date";
import { pushGridStarts } from "./slot-grid";
import type { AvailabilityQuery, Interval, Slot, TherapistSchedule, WeeklyRule } from "./types";
import { buildZoneTimeline, type ZoneTimeline } from "./zone-timeline";
import { validateQuery } from "./validate-query";

type Day = { wallMs: number; weekday: number };

type Context = {
  days: Day[];
  timeline: ZoneTimeline;
  durationMs: number;
  beforeMs: number;
  afterMs: number;
  stepMs: number;
  earliest: number;
  latest: number;
};

export function computeAvailability(query: AvailabilityQuery): Slot[] {
  validateQuery(query);
  const earliest = query.now + query.minNoticeMinutes * MINUTE_MS;
  const latest = query.now + query.horizonDays * DAY_MS;
  // A local date is within a day of its UTC date, so dates outside notice/horizon (with a
  // margin) can't hold a bookable start and aren't worth converting.
  const firstDay = Math.max(localDateToEpochDay(query.fromDate), Math.floor(earliest / DAY_MS) - 2);
  const lastDay = Math.min(localDateToEpochDay(query.toDate), Math.floor(latest / DAY_MS) + 2);
  if (query.therapists.length === 0 || earliest >= latest || firstDay > lastDay) return [];

  const days: Day[] = [];
  for (let d = firstDay; d <= lastDay; d++) days.push({ wallMs: d * DAY_MS, weekday: weekdayOfEpochDay(d) });
  const ctx: Context = {
    days,
    // Margins cover any zone offset plus the day either side that wall-time resolution reads.
    timeline: buildZoneTimeline(query.timeZone, firstDay * DAY_MS - 2 * DAY_MS, (lastDay + 3) * DAY_MS),
    durationMs: query.service.durationMinutes * MINUTE_MS,
    beforeMs: query.service.bufferBeforeMinutes * MINUTE_MS,
    afterMs: query.service.bufferAfterMinutes * MINUTE_MS,
    stepMs: query.stepMinutes * MINUTE_MS,
    earliest,
    latest,
  };

  // Sorted by id so each slot's therapistIds come out sorted without a per-slot sort.
  const therapists = [...query.therapists].sort((a, b) => (a.therapistId < b.therapistId ? -1 : a.therapistId > b.therapistId ? 1 : 0));
  const byStart = new Map<number, string[]>();
  for (const therapist of therapists) {
    const id = therapist.therapistId;
    for (const start of bookableStarts(therapist, ctx)) {
      const ids = byStart.get(start);
      if (!ids) byStart.set(start, [id]);
      else if (ids[ids.length - 1] !== id) ids.push(id);
    }
  }
  const starts = [...byStart.keys()].sort((a, b) => a - b);
  return starts.map((start) => ({ start, therapistIds: byStart.get(start)! }));
}

/** Ascending bookable starts of one therapist. */
function bookableStarts(schedule: TherapistSchedule, ctx: Context): number[] {
  const { timeline, durationMs } = ctx;
  const rulesByWeekday = groupByWeekday(schedule.rules);
  const windows: Interval[] = [];
  for (const day of ctx.days) {
    for (const rule of rulesByWeekday[day.weekday]!) {
      const blockStart = timeline.wallToInstant(day.wallMs + rule.startMinute * MINUTE_MS);
      const blockEnd = timeline.wallToInstant(day.wallMs + rule.endMinute * MINUTE_MS);
      // Starts from blockStart to blockEnd - duration fit; +1 makes that inclusive end half-open.
      if (blockEnd - durationMs >= blockStart) windows.push({ start: blockStart, end: blockEnd - durationMs + 1 });
    }
  }
  const startable = clipIntervals(mergeIntervals(windows), ctx.earliest, ctx.latest);
  if (startable.length === 0) return [];

  // s clashes with a blocked [b0, b1) iff s - before < b1 and s + duration + after > b0,
  // i.e. s in [b0 - duration - after + 1, b1 + before).
  const blocked = mergeIntervals(schedule.busy.concat(schedule.timeOff));
  const forbidden = expandIntervals(blocked, durationMs + ctx.afterMs - 1, ctx.beforeMs);
  const out: number[] = [];
  pushGridStarts(out, subtractIntervals(startable, forbidden), ctx.stepMs, timeline);
  return out;
}

function groupByWeekday(rules: readonly WeeklyRule[]): WeeklyRule[][] {
  const groups: WeeklyRule[][] = [[], [], [], [], [], [], []];
  for (const rule of rules) groups[rule.weekday]!.push(rule);
  return groups;
}
