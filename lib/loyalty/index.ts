export { countClients, type ClientCounts } from "./clients";
export { computeRebooking, type Rebooking, type RebookingWindow } from "./rebooking";
export { computeVisitInterval, type VisitInterval } from "./visit-interval";
export { computeRetentionCohorts, type Cohort, type CohortCell } from "./cohorts";
export {
  computeSatisfaction,
  computeSatisfactionByTherapist,
  computeSatisfactionOverTime,
  findLatestWishes,
  type Satisfaction,
  type TherapistSatisfaction,
  type LatestWish,
  type SatisfactionPoint,
} from "./satisfaction";
export { computeReliability, type Reliability } from "./reliability";
export { computeMoney, type MoneySummary } from "./money";
export { previousPeriod, withPrevious, type LoyaltyScope, type ZonedLoyaltyScope } from "./scope";
export { computeTherapistFigures, THERAPIST_REBOOKING_DAYS, type TherapistFigures } from "./therapists";
export { loadDashboard, loadLoyaltySummary, cohortWindowStart, defaultBucket, type Dashboard, type DashboardScope, type LoyaltySummary } from "./dashboard";
export { availableIntervals, computeUtilisation, type Utilisation, type ZonedRule } from "./utilisation";
