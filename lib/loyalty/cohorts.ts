import { Prisma } from "@/lib/generated/prisma/client";
import { localBuckets } from "./local-buckets";
import { bookingFilter, metricQuery, num, share, type ZonedLoyaltyScope } from "./scope";

export type CohortCell = { monthsSince: number; clients: number; share: number | null };
export type Cohort = { month: string; size: number; cells: CohortCell[] };

/**
 * Retention cohorts: clients grouped by the calendar month (in the salon's time zone) of their
 * first completed session at the salon, for first months that start in the period. For each
 * month since (0 = the first month itself) up to the month containing the end of the period,
 * the share of the cohort with at least one completed session in that month. A session at
 * 23:30 local time on the last day of a month belongs to that month.
 */
export async function computeRetentionCohorts(scope: ZonedLoyaltyScope): Promise<Cohort[]> {
  // The local months from the one holding `from` to the one holding the period's last instant.
  const months = localBuckets("month", scope.from, new Date(scope.to.getTime() - 1), scope.timeZone);
  // Each completed session's row carries the client's first completed session at the salon and
  // the one before it (BookingFact: docs/decisions/014): the cohorts' clients are those whose first
  // visit falls in these months, read by that first visit from an index that holds what is needed;
  // their visits before `to` counted, each in its month (numbered by width_bucket, 1 = the first).
  const rows = await metricQuery<{ cohort: number; month: number | null; clients: bigint }[]>(
    scope.therapistId || scope.locationId ? filteredCells(scope, months.bounds) : salonCells(scope, months.bounds),
  );
  const byCohort = new Map<number, { size: number; counts: Map<number, number> }>();
  // Each cohort's size row comes first, then its clients per month.
  for (const row of rows) {
    const cohort = Number(row.cohort);
    const entry = byCohort.get(cohort) ?? { size: 0, counts: new Map() };
    if (row.month === null) entry.size = num(row.clients);
    else entry.counts.set(Number(row.month) - cohort, num(row.clients));
    byCohort.set(cohort, entry);
  }
  return [...byCohort.entries()].map(([cohort, { size, counts }]) => {
    const cells: CohortCell[] = [];
    for (let k = 0; k <= months.starts.length - cohort; k++) {
      const clients = counts.get(k) ?? 0;
      cells.push({ monthsSince: k, clients, share: share(clients, size) });
    }
    return { month: months.starts[cohort - 1]!.slice(0, 7), size, cells };
  });
}

const monthsOf = (bounds: Date[]) => Prisma.sql`${bounds.map((d) => d.toISOString())}::timestamptz[]`;
const firstVisitIn = (scope: ZonedLoyaltyScope, bounds: Date[]) =>
  Prisma.sql`f."tenantId" = ${scope.tenantId}::uuid AND f."status" = 'COMPLETED' AND f."firstVisitAt" >= ${bounds[0]!} AND f."firstVisitAt" < ${bounds[bounds.length - 1]!}`;

/**
 * Salon-wide, without a distinct count: a client counts in a month on their first session of it,
 * the one whose previous visit is before the month (the first visit itself has none, so it also
 * counts each cohort's clients once).
 */
function salonCells(scope: ZonedLoyaltyScope, bounds: Date[]): Prisma.Sql {
  const months = monthsOf(bounds);
  return Prisma.sql`
    SELECT v.cohort, v.month, count(*) FILTER (WHERE v.first_of_month) AS clients
    FROM (
      SELECT width_bucket(f."firstVisitAt", ${months}) AS cohort, width_bucket(f."startsAt", ${months}) AS month,
        f."previousVisitAt" IS NULL OR f."previousVisitAt" < (${months})[width_bucket(f."startsAt", ${months})] AS first_of_month
      FROM "BookingFact" f
      WHERE ${firstVisitIn(scope, bounds)} AND f."startsAt" < ${scope.to}
    ) v
    GROUP BY v.cohort, v.month
    UNION ALL
    SELECT width_bucket(f."firstVisitAt", ${months}), NULL, count(*) FROM "BookingFact" f
    WHERE ${firstVisitIn(scope, bounds)} AND f."previousVisitAt" IS NULL GROUP BY 1
    ORDER BY 1, 2 NULLS FIRST`;
}

/** With a therapist or location filter: the cohort's clients (all of them) and their months with that therapist or location. */
function filteredCells(scope: ZonedLoyaltyScope, bounds: Date[]): Prisma.Sql {
  const months = monthsOf(bounds);
  return Prisma.sql`
    WITH member_months AS (
      SELECT DISTINCT width_bucket(f."firstVisitAt", ${months}) AS cohort, f."clientId",
        CASE WHEN f."startsAt" < ${scope.to}${bookingFilter("f", scope)} THEN width_bucket(f."startsAt", ${months}) END AS month
      FROM "BookingFact" f
      WHERE ${firstVisitIn(scope, bounds)}
    )
    SELECT cohort, month, count(*) AS clients FROM member_months WHERE month IS NOT NULL GROUP BY cohort, month
    UNION ALL
    SELECT cohort, NULL, count(*) FROM (SELECT DISTINCT cohort, "clientId" FROM member_months) c GROUP BY cohort
    ORDER BY 1, 2 NULLS FIRST`;
}
