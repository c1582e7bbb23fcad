import { periodBounds, type LoyaltyScope } from "./scope";
import { visitFigures } from "./visits";

export type VisitInterval = {
  medianDays: number | null;
  intervals: number;
  sessions: number;
  clients: number;
  visitsPerClient: number | null;
};

/**
 * Visit interval: the median number of days between a client's consecutive completed sessions
 * (start to start), over the gaps that end with a session in the period; the earlier session
 * may be before the period. Visits per client: completed sessions in the period divided by the
 * clients who had them. Cancelled and no-show sessions are not visits.
 * (One query with the client counts: visits.ts.)
 */
export async function computeVisitInterval(scope: LoyaltyScope): Promise<VisitInterval> {
  const [figures] = await visitFigures(scope, periodBounds(scope));
  return figures!.visitInterval;
}
