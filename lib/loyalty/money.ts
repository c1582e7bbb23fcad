import { bookingFigures, sumBookingCounts } from "./period-bookings";
import { periodBounds, type LoyaltyScope } from "./scope";

export type MoneySummary = {
  depositsMinor: number;
  balancesMinor: number;
  tipsMinor: number;
  feesMinor: number;
  refundsMinor: number;
  discountsMinor: number;
  waiversMinor: number;
  /** Bookings whose balance is still owed: owed, retry scheduled or waiting for the client's action. */
  balancesOwed: number;
  failedCharges: number;
  disputes: number;
};

/**
 * Money of the sessions that start in the period, in the salon's currency (minor units), from the
 * payment ledger: only payments that went through count. Deposits, balances, tips, fees
 * (no-show and late cancellation), refunds, discounts and waivers are each their own sum.
 * Balances owed: bookings of the period whose balance is owed, has a retry scheduled or needs
 * the client's action. Failed charges: charge attempts that were declined or failed.
 * Disputes: card disputes opened on bookings of the period.
 */
export async function computeMoney(scope: LoyaltyScope): Promise<MoneySummary> {
  return moneyOf(sumBookingCounts(await bookingFigures(scope, periodBounds(scope), { asOf: new Date() })));
}

/** The money figures from a period's booking counts (period-bookings.ts, one query with reliability and the therapists). */
export function moneyOf(c: ReturnType<typeof sumBookingCounts>): MoneySummary {
  return {
    depositsMinor: c.depositsMinor,
    balancesMinor: c.balancesMinor,
    tipsMinor: c.tipsMinor,
    feesMinor: c.feesMinor,
    refundsMinor: c.refundsMinor,
    discountsMinor: c.discountsMinor,
    waiversMinor: c.waiversMinor,
    balancesOwed: c.balancesOwed,
    failedCharges: c.failedCharges,
    disputes: c.disputes,
  };
}
