import { db } from "@/lib/db/client";
import { bookingFilter, num, share, type LoyaltyScope } from "./scope";

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
  const prisma = await db();
  const rows = await prisma.$queryRaw<Record<string, bigint | null>[]>`
    WITH period AS (
      SELECT b."id", b."status",
        -- The event log is read for cancelled bookings only.
        CASE WHEN b."status" = 'CANCELLED' THEN EXISTS (SELECT 1 FROM "BookingEvent" e WHERE e."tenantId" = b."tenantId"
          AND e."bookingId" = b."id" AND e."toStatus" = 'CANCELLED' AND e."note" = 'late cancellation') ELSE false END AS late,
        CASE WHEN b."status" = 'CANCELLED' THEN EXISTS (SELECT 1 FROM "BookingEvent" e WHERE e."tenantId" = b."tenantId"
          AND e."bookingId" = b."id" AND e."toStatus" = 'CANCELLED' AND e."fromStatus" = 'PENDING') ELSE false END AS expired_hold
      FROM "Booking" b
      WHERE b."tenantId" = ${scope.tenantId}::uuid
        AND b."startsAt" >= ${scope.from} AND b."startsAt" < ${scope.to}${bookingFilter("b", scope)}
    ), per_booking AS (
      SELECT pe."id", pe."status",
        coalesce(sum(p."amountMinor") FILTER (WHERE p."kind" = 'DEPOSIT'), 0)
          - coalesce(sum(p."amountMinor") FILTER (WHERE p."kind" = 'REFUND' AND d."kind" = 'DEPOSIT'), 0) AS deposit_kept,
        count(*) FILTER (WHERE p."kind" IN ('NO_SHOW_FEE', 'LATE_CANCEL_FEE')) AS fees_count,
        coalesce(sum(p."amountMinor") FILTER (WHERE p."kind" IN ('NO_SHOW_FEE', 'LATE_CANCEL_FEE')), 0) AS fees_minor
      FROM period pe
      JOIN "PaymentRecord" p ON p."tenantId" = ${scope.tenantId}::uuid AND p."bookingId" = pe."id" AND p."status" = 'SUCCEEDED'
      LEFT JOIN "PaymentRecord" d ON d."tenantId" = p."tenantId" AND d."id" = p."refundOfId"
      GROUP BY pe."id", pe."status"
    ), money AS (
      SELECT
        count(*) FILTER (WHERE "status" IN ('NO_SHOW', 'CANCELLED') AND deposit_kept > 0) AS deposits_kept_count,
        coalesce(sum(greatest(deposit_kept, 0)) FILTER (WHERE "status" IN ('NO_SHOW', 'CANCELLED')), 0) AS deposits_kept_minor,
        coalesce(sum(fees_count), 0) AS fees_count, coalesce(sum(fees_minor), 0) AS fees_minor
      FROM per_booking
    )
    SELECT
      (SELECT count(*) FROM period WHERE "status" IN ('COMPLETED', 'NO_SHOW')) AS due,
      (SELECT count(*) FROM period WHERE "status" = 'NO_SHOW') AS no_shows,
      (SELECT count(*) FROM period WHERE "status" IN ('COMPLETED', 'NO_SHOW')
        OR ("status" = 'CANCELLED' AND NOT expired_hold)) AS bookings,
      (SELECT count(*) FROM period WHERE "status" = 'CANCELLED' AND late) AS late,
      money.deposits_kept_minor, money.deposits_kept_count,
      money.fees_count, money.fees_minor
    FROM money`;
  const r = rows[0] ?? {};
  const sessionsDue = num(r.due);
  const noShows = num(r.no_shows);
  const bookings = num(r.bookings);
  const lateCancellations = num(r.late);
  return {
    sessionsDue,
    noShows,
    noShowRate: share(noShows, sessionsDue),
    bookings,
    lateCancellations,
    lateCancellationRate: share(lateCancellations, bookings),
    depositsKeptCount: num(r.deposits_kept_count),
    depositsKeptMinor: num(r.deposits_kept_minor),
    feesChargedCount: num(r.fees_count),
    feesChargedMinor: num(r.fees_minor),
  };
}
