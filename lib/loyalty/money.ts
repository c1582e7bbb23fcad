import { db } from "@/lib/db/client";
import { bookingFilter, num, type LoyaltyScope } from "./scope";

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
  const prisma = await db();
  const rows = await prisma.$queryRaw<Record<string, bigint | null>[]>`
    WITH period AS (
      SELECT b."id", b."balanceStatus" FROM "Booking" b
      WHERE b."tenantId" = ${scope.tenantId}::uuid
        AND b."startsAt" >= ${scope.from} AND b."startsAt" < ${scope.to}${bookingFilter("b", scope)}
    ), ledger AS (
      SELECT
        coalesce(sum(p."amountMinor") FILTER (WHERE p."status" = 'SUCCEEDED' AND p."kind" = 'DEPOSIT'), 0) AS deposits,
        coalesce(sum(p."amountMinor") FILTER (WHERE p."status" = 'SUCCEEDED' AND p."kind" = 'BALANCE'), 0) AS balances,
        coalesce(sum(p."amountMinor") FILTER (WHERE p."status" = 'SUCCEEDED' AND p."kind" = 'TIP'), 0) AS tips,
        coalesce(sum(p."amountMinor") FILTER (WHERE p."status" = 'SUCCEEDED' AND p."kind" IN ('NO_SHOW_FEE', 'LATE_CANCEL_FEE')), 0) AS fees,
        coalesce(sum(p."amountMinor") FILTER (WHERE p."status" = 'SUCCEEDED' AND p."kind" = 'REFUND'), 0) AS refunds,
        coalesce(sum(p."amountMinor") FILTER (WHERE p."status" = 'SUCCEEDED' AND p."kind" = 'DISCOUNT'), 0) AS discounts,
        coalesce(sum(p."amountMinor") FILTER (WHERE p."status" = 'SUCCEEDED' AND p."kind" = 'WAIVER'), 0) AS waivers,
        count(*) FILTER (WHERE p."status" = 'FAILED' AND p."kind" NOT IN ('REFUND', 'DISCOUNT', 'WAIVER')) AS failed
      FROM period pe JOIN "PaymentRecord" p ON p."tenantId" = ${scope.tenantId}::uuid AND p."bookingId" = pe."id"
    )
    SELECT ledger.*,
      (SELECT count(*) FROM period WHERE "balanceStatus" IN ('OWED', 'RETRY_SCHEDULED', 'ACTION_REQUIRED')) AS owed,
      (SELECT count(*) FROM period pe JOIN "Dispute" d ON d."tenantId" = ${scope.tenantId}::uuid AND d."bookingId" = pe."id") AS disputes
    FROM ledger`;
  const r = rows[0] ?? {};
  return {
    depositsMinor: num(r.deposits),
    balancesMinor: num(r.balances),
    tipsMinor: num(r.tips),
    feesMinor: num(r.fees),
    refundsMinor: num(r.refunds),
    discountsMinor: num(r.discounts),
    waiversMinor: num(r.waivers),
    balancesOwed: num(r.owed),
    failedCharges: num(r.failed),
    disputes: num(r.disputes),
  };
}
