import { db } from "@/lib/db/client";
import { num, share, type LoyaltyScope, type ZonedLoyaltyScope } from "./scope";

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
  const prisma = await db();
  const rows = await prisma.$queryRaw<Record<string, bigint | number | null>[]>`
    SELECT count(*) AS n, avg(c."satisfaction")::float8 AS average,
      count(*) FILTER (WHERE c."satisfaction" = 1) AS s1, count(*) FILTER (WHERE c."satisfaction" = 2) AS s2,
      count(*) FILTER (WHERE c."satisfaction" = 3) AS s3, count(*) FILTER (WHERE c."satisfaction" = 4) AS s4,
      count(*) FILTER (WHERE c."satisfaction" = 5) AS s5,
      count(*) FILTER (WHERE c."goalReached" = 'YES') AS yes, count(*) FILTER (WHERE c."goalReached" = 'PARTLY') AS partly
    FROM "CheckIn" c JOIN "Booking" b ON b."tenantId" = c."tenantId" AND b."id" = c."bookingId"
    WHERE c."tenantId" = ${scope.tenantId}::uuid AND c."createdAt" >= ${scope.from} AND c."createdAt" < ${scope.to}
      AND (${scope.therapistId ?? null}::uuid IS NULL OR c."therapistId" = ${scope.therapistId ?? null}::uuid)
      AND (${scope.locationId ?? null}::uuid IS NULL OR b."locationId" = ${scope.locationId ?? null}::uuid)`;
  const r = rows[0] ?? {};
  const n = num(r.n as bigint);
  const yes = num(r.yes as bigint);
  return {
    checkIns: n,
    average: r.average === null || r.average === undefined ? null : Number(r.average),
    distribution: [1, 2, 3, 4, 5].map((s) => num(r[`s${s}`] as bigint)),
    goalReached: yes,
    goalPartly: num(r.partly as bigint),
    goalReachedRate: share(yes, n),
  };
}

/** The same figures per therapist, for the check-ins of the period (therapists without any are left out). */
export async function computeSatisfactionByTherapist(scope: LoyaltyScope): Promise<TherapistSatisfaction[]> {
  const prisma = await db();
  const rows = await prisma.$queryRaw<{ therapistId: string; therapistName: string; n: bigint; average: number | null; yes: bigint }[]>`
    SELECT c."therapistId", t."displayName" AS "therapistName", count(*) AS n,
      avg(c."satisfaction")::float8 AS average, count(*) FILTER (WHERE c."goalReached" = 'YES') AS yes
    FROM "CheckIn" c
    JOIN "Booking" b ON b."tenantId" = c."tenantId" AND b."id" = c."bookingId"
    JOIN "TherapistProfile" t ON t."tenantId" = c."tenantId" AND t."id" = c."therapistId"
    WHERE c."tenantId" = ${scope.tenantId}::uuid AND c."createdAt" >= ${scope.from} AND c."createdAt" < ${scope.to}
      AND (${scope.therapistId ?? null}::uuid IS NULL OR c."therapistId" = ${scope.therapistId ?? null}::uuid)
      AND (${scope.locationId ?? null}::uuid IS NULL OR b."locationId" = ${scope.locationId ?? null}::uuid)
    GROUP BY c."therapistId", t."displayName"
    ORDER BY t."displayName"`;
  return rows.map((r) => ({
    therapistId: r.therapistId,
    therapistName: r.therapistName,
    checkIns: num(r.n),
    average: r.average === null ? null : Number(r.average),
    goalReachedRate: share(num(r.yes), num(r.n)),
  }));
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
  const prisma = await db();
  const rows = await prisma.$queryRaw<{ start: string; n: bigint; average: number | null }[]>`
    SELECT to_char(date_trunc(${scope.bucket}, c."createdAt" AT TIME ZONE ${scope.timeZone}), 'YYYY-MM-DD') AS start,
      count(*) AS n, avg(c."satisfaction")::float8 AS average
    FROM "CheckIn" c JOIN "Booking" b ON b."tenantId" = c."tenantId" AND b."id" = c."bookingId"
    WHERE c."tenantId" = ${scope.tenantId}::uuid AND c."createdAt" >= ${scope.from} AND c."createdAt" < ${scope.to}
      AND (${scope.therapistId ?? null}::uuid IS NULL OR c."therapistId" = ${scope.therapistId ?? null}::uuid)
      AND (${scope.locationId ?? null}::uuid IS NULL OR b."locationId" = ${scope.locationId ?? null}::uuid)
    GROUP BY 1 ORDER BY 1`;
  return rows.map((r) => ({ start: r.start, checkIns: num(r.n), average: r.average === null ? null : Number(r.average) }));
}
