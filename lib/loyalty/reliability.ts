import { bookingFigures, sumBookingCounts } from "./period-bookings";
import { periodBounds, share, type LoyaltyScope } from "./scope";

export type Reliability = {
  /** Sessions due in the period: completed or no-show. */
  sessionsDue: number;
  noShows: number;
  noShowRate: number | null;
  /** Bookings for the period that were kept, missed or cancelled (open holds and upcoming ones left out). */
  bookings: number;
  lateCancellations: number;
  lateCancellationRate: number | null;
  depositsKeptCount: number;
  depositsKeptMinor: number;
  feesChargedCount: number;
  feesChargedMinor: number;
};

/**
 * For bookings whose session starts in the period.
 * No-show rate: no-shows ÷ (completed + no-show sessions).
 * Late-cancellation rate: cancellations inside the salon's notice window ÷ (completed + no-show +
 * cancelled bookings). Cancellations of unpaid holds that expired are not bookings and do not count.
 * Deposits kept: deposits paid on no-show or cancelled bookings, less what was refunded of them.
 * Fees charged: no-show and late-cancellation fees that went through.
 */
export async function computeReliability(scope: LoyaltyScope): Promise<Reliability> {
  return reliabilityOf(sumBookingCounts(await bookingFigures(scope, periodBounds(scope), { asOf: new Date() })));
}

/** The reliability figures from a period's booking counts (period-bookings.ts, one query with money and the therapists). */
export function reliabilityOf(c: ReturnType<typeof sumBookingCounts>): Reliability {
  const sessionsDue = c.completed + c.noShows;
  return {
    sessionsDue,
    noShows: c.noShows,
    noShowRate: share(c.noShows, sessionsDue),
    bookings: c.bookings,
    lateCancellations: c.lateCancellations,
    lateCancellationRate: share(c.lateCancellations, c.bookings),
    depositsKeptCount: c.depositsKeptCount,
    depositsKeptMinor: c.depositsKeptMinor,
    feesChargedCount: c.feesCount,
    feesChargedMinor: c.feesMinor,
  };
}
