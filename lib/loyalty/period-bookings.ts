import { Prisma } from "@/lib/generated/prisma/client";
import { bookingFilter, metricQuery, num, periodOf, type LoyaltyScope } from "./scope";

/** The rebooking windows every query counts; a therapist figure may ask for one more. */
export const REBOOKING_DAYS = [30, 60, 90] as const;

/**
 * Sums over the bookings of one period and therapist that rebooking.ts, reliability.ts,
 * money.ts and therapists.ts define their figures with (all of them add up across therapists).
 */
export type BookingCounts = {
  period: number;
  therapistId: string;
  /** Completed sessions. */
  completed: number;
  noShows: number;
  /** Kept, missed or cancelled, expired holds left out. */
  bookings: number;
  lateCancellations: number;
  balancesOwed: number;
  depositsMinor: number;
  balancesMinor: number;
  tipsMinor: number;
  /** Tips of completed and no-show sessions only (the therapist figures). */
  sessionTipsMinor: number;
  feesMinor: number;
  feesCount: number;
  refundsMinor: number;
  discountsMinor: number;
  waiversMinor: number;
  failedCharges: number;
  depositsKeptCount: number;
  depositsKeptMinor: number;
  disputes: number;
  /** Check-ins of completed and no-show sessions, and the sum of their scores. */
  checkIns: number;
  satisfactionSum: number;
  /** Completed sessions followed by a booking made within 24 hours of their end. */
  prebooked: number;
  /** Per rebooking window (REBOOKING_DAYS, then the extra one if asked): sessions whose window has passed, and those rebooked in it. */
  eligible: number[];
  rebooked: number[];
};

/**
 * One pass over the bookings whose session starts in the periods (`bounds`, as periodBounds
 * gives them), grouped by period and therapist, from the facts the database keeps per booking
 * (BookingFact: docs/decisions/014) — its payments, cancellation events, disputes, check-in,
 * and for a completed session the client's next booking and whether it was made within 24
 * hours. The definitions are those of rebooking.ts, reliability.ts, money.ts and therapists.ts.
 */
export async function bookingFigures(scope: LoyaltyScope, bounds: Date[], options: { asOf: Date; extraDays?: number }): Promise<BookingCounts[]> {
  const days = options.extraDays === undefined ? [...REBOOKING_DAYS] : [...REBOOKING_DAYS, options.extraDays];
  const windows = days.map((d, i) => {
    // The window has passed: the session ended at least d days (of 24 hours) before asOf.
    const passed = Prisma.sql`f."status" = 'COMPLETED' AND f."endsAt" <= ${new Date(options.asOf.getTime() - d * 86_400_000)}`;
    return Prisma.sql`count(*) FILTER (WHERE ${passed}) AS ${Prisma.raw(`e${i}`)},
      count(*) FILTER (WHERE ${passed} AND f."nextBookingAt" < f."endsAt" + make_interval(days => ${d}::int)) AS ${Prisma.raw(`r${i}`)}`;
  });
  const rows = await metricQuery<Record<string, bigint | number | string | null>[]>(Prisma.sql`
    SELECT ${periodOf(Prisma.sql`f."startsAt"`, bounds)} AS p, f."therapistId",
      count(*) FILTER (WHERE f."status" = 'COMPLETED') AS completed,
      count(*) FILTER (WHERE f."status" = 'NO_SHOW') AS no_shows,
      count(*) FILTER (WHERE f."status" IN ('COMPLETED', 'NO_SHOW') OR (f."status" = 'CANCELLED' AND NOT f."expiredHold")) AS bookings,
      count(*) FILTER (WHERE f."status" = 'CANCELLED' AND f."lateCancellation") AS late,
      count(*) FILTER (WHERE f."balanceStatus" IN ('OWED', 'RETRY_SCHEDULED', 'ACTION_REQUIRED')) AS owed,
      sum(f."depositsMinor") AS deposits, sum(f."balancesMinor") AS balances, sum(f."tipsMinor") AS tips,
      coalesce(sum(f."tipsMinor") FILTER (WHERE f."status" IN ('COMPLETED', 'NO_SHOW')), 0) AS session_tips,
      sum(f."feesMinor") AS fees, sum(f."feesCount") AS fees_count, sum(f."refundsMinor") AS refunds,
      sum(f."discountsMinor") AS discounts, sum(f."waiversMinor") AS waivers, sum(f."failedCharges") AS failed,
      -- Deposits paid on no-show or cancelled bookings, less what was refunded of them.
      count(*) FILTER (WHERE f."status" IN ('NO_SHOW', 'CANCELLED') AND f."depositsMinor" - f."depositRefundsMinor" > 0) AS kept_count,
      coalesce(sum(greatest(f."depositsMinor" - f."depositRefundsMinor", 0)) FILTER (WHERE f."status" IN ('NO_SHOW', 'CANCELLED')), 0) AS kept_minor,
      sum(f."disputes") AS disputes,
      count(f."checkInScore") FILTER (WHERE f."status" IN ('COMPLETED', 'NO_SHOW')) AS check_ins,
      coalesce(sum(f."checkInScore") FILTER (WHERE f."status" IN ('COMPLETED', 'NO_SHOW')), 0) AS satisfaction_sum,
      count(*) FILTER (WHERE f."status" = 'COMPLETED' AND f."prebooked") AS prebooked,
      ${Prisma.join(windows, ", ")}
    FROM "BookingFact" f
    WHERE f."tenantId" = ${scope.tenantId}::uuid AND f."startsAt" >= ${bounds[0]!} AND f."startsAt" < ${bounds[bounds.length - 1]!}${bookingFilter("f", scope)}
    GROUP BY 1, 2`);
  return rows.map((r) => ({
    period: Number(r.p),
    therapistId: String(r.therapistId),
    completed: num(r.completed as bigint),
    noShows: num(r.no_shows as bigint),
    bookings: num(r.bookings as bigint),
    lateCancellations: num(r.late as bigint),
    balancesOwed: num(r.owed as bigint),
    depositsMinor: num(r.deposits as bigint),
    balancesMinor: num(r.balances as bigint),
    tipsMinor: num(r.tips as bigint),
    sessionTipsMinor: num(r.session_tips as bigint),
    feesMinor: num(r.fees as bigint),
    feesCount: num(r.fees_count as bigint),
    refundsMinor: num(r.refunds as bigint),
    discountsMinor: num(r.discounts as bigint),
    waiversMinor: num(r.waivers as bigint),
    failedCharges: num(r.failed as bigint),
    depositsKeptCount: num(r.kept_count as bigint),
    depositsKeptMinor: num(r.kept_minor as bigint),
    disputes: num(r.disputes as bigint),
    checkIns: num(r.check_ins as bigint),
    satisfactionSum: num(r.satisfaction_sum as bigint),
    prebooked: num(r.prebooked as bigint),
    eligible: days.map((_, i) => num(r[`e${i}`] as bigint)),
    rebooked: days.map((_, i) => num(r[`r${i}`] as bigint)),
  }));
}

/** The counts of several therapists (or of a period's every therapist) added up. */
export function sumBookingCounts(rows: BookingCounts[]): Omit<BookingCounts, "period" | "therapistId"> {
  const total = {
    completed: 0, noShows: 0, bookings: 0, lateCancellations: 0, balancesOwed: 0, depositsMinor: 0, balancesMinor: 0, tipsMinor: 0, sessionTipsMinor: 0,
    feesMinor: 0, feesCount: 0, refundsMinor: 0, discountsMinor: 0, waiversMinor: 0, failedCharges: 0, depositsKeptCount: 0, depositsKeptMinor: 0,
    disputes: 0, checkIns: 0, satisfactionSum: 0, prebooked: 0,
  };
  const windows = Math.max(REBOOKING_DAYS.length, ...rows.map((r) => r.eligible.length));
  const eligible = new Array<number>(windows).fill(0);
  const rebooked = new Array<number>(windows).fill(0);
  for (const row of rows) {
    for (const key of Object.keys(total) as (keyof typeof total)[]) total[key] += row[key];
    row.eligible.forEach((n, i) => (eligible[i] = eligible[i]! + n));
    row.rebooked.forEach((n, i) => (rebooked[i] = rebooked[i]! + n));
  }
  return { ...total, eligible, rebooked };
}
