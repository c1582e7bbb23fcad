import { bookingFigures, REBOOKING_DAYS, sumBookingCounts, type BookingCounts } from "./period-bookings";
import { periodBounds, share, type LoyaltyScope } from "./scope";

export type RebookingWindow = { days: 30 | 60 | 90; eligible: number; rebooked: number; rate: number | null };
export type Rebooking = { windows: RebookingWindow[]; sessions: number; prebooked: number; prebookingRate: number | null };

/**
 * Rebooking within N days: of the completed sessions in the period whose N days have fully
 * passed (as of `asOf`), the share after which the same client has another booking, with any
 * therapist, starting within N days of the session's end. Cancelled bookings do not count as
 * a rebooking.
 * Prebooking: of the completed sessions in the period, the share after which the same client
 * made their next booking within 24 hours of the session's end (a booking created in that
 * window for a later time; cancelled ones do not count).
 * (Counted with reliability, money and the therapist figures in one query over the facts kept
 * per booking: period-bookings.ts.)
 */
export async function computeRebooking(scope: LoyaltyScope & { asOf?: Date }): Promise<Rebooking> {
  const rows = await bookingFigures(scope, periodBounds(scope), { asOf: scope.asOf ?? new Date() });
  return rebookingOf(rows.filter((r) => r.period === 1));
}

/** The rebooking figures from a period's booking counts. */
export function rebookingOf(rows: BookingCounts[]): Rebooking {
  const c = sumBookingCounts(rows);
  const windows = REBOOKING_DAYS.map((days, i) => {
    const eligible = c.eligible[i] ?? 0;
    const rebooked = c.rebooked[i] ?? 0;
    return { days, eligible, rebooked, rate: share(rebooked, eligible) };
  });
  return { windows, sessions: c.completed, prebooked: c.prebooked, prebookingRate: share(c.prebooked, c.completed) };
}
