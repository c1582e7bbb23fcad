import { db } from "@/lib/db/client";
import { bookingFigures, REBOOKING_DAYS, sumBookingCounts, type BookingCounts } from "./period-bookings";
import { periodBounds, share, type LoyaltyScope } from "./scope";
import { computeUtilisation, type Utilisation } from "./utilisation";

/**
 * The therapist table's rebooking window: 30 days, so that in the default view (the last 90 days)
 * most of the period's sessions have had their window pass (with 90 days, none had).
 */
export const THERAPIST_REBOOKING_DAYS = 30;

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
 * within `rebookingDays` (THERAPIST_REBOOKING_DAYS unless told) of the session's end; cancelled bookings do not count.
 * Satisfaction: the average check-in score of their sessions in the period. Tips: tips that went
 * through for their sessions. Utilisation: booked ÷ available hours, as computeUtilisation
 * defines them. Therapists with hours in the period but no sessions are listed too (with zeros).
 * (The counts come from the same query as reliability, money and rebooking: period-bookings.ts.)
 */
export async function computeTherapistFigures(scope: LoyaltyScope & { asOf?: Date; rebookingDays?: number }): Promise<TherapistFigures[]> {
  const bounds = periodBounds(scope);
  const days = scope.rebookingDays ?? THERAPIST_REBOOKING_DAYS;
  const known = (REBOOKING_DAYS as readonly number[]).includes(days);
  const [counts, utilisation, names] = await Promise.all([
    bookingFigures(scope, bounds, { asOf: scope.asOf ?? new Date(), extraDays: known ? undefined : days }),
    computeUtilisation(scope),
    therapistNames(scope.tenantId),
  ]);
  return therapistFiguresOf({ counts, utilisation, names, period: 1, windowIndex: known ? (REBOOKING_DAYS as readonly number[]).indexOf(days) : REBOOKING_DAYS.length });
}

export async function therapistNames(tenantId: string): Promise<Map<string, string>> {
  const prisma = await db();
  const rows = await prisma.therapistProfile.findMany({ where: { tenantId }, select: { id: true, displayName: true } });
  return new Map(rows.map((r) => [r.id, r.displayName]));
}

/** The figures of one period from the shared counts: therapists with completed or no-show sessions, or with hours. */
export function therapistFiguresOf(input: {
  counts: BookingCounts[];
  utilisation: Utilisation[];
  names: Map<string, string>;
  period: number;
  windowIndex: number;
}): TherapistFigures[] {
  const { period, windowIndex } = input;
  const hours = new Map(input.utilisation.map((u) => [u.therapistId, u]));
  const ids = new Set<string>();
  for (const c of input.counts) if (c.period === period && c.completed + c.noShows > 0) ids.add(c.therapistId);
  for (const u of input.utilisation) ids.add(u.therapistId);
  const figures = [...ids].map((id): TherapistFigures => {
    const c = sumBookingCounts(input.counts.filter((r) => r.period === period && r.therapistId === id));
    const u = hours.get(id);
    const eligible = c.eligible[windowIndex] ?? 0;
    const rebooked = c.rebooked[windowIndex] ?? 0;
    return {
      therapistId: id,
      therapistName: input.names.get(id) ?? u?.therapistName ?? "",
      sessions: c.completed,
      noShows: c.noShows,
      noShowRate: share(c.noShows, c.completed + c.noShows),
      rebookingEligible: eligible,
      rebooked,
      rebookingRate: share(rebooked, eligible),
      checkIns: c.checkIns,
      satisfaction: c.checkIns > 0 ? c.satisfactionSum / c.checkIns : null,
      tipsMinor: c.sessionTipsMinor,
      availableMinutes: u?.availableMinutes ?? 0,
      bookedMinutes: u?.bookedMinutes ?? 0,
      utilisation: u?.utilisation ?? null,
    };
  });
  return figures.sort((a, b) => a.therapistName.localeCompare(b.therapistName));
}
