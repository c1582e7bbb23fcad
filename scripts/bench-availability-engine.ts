// Benchmark of the availability engine alone (no database): 20 therapists, 2,000 bookings
// over 28 days in America/New_York, "any therapist", 60-min service with 15/15 buffers.
// Run: npx tsx scripts/bench-availability-engine.ts
import { pathToFileURL } from "node:url";
import { addDaysToLocalDate, computeAvailability, localDateTimeToInstant, weekdayOfLocalDate } from "@/lib/availability";
import { mulberry32 } from "@/lib/seed/random";
import type { AvailabilityQuery, Interval, TherapistSchedule, WeeklyRule } from "@/lib/availability";

export type BenchBooking = {
  therapistId: string;
  startsAt: number;
  endsAt: number;
  /** Session plus its service's buffers: what the engine sees as busy. */
  blockStartsAt: number;
  blockEndsAt: number;
};

export type BenchScenario = { query: AvailabilityQuery; bookings: BenchBooking[] };

const MIN = 60_000;
const DAYS = 28;
const THERAPISTS = 20;
const BOOKINGS = 2_000;
const FROM_DATE = "2026-03-02"; // the range crosses the 2026-03-08 spring-forward

export function buildBenchScenario(seed = 1): BenchScenario {
  const random = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const timeZone = "America/New_York";
  const toDate = addDaysToLocalDate(FROM_DATE, DAYS - 1);
  const dates = Array.from({ length: DAYS }, (_, i) => addDaysToLocalDate(FROM_DATE, i));

  const therapists: TherapistSchedule[] = [];
  for (let i = 0; i < THERAPISTS; i++) {
    // Six working days, morning and afternoon blocks around a lunch break.
    const dayOff = i % 7;
    const start = pick([480, 540, 600]);
    const lunch = start + 240;
    const end = lunch + 60 + pick([300, 360]);
    const rules: WeeklyRule[] = [];
    for (let weekday = 0; weekday < 7; weekday++) {
      if (weekday === dayOff) continue;
      rules.push({ weekday, startMinute: start, endMinute: lunch }, { weekday, startMinute: lunch + 60, endMinute: end });
    }
    const timeOff: Interval[] = [];
    if (i % 4 === 0) {
      const date = pick(dates);
      timeOff.push({ start: localDateTimeToInstant(date, 0, timeZone), end: localDateTimeToInstant(addDaysToLocalDate(date, 2), 0, timeZone) });
    }
    therapists.push({ therapistId: `therapist-${String(i).padStart(2, "0")}`, rules, timeOff, busy: [] });
  }

  // Place bookings at random grid times inside working blocks, skipping any that would collide.
  const bookings: BenchBooking[] = [];
  for (let attempt = 0; bookings.length < BOOKINGS && attempt < 200_000; attempt++) {
    const therapist = pick(therapists);
    const date = pick(dates);
    const weekday = weekdayOfLocalDate(date);
    const blocks = therapist.rules.filter((r) => r.weekday === weekday);
    if (blocks.length === 0) continue;
    const block = pick(blocks);
    const duration = pick([30, 60, 60, 90]);
    const slots = Math.floor((block.endMinute - block.startMinute - duration) / 15);
    if (slots < 0) continue;
    const startMinute = block.startMinute + 15 * Math.floor(random() * (slots + 1));
    const startsAt = localDateTimeToInstant(date, startMinute, timeZone);
    const endsAt = startsAt + duration * MIN;
    const blockStartsAt = startsAt - 15 * MIN;
    const blockEndsAt = endsAt + 15 * MIN;
    const clash = (iv: Interval) => iv.start < blockEndsAt && blockStartsAt < iv.end;
    if (therapist.busy.some(clash) || therapist.timeOff.some(clash)) continue;
    therapist.busy.push({ start: blockStartsAt, end: blockEndsAt });
    bookings.push({ therapistId: therapist.therapistId, startsAt, endsAt, blockStartsAt, blockEndsAt });
  }
  if (bookings.length < BOOKINGS) throw new Error(`Only placed ${bookings.length} bookings`);

  const query: AvailabilityQuery = {
    timeZone,
    fromDate: FROM_DATE,
    toDate,
    service: { durationMinutes: 60, bufferBeforeMinutes: 15, bufferAfterMinutes: 15 },
    therapists,
    stepMinutes: 15,
    minNoticeMinutes: 120,
    horizonDays: 90,
    now: localDateTimeToInstant(FROM_DATE, 0, timeZone) - 86_400_000,
  };
  return { query, bookings };
}

export type BenchStats = { runs: number; medianMs: number; p95Ms: number; minMs: number; slots: number; therapistSlots: number };

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export function benchEngine(options: { runs?: number; warmup?: number; scenario?: BenchScenario } = {}): BenchStats {
  const { runs = 50, warmup = 30, scenario = buildBenchScenario() } = options;
  let result = computeAvailability(scenario.query);
  for (let i = 0; i < warmup; i++) result = computeAvailability(scenario.query);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    result = computeAvailability(scenario.query);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const stats: BenchStats = {
    runs,
    medianMs: percentile(times, 50),
    p95Ms: percentile(times, 95),
    minMs: times[0]!,
    slots: result.length,
    therapistSlots: result.reduce((n, s) => n + s.therapistIds.length, 0),
  };
  const ms = (x: number) => `${x.toFixed(2)} ms`;
  console.log(
    `engine: ${THERAPISTS} therapists, ${scenario.bookings.length} bookings, ${DAYS} days, ${runs} runs\n` +
      `  median ${ms(stats.medianMs)}  p95 ${ms(stats.p95Ms)}  min ${ms(stats.minMs)}\n` +
      `  ${stats.slots} slots (distinct starts), ${stats.therapistSlots} therapist-slot pairs`,
  );
  return stats;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) benchEngine();
