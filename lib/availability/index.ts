// Public surface of the availability engine.
export type { AvailabilityQuery, Interval, ServiceTiming, Slot, TherapistSchedule, WeeklyRule } from "./types";
export { computeAvailability } from "./compute-availability";
export {
  addDaysToLocalDate,
  formatLocalTime,
  formatMinuteOfDay,
  instantToLocalParts,
  localDateTimeToInstant,
  weekdayOfLocalDate,
  zonedOffsetMinutes,
  zonedOffsetMs,
  type LocalParts,
} from "./time-zone";
export { clipIntervals, expandIntervals, mergeIntervals, overlaps, subtractIntervals } from "./intervals";
export { buildZoneTimeline, type ZoneTimeline } from "./zone-timeline";
