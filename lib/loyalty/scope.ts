import { getDatabase } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * What every loyalty metric is asked for: one salon, a half-open period [from, to) of instants,
 * optionally one therapist and/or one location. A session belongs to the period by its start.
 */
export type LoyaltyScope = {
  tenantId: string;
  from: Date;
  to: Date;
  therapistId?: string;
  locationId?: string;
};

/** Months and days are counted in the salon's zone (an IANA name such as Europe/London). */
export type ZonedLoyaltyScope = LoyaltyScope & { timeZone: string };

/** The therapist and location filters on a Booking alias, as SQL (empty when not filtered). */
export function bookingFilter(alias: string, scope: LoyaltyScope): Prisma.Sql {
  const b = Prisma.raw(`"${alias}"`);
  const parts: Prisma.Sql[] = [];
  if (scope.therapistId) parts.push(Prisma.sql` AND ${b}."therapistId" = ${scope.therapistId}::uuid`);
  if (scope.locationId) parts.push(Prisma.sql` AND ${b}."locationId" = ${scope.locationId}::uuid`);
  return parts.length ? Prisma.join(parts, "") : Prisma.empty;
}

/**
 * The periods one query answers for at once, as ascending bounds: period k (1-based) is
 * [bounds[k − 1], bounds[k]). The period alone, or the previous period and then the period.
 */
export function periodBounds(scope: LoyaltyScope, withPreviousPeriod = false): Date[] {
  return withPreviousPeriod ? [previousPeriod(scope).from, scope.from, scope.to] : [scope.from, scope.to];
}

/** The bounds as a SQL timestamptz[] (ISO strings, so both engines read them alike). */
export function boundsSql(bounds: Date[]): Prisma.Sql {
  return Prisma.sql`${bounds.map((d) => d.toISOString())}::timestamptz[]`;
}

/** Which period (1-based, as periodBounds numbers them) an instant column falls in. */
export function periodOf(column: Prisma.Sql, bounds: Date[]): Prisma.Sql {
  return Prisma.sql`width_bucket(${column}, ${boundsSql(bounds)})`;
}

/** The period of the same length just before this one: [from − (to − from), from). */
export function previousPeriod<S extends LoyaltyScope>(scope: S): S {
  const length = scope.to.getTime() - scope.from.getTime();
  return { ...scope, from: new Date(scope.from.getTime() - length), to: new Date(scope.from.getTime()) };
}

/** Computes a metric for the period and for the previous period of the same length. */
export async function withPrevious<S extends LoyaltyScope, T>(
  metric: (scope: S) => Promise<T>,
  scope: S,
): Promise<{ current: T; previous: T }> {
  const [current, previous] = await Promise.all([metric(scope), metric(previousPeriod(scope))]);
  return { current, previous };
}

/** A share in [0, 1], or null when there is nothing to divide by (the page says "no data"). */
export function share(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}

/** COUNT and SUM come back as bigint; the metrics return plain numbers. */
export function num(value: bigint | number | string | null | undefined): number {
  if (value === null || value === undefined) return 0;
  return Number(value);
}

/**
 * Runs one of the metrics' read queries. On PostgreSQL inside a transaction with JIT
 * compilation and parallel workers off: the planner's cost of an aggregate over tens of
 * thousands of rows passes the JIT thresholds, and compiling then takes 50 ms to over a second,
 * far more than the query itself; and starting two parallel workers for the visit figures took
 * 40 ms for 10 ms of work (both measured on 100,000 sessions; the dashboard's queries already
 * run side by side). PGlite has neither.
 */
export async function metricQuery<T>(query: Prisma.Sql): Promise<T> {
  const { prisma, driver } = await getDatabase();
  if (driver.kind !== "postgres") return prisma.$queryRaw<T>(query);
  return prisma.$transaction(
    async (tx) => {
      await tx.$queryRaw`SELECT set_config('jit', 'off', true), set_config('max_parallel_workers_per_gather', '0', true)`;
      return tx.$queryRaw<T>(query);
    },
    // A read of a large salon on a busy server may take a while; it must not fail for that.
    { maxWait: 60_000, timeout: 300_000 },
  );
}
