// Shared types of the availability engine. Other modules (booking, UI) code against these names.

/** Epoch milliseconds (UTC), half-open: [start, end). */
export type Interval = { start: number; end: number };

/**
 * A recurring working block. weekday 0=Sunday..6; minutes after local midnight in the
 * location's zone, end > start, end <= 1440. Several rules per weekday = blocks with breaks.
 */
export type WeeklyRule = { weekday: number; startMinute: number; endMinute: number };

export type TherapistSchedule = {
  therapistId: string;
  rules: WeeklyRule[];
  /** UTC instants. */
  timeOff: Interval[];
  /** Blocked ranges of existing active bookings, already including their buffers. */
  busy: Interval[];
};

export type ServiceTiming = { durationMinutes: number; bufferBeforeMinutes: number; bufferAfterMinutes: number };

export type AvailabilityQuery = {
  /** IANA zone of the location. */
  timeZone: string;
  /** Local date YYYY-MM-DD (inclusive). */
  fromDate: string;
  /** Local date YYYY-MM-DD (inclusive). */
  toDate: string;
  service: ServiceTiming;
  /** One entry = a specific therapist; several = "any therapist". */
  therapists: TherapistSchedule[];
  /** Slot grid on the local clock, e.g. 15. */
  stepMinutes: number;
  /** Earliest start = now + notice. */
  minNoticeMinutes: number;
  /** Latest start < now + horizonDays * 24h. */
  horizonDays: number;
  /** Epoch ms. */
  now: number;
};

/** start = session start instant (UTC ms); therapistIds sorted, non-empty. */
export type Slot = { start: number; therapistIds: string[] };
