import { z } from "zod";
import { multiLineText, singleLineText } from "@/lib/validation/text";

// The staff booking page's forms, parsed by staff-bookings.ts (a "use server" file exports only actions).

export const ZStaffBookingFormSchema = z.object({ booking: z.string() });

const extraDescription = singleLineText().max(80, "Keep it under 80 characters").optional();
const extraAmount = z.string().trim().max(12, "That amount is too long").optional();

/** Completion with up to three extras typed as rows: description and amount (major units). */
export const ZCompleteFormSchema = z.object({
  booking: z.string(),
  extra0: extraDescription,
  amount0: extraAmount,
  extra1: extraDescription,
  amount1: extraAmount,
  extra2: extraDescription,
  amount2: extraAmount,
});
export const EXTRA_ROWS = [0, 1, 2] as const;

export const ZConcernDecisionFormSchema = z.object({
  concern: z.string(),
  decision: z.enum(["CHARGE_FULL", "DISCOUNT", "WAIVE"], { error: "Choose what to do" }),
  discount: z.string().trim().max(12).optional(),
  note: multiLineText().max(1000, "Please keep the note under 1,000 characters").optional(),
});
