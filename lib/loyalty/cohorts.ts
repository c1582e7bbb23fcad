import { db } from "@/lib/db/client";
import { bookingFilter, num, share, type ZonedLoyaltyScope } from "./scope";

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
  const prisma = await db();
  const tz = scope.timeZone;
  const rows = await prisma.$queryRaw<{ cohort: string; months_since: number; clients: bigint; size: bigint }[]>`
    WITH firsts AS (
      SELECT b."clientId", date_trunc('month', min(b."startsAt") AT TIME ZONE ${tz}) AS cohort
      FROM "Booking" b
      WHERE b."tenantId" = ${scope.tenantId}::uuid AND b."status" = 'COMPLETED'
      GROUP BY b."clientId"
    ), cohorts AS (
      SELECT * FROM firsts
      WHERE cohort >= date_trunc('month', ${scope.from}::timestamptz AT TIME ZONE ${tz})
        AND cohort < ${scope.to}::timestamptz AT TIME ZONE ${tz}
    ), visits AS (
      SELECT DISTINCT c."clientId", c.cohort,
        ((extract(year FROM m.month) - extract(year FROM c.cohort)) * 12
          + extract(month FROM m.month) - extract(month FROM c.cohort))::int AS months_since
      FROM cohorts c
      JOIN "Booking" b ON b."tenantId" = ${scope.tenantId}::uuid AND b."clientId" = c."clientId"
        AND b."status" = 'COMPLETED' AND b."startsAt" < ${scope.to}${bookingFilter("b", scope)}
      CROSS JOIN LATERAL (SELECT date_trunc('month', b."startsAt" AT TIME ZONE ${tz}) AS month) m
      WHERE m.month >= c.cohort
    ), sizes AS (
      SELECT cohort, count(*) AS size FROM cohorts GROUP BY cohort
    )
    SELECT to_char(s.cohort, 'YYYY-MM') AS cohort, v.months_since, count(v."clientId") AS clients, s.size
    FROM sizes s LEFT JOIN visits v ON v.cohort = s.cohort
    GROUP BY s.cohort, v.months_since, s.size
    ORDER BY s.cohort, v.months_since`;
  const lastMonth = await prisma.$queryRaw<{ month: string }[]>`
    SELECT to_char((${scope.to}::timestamptz - interval '1 millisecond') AT TIME ZONE ${tz}, 'YYYY-MM') AS month`;
  const [endYear, endMonth] = (lastMonth[0]?.month ?? "0000-01").split("-").map(Number) as [number, number];
  const byCohort = new Map<string, { size: number; counts: Map<number, number> }>();
  for (const row of rows) {
    const entry = byCohort.get(row.cohort) ?? { size: num(row.size), counts: new Map() };
    if (row.months_since !== null) entry.counts.set(Number(row.months_since), num(row.clients));
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
