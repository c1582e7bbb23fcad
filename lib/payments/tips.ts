import { z } from "zod";
import { percentOf } from "./money";

// Tips on the receipt page: none, 15 %, 18 %, 20 % of the service (with extras), or an amount.

export const TIP_PERCENTS = [15, 18, 20] as const;

export const ZTipChoiceSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("none") }),
  z.object({ kind: z.literal("percent"), percent: z.literal(TIP_PERCENTS) }),
  z.object({ kind: z.literal("custom"), amountMinor: z.number().int("Whole amounts only").min(0, "A tip cannot be negative") }),
]);
export type TTipChoice = z.infer<typeof ZTipChoiceSchema>;

/** The tip in minor units. A custom tip may not exceed the service itself: a typo, not generosity. */
export function tipAmount(choice: TTipChoice, serviceMinor: number): number {
  switch (choice.kind) {
    case "none":
      return 0;
    case "percent":
      return percentOf(serviceMinor, choice.percent * 100);
    case "custom":
      return choice.amountMinor;
  }
}

export function maxTipMinor(serviceMinor: number): number {
  return Math.max(serviceMinor, 0);
}
