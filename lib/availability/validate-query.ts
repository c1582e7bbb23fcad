// Rejects queries the engine can't answer meaningfully (a zero step would never terminate).
// Throws RangeError; bad zones and dates throw RangeError from Intl and local-date too.
import type { AvailabilityQuery } from "./types";

function fail(message: string): never {
  throw new RangeError(`Invalid availability query: ${message}`);
}

function isWhole(n: number): boolean {
  return Number.isInteger(n);
}

export function validateQuery(q: AvailabilityQuery): void {
  const { service } = q;
  if (!isWhole(q.stepMinutes) || q.stepMinutes <= 0) fail(`stepMinutes must be a positive integer, got ${q.stepMinutes}`);
  if (!isWhole(service.durationMinutes) || service.durationMinutes <= 0) {
    fail(`durationMinutes must be a positive integer, got ${service.durationMinutes}`);
  }
  if (!isWhole(service.bufferBeforeMinutes) || service.bufferBeforeMinutes < 0) fail("bufferBeforeMinutes must be a non-negative integer");
  if (!isWhole(service.bufferAfterMinutes) || service.bufferAfterMinutes < 0) fail("bufferAfterMinutes must be a non-negative integer");
  if (!Number.isFinite(q.minNoticeMinutes)) fail("minNoticeMinutes must be finite");
  if (!Number.isFinite(q.horizonDays)) fail("horizonDays must be finite");
  if (!Number.isFinite(q.now)) fail("now must be finite");
  for (const t of q.therapists) {
    for (const r of t.rules) {
      const ok = isWhole(r.weekday) && r.weekday >= 0 && r.weekday <= 6 && isWhole(r.startMinute) && isWhole(r.endMinute)
        && r.startMinute >= 0 && r.endMinute > r.startMinute && r.endMinute <= 1440;
      if (!ok) fail(`rule ${JSON.stringify(r)} of therapist ${t.therapistId}`);
    }
  }
}
