import { db } from "@/lib/db/client";
import { bookingFilter, num, share, type LoyaltyScope } from "./scope";
import { computeUtilisation, type Utilisation } from "./utilisation";

export type TherapistFigures = {
  therapistId: string;
  therapistName: string;
  sessions: number;
  noShows: number;
  noShowRate: number | null;
  rebookingEligible: number;
  rebooked: number;
  rebookingRate: number | null;
  checkIns: number;
  satisfaction: number | null;
  tipsMinor: number;
  /** Minutes of the therapist's weekly hours in the period, less time off (see computeUtilisation). */
  availableMinutes: number;
  /** Minutes of confirmed, completed and no-show sessions inside those hours. */
  bookedMinutes: number;
  /** bookedMinutes ÷ availableMinutes; null without available time. */
  utilisation: number | null;
};

/**
 * Per therapist, for sessions that start in the period. Sessions: completed sessions.
 * No-show rate: no-shows ÷ (completed + no-show). Rebooking: the share of their completed
 * sessions (whose window has fully passed) after which the client booked again, with anyone,
 * within `rebookingDays` (90 unless told) of the session's end; cancelled bookings do not count.
 * Satisfaction: the average check-in score of their sessions in the period. Tips: tips that went
 * through for their sessions. Utilisation: booked ÷ available hours, as computeUtilisation
 * defines them. Therapists with hours in the period but no sessions are listed too (with zeros).
 */
export async function computeTherapistFigures(scope: LoyaltyScope & { asOf?: Date; rebookingDays?: number }): Promise<TherapistFigures[]> {
  const prisma = await db();
  const asOf = scope.asOf ?? new Date();
  const days = scope.rebookingDays ?? 90;
  const [rows, utilisation] = await Promise.all([prisma.$queryRaw<Record<string, bigint | number | string | null>[]>`
    WITH period AS (
      SELECT b."id", b."therapistId", b."status", b."endsAt",
        (b."status" = 'COMPLETED' AND b."endsAt" + make_interval(days => ${days}::int) <= ${asOf}) AS eligible,
        (b."status" = 'COMPLETED' AND EXISTS (SELECT 1 FROM "Booking" n
          WHERE n."tenantId" = b."tenantId" AND n."clientId" = b."clientId" AND n."id" <> b."id" AND n."status" <> 'CANCELLED'
            AND n."startsAt" >= b."endsAt" AND n."startsAt" < b."endsAt" + make_interval(days => ${days}::int))) AS rebooked
      FROM "Booking" b
      WHERE b."tenantId" = ${scope.tenantId}::uuid AND b."status" IN ('COMPLETED', 'NO_SHOW')
        AND b."startsAt" >= ${scope.from} AND b."startsAt" < ${scope.to}${bookingFilter("b", scope)}
    )
    SELECT t."id" AS therapist_id, t."displayName" AS therapist_name,
      count(*) FILTER (WHERE pe."status" = 'COMPLETED') AS sessions,
      count(*) FILTER (WHERE pe."status" = 'NO_SHOW') AS no_shows,
      count(*) FILTER (WHERE pe.eligible) AS eligible,
      count(*) FILTER (WHERE pe.eligible AND pe.rebooked) AS rebooked,
      count(ci."id") AS check_ins, avg(ci."satisfaction")::float8 AS satisfaction,
      coalesce(sum((SELECT sum(p."amountMinor") FROM "PaymentRecord" p
        WHERE p."tenantId" = ${scope.tenantId}::uuid AND p."bookingId" = pe."id" AND p."kind" = 'TIP' AND p."status" = 'SUCCEEDED')), 0) AS tips
    FROM period pe
    JOIN "TherapistProfile" t ON t."tenantId" = ${scope.tenantId}::uuid AND t."id" = pe."therapistId"
    LEFT JOIN "CheckIn" ci ON ci."tenantId" = ${scope.tenantId}::uuid AND ci."bookingId" = pe."id"
    GROUP BY t."id", t."displayName"
    ORDER BY t."displayName"`, computeUtilisation(scope)]);
  const hours = new Map(utilisation.map((u) => [u.therapistId, u]));
  const figures: TherapistFigures[] = rows.map((r) => {
    const sessions = num(r.sessions as bigint);
    const noShows = num(r.no_shows as bigint);
    const eligible = num(r.eligible as bigint);
    const rebooked = num(r.rebooked as bigint);
    return {
      therapistId: String(r.therapist_id),
      therapistName: String(r.therapist_name),
      sessions,
      noShows,
      noShowRate: share(noShows, sessions + noShows),
      rebookingEligible: eligible,
      rebooked,
      rebookingRate: share(rebooked, eligible),
      checkIns: num(r.check_ins as bigint),
      satisfaction: r.satisfaction === null ? null : Number(r.satisfaction),
      tipsMinor: num(r.tips as bigint),
      ...utilisationOf(hours.get(String(r.therapist_id))),
    };
  });
  for (const u of hours.values()) {
    if (figures.some((f) => f.therapistId === u.therapistId)) continue;
    figures.push({
      therapistId: u.therapistId, therapistName: u.therapistName, sessions: 0, noShows: 0, noShowRate: null, rebookingEligible: 0, rebooked: 0,
      rebookingRate: null, checkIns: 0, satisfaction: null, tipsMinor: 0, ...utilisationOf(u),
    });
  }
  return figures.sort((a, b) => a.therapistName.localeCompare(b.therapistName));
}

function utilisationOf(u: Utilisation | undefined): Pick<TherapistFigures, "availableMinutes" | "bookedMinutes" | "utilisation"> {
  return { availableMinutes: u?.availableMinutes ?? 0, bookedMinutes: u?.bookedMinutes ?? 0, utilisation: u?.utilisation ?? null };
}
