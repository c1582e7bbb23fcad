import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { localBuckets } from "./local-buckets";
import { num, periodBounds, periodOf, share, type LoyaltyScope, type ZonedLoyaltyScope, metricQuery } from "./scope";
import { therapistNames } from "./therapists";

export type Satisfaction = {
  checkIns: number;
  average: number | null;
  /** distribution[i] = check-ins scored i + 1 (1–5). */
  distribution: number[];
  goalReached: number;
  goalPartly: number;
  goalReachedRate: number | null;
};
export type TherapistSatisfaction = { therapistId: string; therapistName: string; checkIns: number; average: number | null; goalReachedRate: number | null };
export type LatestWish = { checkInId: string; bookingId: string; clientId: string; clientName: string; satisfaction: number; wishes: string; createdAt: Date };

/**
 * Satisfaction: check-ins the clients sent in the period (by when they sent them). Average: the
 * mean score from 1 to 5. Distribution: how many gave each score. Goal-reached rate: the share
 * of check-ins answering "yes" to "did the session do what you wanted" ("partly" is shown apart).
 */
export async function computeSatisfaction(scope: LoyaltyScope): Promise<Satisfaction> {
  return (await satisfactionFigures(scope, periodBounds(scope))).periods[0]!;
}

/** The same figures per therapist, for the check-ins of the period (therapists without any are left out). */
export async function computeSatisfactionByTherapist(scope: LoyaltyScope): Promise<TherapistSatisfaction[]> {
  return (await satisfactionFigures(scope, periodBounds(scope))).byTherapist;
}

/** The latest "what would you like different" answers of the period, newest first, with their client. */
export async function findLatestWishes(scope: LoyaltyScope & { limit?: number }): Promise<LatestWish[]> {
  const prisma = await db();
  return prisma.$queryRaw<LatestWish[]>`
    SELECT c."id" AS "checkInId", c."bookingId", c."clientId", cl."name" AS "clientName",
      c."satisfaction", c."wishes", c."createdAt"
    FROM "CheckIn" c
    JOIN "Booking" b ON b."tenantId" = c."tenantId" AND b."id" = c."bookingId"
    JOIN "Client" cl ON cl."tenantId" = c."tenantId" AND cl."id" = c."clientId"
    WHERE c."tenantId" = ${scope.tenantId}::uuid AND c."createdAt" >= ${scope.from} AND c."createdAt" < ${scope.to}
      AND c."wishes" IS NOT NULL AND btrim(c."wishes") <> ''
      AND (${scope.therapistId ?? null}::uuid IS NULL OR c."therapistId" = ${scope.therapistId ?? null}::uuid)
      AND (${scope.locationId ?? null}::uuid IS NULL OR b."locationId" = ${scope.locationId ?? null}::uuid)
    ORDER BY c."createdAt" DESC
    LIMIT ${scope.limit ?? 10}`;
}

export type SatisfactionPoint = { start: string; checkIns: number; average: number | null };

/**
 * Satisfaction over time: check-ins of the period grouped by the day, week (from Monday) or
 * month in which the client sent them, in the salon's time zone; `start` is the local date the
 * bucket begins on. Buckets without check-ins are left out (the chart shows a gap, not a zero).
 */
export async function computeSatisfactionOverTime(scope: ZonedLoyaltyScope & { bucket: "day" | "week" | "month" }): Promise<SatisfactionPoint[]> {
  return (await satisfactionFigures(scope, periodBounds(scope), { bucket: scope.bucket, timeZone: scope.timeZone })).overTime;
}

export type SatisfactionFigures = {
  /** Per period, as periodBounds numbers them (index 0 = period 1). */
  periods: Satisfaction[];
  /** Per therapist, the last period. */
  byTherapist: TherapistSatisfaction[];
  /** The last period's check-ins by bucket, when asked for. */
  overTime: SatisfactionPoint[];
};

/**
 * The satisfaction figures of each period, per therapist and over time (definitions above), in one
 * pass over the check-ins sent in the periods (GROUPING SETS). The booking is joined only to
 * filter by location.
 */
export async function satisfactionFigures(
  scope: LoyaltyScope,
  bounds: Date[],
  overTime?: { bucket: "day" | "week" | "month"; timeZone: string },
): Promise<SatisfactionFigures> {
  // The last period's local days, weeks or months; a check-in's bucket is numbered from 1 (0: before them).
  const buckets = overTime ? localBuckets(overTime.bucket, bounds[bounds.length - 2]!, bounds[bounds.length - 1]!, overTime.timeZone) : null;
  const start = buckets ? Prisma.sql`width_bucket(c."createdAt", ${buckets.bounds.map((d) => d.toISOString())}::timestamptz[])` : Prisma.sql`NULL::int`;
  const rows = await metricQuery<({ p: number; therapist_id: string | null; start: number | null; g: number; average: number | null } & Record<string, bigint>)[]>(Prisma.sql`
    SELECT p, therapist_id, ${overTime ? Prisma.sql`start` : Prisma.sql`NULL::int AS start`}, ${overTime ? Prisma.sql`GROUPING(therapist_id, start)` : Prisma.sql`GROUPING(therapist_id) * 2 + 1`} AS g,
      count(*) AS n, avg(satisfaction)::float8 AS average,
      count(*) FILTER (WHERE satisfaction = 1) AS s1, count(*) FILTER (WHERE satisfaction = 2) AS s2,
      count(*) FILTER (WHERE satisfaction = 3) AS s3, count(*) FILTER (WHERE satisfaction = 4) AS s4,
      count(*) FILTER (WHERE satisfaction = 5) AS s5,
      count(*) FILTER (WHERE goal = 'YES') AS yes, count(*) FILTER (WHERE goal = 'PARTLY') AS partly
    FROM (
      SELECT ${periodOf(Prisma.sql`c."createdAt"`, bounds)} AS p, c."therapistId" AS therapist_id, ${start} AS start,
        c."satisfaction" AS satisfaction, c."goalReached" AS goal
      FROM "CheckIn" c
      ${scope.locationId ? Prisma.sql`JOIN "Booking" b ON b."tenantId" = c."tenantId" AND b."id" = c."bookingId" AND b."locationId" = ${scope.locationId}::uuid` : Prisma.empty}
      WHERE c."tenantId" = ${scope.tenantId}::uuid AND c."createdAt" >= ${bounds[0]!} AND c."createdAt" < ${bounds[bounds.length - 1]!}
        ${scope.therapistId ? Prisma.sql`AND c."therapistId" = ${scope.therapistId}::uuid` : Prisma.empty}
    ) c
    GROUP BY GROUPING SETS ((p), (p, therapist_id)${overTime ? Prisma.sql`, (p, start)` : Prisma.empty})`);
  const last = bounds.length - 1;
  // GROUPING(therapist, start): 3 = the period alone, 1 = per therapist, 2 = per bucket.
  const periods = bounds.slice(1).map((_, i) => {
    const r = rows.find((row) => Number(row.g) === 3 && Number(row.p) === i + 1);
    const n = num(r?.n);
    const yes = num(r?.yes);
    return {
      checkIns: n,
      average: r?.average === null || r?.average === undefined ? null : Number(r.average),
      distribution: [1, 2, 3, 4, 5].map((score) => num(r?.[`s${score}`])),
      goalReached: yes,
      goalPartly: num(r?.partly),
      goalReachedRate: share(yes, n),
    };
  });
  const perTherapist = rows.filter((r) => Number(r.g) === 1 && Number(r.p) === last);
  const names = perTherapist.length > 0 ? await therapistNames(scope.tenantId) : new Map<string, string>();
  const byTherapist = perTherapist
    .map((r) => ({
      therapistId: r.therapist_id!,
      therapistName: names.get(r.therapist_id!) ?? "",
      checkIns: num(r.n),
      average: r.average === null ? null : Number(r.average),
      goalReachedRate: share(num(r.yes), num(r.n)),
    }))
    .sort((a, b) => a.therapistName.localeCompare(b.therapistName));
  const points = rows
    .filter((r) => Number(r.g) === 2 && Number(r.p) === last && buckets?.starts[Number(r.start) - 1] !== undefined)
    .map((r) => ({ start: buckets!.starts[Number(r.start) - 1]!, checkIns: num(r.n), average: r.average === null ? null : Number(r.average) }))
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  return { periods, byTherapist, overTime: points };
}
