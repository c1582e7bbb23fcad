import { Prisma } from "@/lib/generated/prisma/client";
import { DAY_MS } from "@/lib/availability/local-date";
import { epochDayIso, splitDays, type DaySplit } from "./day-split";
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
 * The counts of the bookings whose session starts in the periods (`bounds`, as periodBounds gives
 * them), per period and therapist, from the facts the database keeps per booking (BookingFact:
 * docs/decisions/014) — its payments, cancellation events, disputes, check-in, and for a
 * completed session the client's next booking and whether it was made within 24 hours. The
 * definitions are those of rebooking.ts, reliability.ts, money.ts and therapists.ts.
 *
 * Whole UTC days come from the sums the database keeps per day, therapist and location
 * (BookingFactDay, the same definitions summed by a trigger); the bookings of the periods' partial
 * first and last days, and of the days a rebooking window's cut falls in, from their own rows
 * (day-split.ts). So a period of 90 days reads some 90 × therapists sums and a few days of rows,
 * whatever the number of bookings. A rebooking window other than 30, 60 and 90 days (`extraDays`)
 * has no sums: then every row is read.
 */
export async function bookingFigures(scope: LoyaltyScope, bounds: Date[], options: { asOf: Date; extraDays?: number }): Promise<BookingCounts[]> {
  const days = options.extraDays === undefined ? [...REBOOKING_DAYS] : [...REBOOKING_DAYS, options.extraDays];
  const cuts = days.map((d) => new Date(options.asOf.getTime() - d * DAY_MS));
  const range = Prisma.sql`f."tenantId" = ${scope.tenantId}::uuid AND f."startsAt" >= ${bounds[0]!} AND f."startsAt" < ${bounds[bounds.length - 1]!}${bookingFilter("f", scope)}`;
  let query: Prisma.Sql;
  if (options.extraDays !== undefined) {
    query = Prisma.sql`${rowCounts(bounds, days, cuts)} WHERE ${range} GROUP BY 1, 2`;
  } else {
    const split = splitDays(bounds, options.asOf, days);
    // Rows: sessions that started on an edge day, or ended on a cut day (so started on it or the day before).
    const rowDays = [
      ...split.edgeDays.map((d) => Prisma.sql`(f."startsAt" >= ${new Date(d * DAY_MS)} AND f."startsAt" < ${new Date((d + 1) * DAY_MS)})`),
      ...split.cutDays.map(
        (d) => Prisma.sql`(f."startsAt" >= ${new Date((d - 1) * DAY_MS)} AND f."startsAt" < ${new Date((d + 1) * DAY_MS)}
          AND f."endsAt" >= ${new Date(d * DAY_MS)} AND f."endsAt" < ${new Date((d + 1) * DAY_MS)})`,
      ),
    ];
    query = Prisma.sql`${dayCounts(scope, bounds, split, cuts)}
      UNION ALL
      ${rowCounts(bounds, days, cuts)} WHERE ${range} AND (${Prisma.join(rowDays, " OR ")}) GROUP BY 1, 2`;
  }
  const rows = await metricQuery<Record<string, bigint | number | string | null>[]>(query);
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

/** The counts per period and therapist of BookingFact rows `f` (FROM included; WHERE and GROUP BY 1, 2 to follow). */
function rowCounts(bounds: Date[], days: number[], cuts: Date[]): Prisma.Sql {
  const windows = days.map((d, i) => {
    // The window has passed: the session ended at least d days (of 24 hours) before asOf.
    const passed = Prisma.sql`f."status" = 'COMPLETED' AND f."endsAt" <= ${cuts[i]!}`;
    return Prisma.sql`count(*) FILTER (WHERE ${passed}) AS ${Prisma.raw(`e${i}`)},
      count(*) FILTER (WHERE ${passed} AND f."nextBookingAt" < f."endsAt" + make_interval(hours => ${24 * d}::int)) AS ${Prisma.raw(`r${i}`)}`;
  });
  return Prisma.sql`
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
    FROM "BookingFact" f`;
}

/**
 * The same counts from the sums kept per day (BookingFactDay, columns named after BookingCounts),
 * for the whole days of the split, less sessions that ended on a cut day. A window has passed for
 * every session that ended before its cut's day, and for none that ended after it.
 */
function dayCounts(scope: LoyaltyScope, bounds: Date[], split: DaySplit, cuts: Date[]): Prisma.Sql {
  const cutDays = cuts.map((c) => epochDayIso(Math.floor(c.getTime() / DAY_MS)));
  const windows = REBOOKING_DAYS.map(
    (d, i) => Prisma.sql`coalesce(sum(s."completed") FILTER (WHERE s."endDay" < ${cutDays[i]!}::date), 0)::bigint AS ${Prisma.raw(`e${i}`)},
      coalesce(sum(s.${Prisma.raw(`"rebooked${d}"`)}) FILTER (WHERE s."endDay" < ${cutDays[i]!}::date), 0)::bigint AS ${Prisma.raw(`r${i}`)}`,
  );
  return Prisma.sql`
    SELECT ${periodOf(Prisma.sql`(s."day"::timestamp AT TIME ZONE 'UTC')`, bounds)} AS p, s."therapistId",
      sum(s."completed")::bigint AS completed, sum(s."noShows")::bigint AS no_shows, sum(s."bookings")::bigint AS bookings, sum(s."lateCancellations")::bigint AS late,
      sum(s."balancesOwed")::bigint AS owed, sum(s."depositsMinor")::bigint AS deposits, sum(s."balancesMinor")::bigint AS balances, sum(s."tipsMinor")::bigint AS tips,
      sum(s."sessionTipsMinor")::bigint AS session_tips, sum(s."feesMinor")::bigint AS fees, sum(s."feesCount")::bigint AS fees_count, sum(s."refundsMinor")::bigint AS refunds,
      sum(s."discountsMinor")::bigint AS discounts, sum(s."waiversMinor")::bigint AS waivers, sum(s."failedCharges")::bigint AS failed,
      sum(s."depositsKeptCount")::bigint AS kept_count, sum(s."depositsKeptMinor")::bigint AS kept_minor, sum(s."disputes")::bigint AS disputes,
      sum(s."checkIns")::bigint AS check_ins, sum(s."satisfactionSum")::bigint AS satisfaction_sum, sum(s."prebooked")::bigint AS prebooked,
      ${Prisma.join(windows, ", ")}
    FROM "BookingFactDay" s
    WHERE s."tenantId" = ${scope.tenantId}::uuid AND s."day" >= ${epochDayIso(split.firstDay)}::date AND s."day" < ${epochDayIso(split.endDay)}::date
      AND NOT (s."day" = ANY(${split.edgeDays.map(epochDayIso)}::date[])) AND NOT (s."endDay" = ANY(${split.cutDays.map(epochDayIso)}::date[]))${bookingFilter("s", scope)}
    GROUP BY 1, 2`;
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
