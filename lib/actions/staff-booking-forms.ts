import { z } from "zod";
import { multiLineText, singleLineText } from "@/lib/validation/text";

// The staff booking page's forms, parsed by staff-bookings.ts (a "use server" file exports only actions).

// `salon` is the slug of the page the form was posted from; staffWith checks the caller works there.
const salon = z.string();

export const ZStaffBookingFormSchema = z.object({ salon, booking: z.string() });

const extraDescription = singleLineText().max(80, "Keep it under 80 characters").optional();
const extraAmount = z.string().trim().max(12, "That amount is too long").optional();

/** Completion with up to three extras typed as rows: description and amount (major units). */
export const ZCompleteFormSchema = z.object({
  salon,
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
  salon,
  concern: z.string(),
  decision: z.enum(["CHARGE_FULL", "DISCOUNT", "WAIVE"], { error: "Choose what to do" }),
  discount: z.string().trim().max(12).optional(),
  note: multiLineText().max(1000, "Please keep the note under 1,000 characters").optional(),
});
