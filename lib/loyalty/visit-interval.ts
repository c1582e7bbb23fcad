import { db } from "@/lib/db/client";
import { bookingFilter, num, share, type LoyaltyScope } from "./scope";

export type VisitInterval = {
  medianDays: number | null;
  intervals: number;
  sessions: number;
  clients: number;
  visitsPerClient: number | null;
};

/**
 * Visit interval: the median number of days between a client's consecutive completed sessions
 * (start to start), over the gaps that end with a session in the period; the earlier session
 * may be before the period. Visits per client: completed sessions in the period divided by the
 * clients who had them. Cancelled and no-show sessions are not visits.
 */
export async function computeVisitInterval(scope: LoyaltyScope): Promise<VisitInterval> {
  const prisma = await db();
  const filter = bookingFilter("b", scope);
  const rows = await prisma.$queryRaw<{ median_days: number | null; intervals: bigint; sessions: bigint; clients: bigint }[]>`
    WITH visits AS (
      SELECT b."clientId", b."startsAt",
        lag(b."startsAt") OVER (PARTITION BY b."clientId" ORDER BY b."startsAt") AS prev_at
      FROM "Booking" b
      WHERE b."tenantId" = ${scope.tenantId}::uuid AND b."status" = 'COMPLETED'
        AND b."startsAt" < ${scope.to}${filter}
    )
    SELECT
      (percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM ("startsAt" - prev_at)) / 86400)
        FILTER (WHERE prev_at IS NOT NULL AND "startsAt" >= ${scope.from}))::float8 AS median_days,
      count(*) FILTER (WHERE prev_at IS NOT NULL AND "startsAt" >= ${scope.from}) AS intervals,
      count(*) FILTER (WHERE "startsAt" >= ${scope.from}) AS sessions,
      count(DISTINCT "clientId") FILTER (WHERE "startsAt" >= ${scope.from}) AS clients
    FROM visits`;
  const r = rows[0];
  const sessions = num(r?.sessions);
  const clients = num(r?.clients);
  return {
    medianDays: r?.median_days === null || r?.median_days === undefined ? null : Number(r.median_days),
    intervals: num(r?.intervals),
    sessions,
    clients,
    visitsPerClient: share(sessions, clients),
  };
}
