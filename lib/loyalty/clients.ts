import { periodBounds, type LoyaltyScope } from "./scope";
import { visitFigures } from "./visits";

export type ClientCounts = { active: number; new: number; returning: number };

/**
 * Active clients: clients with at least one completed session in the period.
 * New: active clients whose first completed session at the salon (any therapist or location)
 * falls in the period. Returning: active clients whose first completed session was before it.
 * Cancelled, no-show and upcoming sessions never count.
 * (One query with the visit interval: visits.ts.)
 */
export async function countClients(scope: LoyaltyScope): Promise<ClientCounts> {
  const [figures] = await visitFigures(scope, periodBounds(scope));
  return figures!.clients;
}
