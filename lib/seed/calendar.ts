// Tracks what each therapist's day already holds while the seed places bookings,
// so every booking lands inside working hours and nothing overlaps, buffers included.
import { localDateTimeToInstant, weekdayOfLocalDate as weekdayOf } from "@/lib/availability/time-zone";
import type { Rng } from "./random";
import type { WorkBlock } from "./types";

const MINUTE_MS = 60_000;
/** Demo bookings start on the half hour, like most salons' diaries. */
const START_STEP_MINUTES = 30;

export type ServiceTiming = { durationMinutes: number; bufferBeforeMinutes: number; bufferAfterMinutes: number };
export type Placement = { startsAt: number; endsAt: number; blockStartsAt: number; blockEndsAt: number };

export class SeedCalendar {
  /** therapistId|date -> occupied [blockStart, blockEnd) intervals, in ms. */
  private readonly busy = new Map<string, [number, number][]>();
  private readonly daysOff = new Set<string>();
  /** clientId|date: one visit a day per client is plenty. */
  private readonly clientDays = new Set<string>();

  constructor(
    private readonly timeZone: string,
    private readonly rules: Map<string, WorkBlock[]>,
  ) {}

  markDayOff(therapistId: string, date: string): void {
    this.daysOff.add(`${therapistId}|${date}`);
  }

  works(therapistId: string, date: string): boolean {
    if (this.daysOff.has(`${therapistId}|${date}`)) return false;
    const weekday = weekdayOf(date);
    return (this.rules.get(therapistId) ?? []).some((rule) => rule.weekday === weekday);
  }

  clientFree(clientId: string, date: string): boolean {
    return !this.clientDays.has(`${clientId}|${date}`);
  }

  /** Every start on `date` that fits a working block and the free time left; empty if none. */
  freeStarts(therapistId: string, date: string, service: ServiceTiming): Placement[] {
    if (!this.works(therapistId, date)) return [];
    const weekday = weekdayOf(date);
    const taken = this.busy.get(`${therapistId}|${date}`) ?? [];
    const out: Placement[] = [];
    for (const rule of this.rules.get(therapistId) ?? []) {
      if (rule.weekday !== weekday) continue;
      // The whole block, buffers included, stays inside the working block.
      const first = Math.ceil((rule.startMinute + service.bufferBeforeMinutes) / START_STEP_MINUTES) * START_STEP_MINUTES;
      for (let minute = first; minute + service.durationMinutes + service.bufferAfterMinutes <= rule.endMinute; minute += START_STEP_MINUTES) {
        const startsAt = localDateTimeToInstant(date, minute, this.timeZone);
        const placement: Placement = {
          startsAt,
          endsAt: startsAt + service.durationMinutes * MINUTE_MS,
          blockStartsAt: startsAt - service.bufferBeforeMinutes * MINUTE_MS,
          blockEndsAt: startsAt + (service.durationMinutes + service.bufferAfterMinutes) * MINUTE_MS,
        };
        if (taken.every(([s, e]) => placement.blockEndsAt <= s || placement.blockStartsAt >= e)) out.push(placement);
      }
    }
    return out;
  }

  /** Picks a random free start and reserves it, or returns undefined when the day is full. */
  place(rng: Rng, therapistId: string, clientId: string, date: string, service: ServiceTiming): Placement | undefined {
    if (!this.clientFree(clientId, date)) return undefined;
    const options = this.freeStarts(therapistId, date, service);
    if (options.length === 0) return undefined;
    const chosen = rng.pick(options);
    const key = `${therapistId}|${date}`;
    const taken = this.busy.get(key) ?? [];
    taken.push([chosen.blockStartsAt, chosen.blockEndsAt]);
    this.busy.set(key, taken);
    this.clientDays.add(`${clientId}|${date}`);
    return chosen;
  }
}
