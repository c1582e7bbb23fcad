import { db } from "@/lib/db/client";
import { bookingFilter, num, share, type LoyaltyScope } from "./scope";

export type RebookingWindow = { days: 30 | 60 | 90; eligible: number; rebooked: number; rate: number | null };
export type Rebooking = { windows: RebookingWindow[]; sessions: number; prebooked: number; prebookingRate: number | null };

/**
 * Rebooking within N days: of the completed sessions in the period whose N days have fully
 * passed (as of `asOf`), the share after which the same client has another booking, with any
 * therapist, starting within N days of the session's end. Cancelled bookings do not count as
 * a rebooking.
 * Prebooking: of the completed sessions in the period, the share after which the same client
 * made their next booking within 24 hours of the session's end (a booking created in that
 * window for a later time; cancelled ones do not count).
 */
export async function computeRebooking(scope: LoyaltyScope & { asOf?: Date }): Promise<Rebooking> {
  const prisma = await db();
  const asOf = scope.asOf ?? new Date();
  const rows = await prisma.$queryRaw<Record<string, bigint>[]>`
    WITH sessions AS (
      SELECT b."clientId", b."id", b."endsAt",
        (SELECT min(n."startsAt") FROM "Booking" n
          WHERE n."tenantId" = b."tenantId" AND n."clientId" = b."clientId" AND n."id" <> b."id"
            AND n."status" <> 'CANCELLED' AND n."startsAt" >= b."endsAt") AS next_at,
        EXISTS (SELECT 1 FROM "Booking" p
          WHERE p."tenantId" = b."tenantId" AND p."clientId" = b."clientId" AND p."id" <> b."id"
            AND p."status" <> 'CANCELLED' AND p."startsAt" >= b."endsAt"
            AND p."createdAt" >= b."endsAt" AND p."createdAt" < b."endsAt" + interval '24 hours') AS prebooked
      FROM "Booking" b
      WHERE b."tenantId" = ${scope.tenantId}::uuid AND b."status" = 'COMPLETED'
        AND b."startsAt" >= ${scope.from} AND b."startsAt" < ${scope.to}${bookingFilter("b", scope)}
    )
    SELECT count(*) AS sessions,
      count(*) FILTER (WHERE prebooked) AS prebooked,
      count(*) FILTER (WHERE "endsAt" + interval '30 days' <= ${asOf}) AS e30,
      count(*) FILTER (WHERE "endsAt" + interval '30 days' <= ${asOf} AND next_at < "endsAt" + interval '30 days') AS r30,
      count(*) FILTER (WHERE "endsAt" + interval '60 days' <= ${asOf}) AS e60,
      count(*) FILTER (WHERE "endsAt" + interval '60 days' <= ${asOf} AND next_at < "endsAt" + interval '60 days') AS r60,
      count(*) FILTER (WHERE "endsAt" + interval '90 days' <= ${asOf}) AS e90,
      count(*) FILTER (WHERE "endsAt" + interval '90 days' <= ${asOf} AND next_at < "endsAt" + interval '90 days') AS r90
    FROM sessions`;
  const r = rows[0] ?? {};
  const windows = ([30, 60, 90] as const).map((days) => {
    const eligible = num(r[`e${days}`]);
    const rebooked = num(r[`r${days}`]);
    return { days, eligible, rebooked, rate: share(rebooked, eligible) };
  });
  const sessions = num(r.sessions);
  const prebooked = num(r.prebooked);
  return { windows, sessions, prebooked, prebookingRate: share(prebooked, sessions) };
}
