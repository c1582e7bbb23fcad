import { countClients } from "./clients";
import { computeMoney } from "./money";
import { computeRebooking } from "./rebooking";
import { computeReliability } from "./reliability";
import { computeSatisfaction } from "./satisfaction";
import { withPrevious, type ZonedLoyaltyScope } from "./scope";
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
