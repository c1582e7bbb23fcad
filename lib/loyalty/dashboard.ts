import { instantToLocalParts, localDateTimeToInstant } from "@/lib/availability/time-zone";
import { now } from "@/lib/time/clock";
import { countClients } from "./clients";
import { computeRetentionCohorts } from "./cohorts";
import { computeMoney } from "./money";
import { computeRebooking } from "./rebooking";
import { computeReliability } from "./reliability";
import { computeSatisfaction, computeSatisfactionByTherapist, computeSatisfactionOverTime, findLatestWishes } from "./satisfaction";
import { withPrevious, type ZonedLoyaltyScope } from "./scope";
import { computeTherapistFigures } from "./therapists";
import { computeVisitInterval } from "./visit-interval";

/**
 * The dashboard's headline figures for the period and for the previous period of the same
 * length (so each can show its change). Cohorts, per-therapist figures, the satisfaction chart
 * and the latest wishes are asked for separately (they have no "previous").
 */
export async function loadLoyaltySummary(scope: ZonedLoyaltyScope & { asOf?: Date }) {
  const [clients, rebooking, visitInterval, satisfaction, reliability, money] = await Promise.all([
    withPrevious(countClients, scope),
    withPrevious(computeRebooking, scope),
    withPrevious(computeVisitInterval, scope),
    withPrevious(computeSatisfaction, scope),
    withPrevious(computeReliability, scope),
    withPrevious(computeMoney, scope),
  ]);
  return { clients, rebooking, visitInterval, satisfaction, reliability, money };
}

export type LoyaltySummary = Awaited<ReturnType<typeof loadLoyaltySummary>>;

export type DashboardScope = ZonedLoyaltyScope & {
  /** "Now" for the rebooking windows; the clock's now unless told. */
  asOf?: Date;
  /** How the satisfaction chart groups check-ins; by the period's length unless told. */
  bucket?: "day" | "week" | "month";
  /** Months of first visits in the cohort heatmap, ending with the month of the period's end (12 unless told). */
  cohortMonths?: number;
  /** How many of the latest wishes (10 unless told). */
  wishesLimit?: number;
};

/** Day buckets up to a month, weeks up to half a year, months beyond. */
export function defaultBucket(scope: { from: Date; to: Date }): "day" | "week" | "month" {
  const days = (scope.to.getTime() - scope.from.getTime()) / 86_400_000;
  return days <= 31 ? "day" : days <= 183 ? "week" : "month";
}

/**
 * The first instant of the local month `months − 1` months before the month holding the
 * period's last instant: the cohort heatmap covers `months` months of first visits up to the
 * period's end, whatever the period's length.
 */
export function cohortWindowStart(scope: { to: Date; timeZone: string }, months: number): Date {
  const last = instantToLocalParts(scope.to.getTime() - 1, scope.timeZone).date;
  const index = Number(last.slice(0, 4)) * 12 + Number(last.slice(5, 7)) - 1 - (months - 1);
  const month = `${String(Math.floor(index / 12)).padStart(4, "0")}-${String((index % 12) + 1).padStart(2, "0")}-01`;
  return new Date(localDateTimeToInstant(month, 0, scope.timeZone));
}

/**
 * Everything the loyalty dashboard shows for one filter, in one call: the headline summary with
 * the previous period, the retention cohorts (first visits in the `cohortMonths` months up to
 * the period's end), satisfaction over time and per therapist, the latest wishes, and the
 * per-therapist figures with utilisation. Each part keeps the definition written in its file.
 */
export async function loadDashboard(scope: DashboardScope) {
  const asOf = scope.asOf ?? now();
  const base = { tenantId: scope.tenantId, from: scope.from, to: scope.to, timeZone: scope.timeZone, therapistId: scope.therapistId, locationId: scope.locationId };
  const [summary, cohorts, satisfactionOverTime, satisfactionByTherapist, latestWishes, therapists] = await Promise.all([
    loadLoyaltySummary({ ...base, asOf }),
    computeRetentionCohorts({ ...base, from: cohortWindowStart(scope, scope.cohortMonths ?? 12) }),
    computeSatisfactionOverTime({ ...base, bucket: scope.bucket ?? defaultBucket(scope) }),
    computeSatisfactionByTherapist(base),
    findLatestWishes({ ...base, limit: scope.wishesLimit ?? 10 }),
    computeTherapistFigures({ ...base, asOf }),
  ]);
  return { asOf, summary, cohorts, satisfactionOverTime, satisfactionByTherapist, latestWishes, therapists };
}

export type Dashboard = Awaited<ReturnType<typeof loadDashboard>>;
