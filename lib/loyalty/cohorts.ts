import { instantToLocalParts } from "@/lib/availability/time-zone";
import { Prisma } from "@/lib/generated/prisma/client";
import { bookingFilter, num, share, type ZonedLoyaltyScope, metricQuery } from "./scope";

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
  const tz = scope.timeZone;
  // Each completed session's row carries the client's first completed session at the salon
  // (BookingFact: docs/decisions/014): the cohorts' clients are those whose first visit falls from
  // the local month of `from` to the end of the local month `to` falls in (a cohort is any
  // month that starts before `to`), read by that first visit; their visits counted, before `to`.
  const rows = await metricQuery<{ cohort: string; months_since: number | null; clients: bigint | null; size: bigint | null }[]>(Prisma.sql`
    WITH bounds AS (
      SELECT date_trunc('month', ${scope.from}::timestamptz AT TIME ZONE ${tz}) AS first_month,
        ${scope.to}::timestamptz AT TIME ZONE ${tz} AS to_local
    ), member_visits AS (
      -- Each completed session of a client of the cohorts; the month it counts in, if it does.
      SELECT f."clientId", date_trunc('month', f."firstVisitAt" AT TIME ZONE ${tz}) AS cohort,
        CASE WHEN f."startsAt" < ${scope.to}${bookingFilter("f", scope)} THEN date_trunc('month', f."startsAt" AT TIME ZONE ${tz}) END AS month
      FROM "BookingFact" f, bounds
      WHERE f."tenantId" = ${scope.tenantId}::uuid AND f."status" = 'COMPLETED'
        AND f."firstVisitAt" >= bounds.first_month AT TIME ZONE ${tz}
        AND f."firstVisitAt" < (CASE WHEN date_trunc('month', bounds.to_local) = bounds.to_local THEN bounds.to_local
          ELSE date_trunc('month', bounds.to_local) + interval '1 month' END) AT TIME ZONE ${tz}
    ), months AS (
      SELECT m.cohort, m."clientId", m.month FROM member_visits m, bounds WHERE m.cohort < bounds.to_local GROUP BY 1, 2, 3
    )
    SELECT to_char(cohort, 'YYYY-MM') AS cohort,
      ((extract(year FROM month) - extract(year FROM cohort)) * 12 + extract(month FROM month) - extract(month FROM cohort))::int AS months_since,
      count(*) AS clients, NULL::bigint AS size
    FROM months WHERE month IS NOT NULL GROUP BY cohort, month
    UNION ALL
    SELECT to_char(cohort, 'YYYY-MM'), NULL, NULL, count(DISTINCT "clientId") FROM months GROUP BY cohort
    ORDER BY 1, 2 NULLS FIRST`);
  const [endYear, endMonth] = instantToLocalParts(scope.to.getTime() - 1, tz).date.split("-").map(Number) as [number, number];
  const byCohort = new Map<string, { size: number; counts: Map<number, number> }>();
  // Each cohort's size row comes first, then its clients per month since.
  for (const row of rows) {
    const entry = byCohort.get(row.cohort) ?? { size: 0, counts: new Map() };
    if (row.months_since === null) entry.size = num(row.size);
    else entry.counts.set(Number(row.months_since), num(row.clients));
    byCohort.set(row.cohort, entry);
  }
  return [...byCohort.entries()].map(([month, { size, counts }]) => {
    const [y, m] = month.split("-").map(Number) as [number, number];
    const span = (endYear - y) * 12 + (endMonth - m);
    const cells: CohortCell[] = [];
    for (let k = 0; k <= span; k++) {
      const clients = counts.get(k) ?? 0;
      cells.push({ monthsSince: k, clients, share: share(clients, size) });
    }
    return { month, size, cells };
  });
}
