import { Prisma } from "@/lib/generated/prisma/client";
import type { ClientCounts } from "./clients";
import { bookingFilter, metricQuery, num, periodOf, share, type LoyaltyScope } from "./scope";
import type { VisitInterval } from "./visit-interval";

export type VisitFigures = { clients: ClientCounts; visitInterval: VisitInterval };

/**
 * The client counts (clients.ts) and the visit interval (visit-interval.ts) of each period
 * (`bounds`, as periodBounds gives them), from the facts the database keeps per booking
 * (BookingFact: docs/decisions/014): each completed session carries the client's first completed
 * session at the salon and their completed session before it.
 */
export async function visitFigures(scope: LoyaltyScope, bounds: Date[]): Promise<VisitFigures[]> {
  const rows = scope.therapistId || scope.locationId ? await filteredRows(scope, bounds) : await salonRows(scope, bounds);
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

type PeriodRow = { p: number; active: bigint; new: bigint; median_days: number | null; intervals: bigint; sessions: bigint };

/**
 * The figures of one period from its completed sessions, each with the client's first visit and
 * the session before it (`previous_at`, in start order, ties broken so one of them comes first).
 * A client counts once, on their first session of the period: the one whose previous session is
 * before the period (or none). So no distinct count is needed, only a count with a condition.
 */
function periodFigures(period: Prisma.Sql, start: Prisma.Sql): Prisma.Sql {
  const firstInPeriod = Prisma.sql`(v.previous_at IS NULL OR v.previous_at < ${start})`;
  return Prisma.sql`SELECT ${period} AS p, count(*) FILTER (WHERE ${firstInPeriod}) AS active,
      count(*) FILTER (WHERE ${firstInPeriod} AND v."firstVisitAt" >= ${start}) AS new,
      -- date_part gives a float8: extract gives a numeric, whose sort took four times as long.
      percentile_cont(0.5) WITHIN GROUP (ORDER BY date_part('epoch', v."startsAt" - v.previous_at) / 86400)
        FILTER (WHERE v.previous_at IS NOT NULL) AS median_days,
      count(v.previous_at) AS intervals, count(*) AS sessions`;
}

/**
 * Salon-wide: each period's completed sessions read on their own from the index that holds what
 * these figures need (an index-only scan of the period's rows, no sort across periods).
 */
async function salonRows(scope: LoyaltyScope, bounds: Date[]): Promise<PeriodRow[]> {
  const periods = bounds.slice(1).map(
    (end, i) => Prisma.sql`(
      ${periodFigures(Prisma.sql`${i + 1}::int`, Prisma.sql`${bounds[i]!}::timestamptz`)}
      FROM (SELECT f."startsAt", f."firstVisitAt", f."previousVisitAt" AS previous_at FROM "BookingFact" f
        WHERE f."tenantId" = ${scope.tenantId}::uuid AND f."status" = 'COMPLETED' AND f."startsAt" >= ${bounds[i]!} AND f."startsAt" < ${end}) v)`,
  );
  return metricQuery<PeriodRow[]>(Prisma.join(periods, " UNION ALL "));
}

/**
 * With a therapist or location filter the gaps are between that therapist's or location's
 * sessions: they come from the sessions in the periods in start order, the first one's reaching
 * back to the client's last such session before the periods.
 */
async function filteredRows(scope: LoyaltyScope, bounds: Date[]): Promise<PeriodRow[]> {
  const start = bounds[0]!;
  const end = bounds[bounds.length - 1]!;
  const periodStart = Prisma.sql`(${bounds.map((d) => d.toISOString())}::timestamptz[])[v.p]`;
  return metricQuery<PeriodRow[]>(Prisma.sql`
    WITH sessions AS MATERIALIZED (
      SELECT f."clientId", f."startsAt", f."firstVisitAt", ${periodOf(Prisma.sql`f."startsAt"`, bounds)} AS p,
        lag(f."startsAt") OVER (PARTITION BY f."clientId" ORDER BY f."startsAt", f."bookingId") AS prev_at
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
    )
    ${periodFigures(Prisma.sql`v.p`, periodStart)}
    FROM v GROUP BY v.p`);
}
