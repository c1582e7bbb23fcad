import { z } from "zod";
import { assertMinor, percentOf } from "./money";

// How much a booking takes up front: nothing, a fixed amount, or a share of the price. Set per
// salon, overridable per service; snapshotted on each booking.

export const ZDepositRuleSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("none") }),
  z.object({ kind: z.literal("fixed"), amountMinor: z.number().int().min(0).max(100_000_000) }),
  z.object({ kind: z.literal("percent"), basisPoints: z.number().int().min(1).max(10_000) }),
]);
export type TDepositRule = z.infer<typeof ZDepositRuleSchema>;

/** The service's own rule wins over the salon's. */
export function effectiveDepositRule(salon: TDepositRule, service: TDepositRule | null | undefined): TDepositRule {
  return service ?? salon;
}

/** The deposit for a price: never more than the price (a £10 deposit on an £8 service is £8), never negative. */
export function depositFor(priceMinor: number, rule: TDepositRule): number {
  assertMinor(priceMinor);
  switch (rule.kind) {
    case "none":
      return 0;
    case "fixed":
      return Math.min(rule.amountMinor, priceMinor);
    case "percent":
      return Math.min(percentOf(priceMinor, rule.basisPoints), priceMinor);
  }
}
