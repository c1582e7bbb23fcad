import { instantToLocalParts, localDateTimeToInstant } from "@/lib/availability/time-zone";
import { now } from "@/lib/time/clock";
import { computeRetentionCohorts } from "./cohorts";
import { moneyOf } from "./money";
import { bookingFigures, REBOOKING_DAYS, sumBookingCounts, type BookingCounts } from "./period-bookings";
import { rebookingOf } from "./rebooking";
import { reliabilityOf } from "./reliability";
import { findLatestWishes, satisfactionFigures, type SatisfactionFigures } from "./satisfaction";
import { periodBounds, type ZonedLoyaltyScope } from "./scope";
import { THERAPIST_REBOOKING_DAYS, therapistFiguresOf, therapistNames } from "./therapists";
import { computeUtilisation } from "./utilisation";
import { visitFigures, type VisitFigures } from "./visits";

/**
 * The dashboard's headline figures for the period and for the previous period of the same
 * length (so each can show its change). Cohorts, per-therapist figures, the satisfaction chart
 * and the latest wishes are asked for separately (they have no "previous"), or all at once with
 * loadDashboard. Each figure is the one its own function computes (countClients, computeRebooking,
 * …); both periods are answered by one query per group of figures that read the same rows.
 */
export async function loadLoyaltySummary(scope: ZonedLoyaltyScope & { asOf?: Date }) {
  const bounds = periodBounds(scope, true);
  const [visits, bookings, satisfaction] = await Promise.all([
    visitFigures(scope, bounds),
    bookingFigures(scope, bounds, { asOf: scope.asOf ?? now() }),
    satisfactionFigures(scope, bounds),
  ]);
  return summaryOf({ visits, bookings, satisfaction });
}

/** Period 1 is the previous period, period 2 the current one (periodBounds with the previous period). */
function summaryOf(input: { visits: VisitFigures[]; bookings: BookingCounts[]; satisfaction: SatisfactionFigures }) {
  const both = <T>(of: (period: number) => T) => ({ current: of(2), previous: of(1) });
  const counts = (period: number) => sumBookingCounts(input.bookings.filter((r) => r.period === period));
  return {
    clients: both((p) => input.visits[p - 1]!.clients),
    rebooking: both((p) => rebookingOf(input.bookings.filter((r) => r.period === p))),
    visitInterval: both((p) => input.visits[p - 1]!.visitInterval),
    satisfaction: both((p) => input.satisfaction.periods[p - 1]!),
    reliability: both((p) => reliabilityOf(counts(p))),
    money: both((p) => moneyOf(counts(p))),
  };
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
  const bounds = periodBounds(base, true);
  const [visits, bookings, satisfaction, cohorts, latestWishes, utilisation, names] = await Promise.all([
    visitFigures(base, bounds),
    bookingFigures(base, bounds, { asOf }),
    satisfactionFigures(base, bounds, { bucket: scope.bucket ?? defaultBucket(scope), timeZone: scope.timeZone }),
    computeRetentionCohorts({ ...base, from: cohortWindowStart(scope, scope.cohortMonths ?? 12) }),
    findLatestWishes({ ...base, limit: scope.wishesLimit ?? 10 }),
    computeUtilisation(base),
    therapistNames(scope.tenantId),
  ]);
  return {
    asOf,
    summary: summaryOf({ visits, bookings, satisfaction }),
    cohorts,
    satisfactionOverTime: satisfaction.overTime,
    satisfactionByTherapist: satisfaction.byTherapist,
    latestWishes,
    // The therapist table's rebooking window (one of 30, 60, 90) of the current period.
    therapists: therapistFiguresOf({ counts: bookings, utilisation, names, period: 2, windowIndex: REBOOKING_DAYS.indexOf(THERAPIST_REBOOKING_DAYS) }),
  };
}

export type Dashboard = Awaited<ReturnType<typeof loadDashboard>>;
