import { Prisma } from "@/lib/generated/prisma/client";
import type { ClientCounts } from "./clients";
import { bookingFilter, metricQuery, num, periodOf, share, type LoyaltyScope } from "./scope";
import type { VisitInterval } from "./visit-interval";

export type VisitFigures = { clients: ClientCounts; visitInterval: VisitInterval };

/**
 * The client counts (clients.ts) and the visit interval (visit-interval.ts) of each period
 * (`bounds`, as periodBounds gives them), in one pass over the completed sessions of all the
 * periods, from the facts the database keeps per booking (BookingFact: docs/decisions/014):
 * each completed session carries the client's first completed session at the salon and their
 * completed session before it. With a therapist or location filter the gaps are between that
 * therapist's or location's sessions: they come from the sessions in the periods in start order,
 * the first one's reaching back to the client's last such session before the periods.
 */
export async function visitFigures(scope: LoyaltyScope, bounds: Date[]): Promise<VisitFigures[]> {
  const start = bounds[0]!;
  const end = bounds[bounds.length - 1]!;
  const filtered = Boolean(scope.therapistId || scope.locationId);
  const periodStart = Prisma.sql`(${bounds.map((d) => d.toISOString())}::timestamptz[])[v.p]`;
  const visits = filtered
    ? Prisma.sql`
      WITH sessions AS MATERIALIZED (
        SELECT f."clientId", f."startsAt", f."firstVisitAt", ${periodOf(Prisma.sql`f."startsAt"`, bounds)} AS p,
          lag(f."startsAt") OVER (PARTITION BY f."clientId" ORDER BY f."startsAt") AS prev_at
        FROM "BookingFact" f
        WHERE f."tenantId" = ${scope.tenantId}::uuid AND f."status" = 'COMPLETED' AND f."startsAt" >= ${start} AND f."startsAt" < ${end}${bookingFilter("f", scope)}
      ), before AS (
        SELECT c."clientId", (SELECT max(b."startsAt") FROM "Booking" b
          WHERE b."tenantId" = ${scope.tenantId}::uuid AND b."clientId" = c."clientId" AND b."status" = 'COMPLETED'
            AND b."startsAt" < ${start}${bookingFilter("b", scope)}) AS prev_before
        FROM (SELECT DISTINCT "clientId" FROM sessions) c
      ), v AS (
        SELECT s."clientId", s."startsAt", s."firstVisitAt", s.p, coalesce(s.prev_at, b.prev_before) AS previous_at
        FROM sessions s JOIN before b ON b."clientId" = s."clientId"
      )`
    : Prisma.sql`
      WITH v AS (
        SELECT f."clientId", f."startsAt", f."firstVisitAt", ${periodOf(Prisma.sql`f."startsAt"`, bounds)} AS p, f."previousVisitAt" AS previous_at
        FROM "BookingFact" f
        WHERE f."tenantId" = ${scope.tenantId}::uuid AND f."status" = 'COMPLETED' AND f."startsAt" >= ${start} AND f."startsAt" < ${end}
      )`;
  const rows = await metricQuery<{ p: number; active: bigint; new: bigint; median_days: number | null; intervals: bigint; sessions: bigint }[]>(Prisma.sql`
    ${visits}
    SELECT v.p, count(DISTINCT v."clientId") AS active, count(DISTINCT v."clientId") FILTER (WHERE v."firstVisitAt" >= ${periodStart}) AS new,
      (percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM (v."startsAt" - v.previous_at)) / 86400)
        FILTER (WHERE v.previous_at IS NOT NULL))::float8 AS median_days,
      count(*) FILTER (WHERE v.previous_at IS NOT NULL) AS intervals, count(*) AS sessions
    FROM v GROUP BY v.p`);
  return bounds.slice(1).map((_, i) => {
    const r = rows.find((row) => Number(row.p) === i + 1);
    const sessions = num(r?.sessions);
    const active = num(r?.active);
    const fresh = num(r?.new);
    return {
      clients: { active, new: fresh, returning: active - fresh },
      visitInterval: {
        medianDays: r?.median_days === null || r?.median_days === undefined ? null : Number(r.median_days),
        intervals: num(r?.intervals),
        sessions,
        clients: active,
        visitsPerClient: share(sessions, active),
      },
    };
  });
}
