import { z } from "zod";
import { multiLineText } from "@/lib/validation/text";
import { INVALID_LINK } from "./cancel-form";

// The forms on the manage and receipt pages that move money, parsed by their actions. Kept out
// of the "use server" files, which may export only actions.

const link = {
  salon: z.string({ error: INVALID_LINK }),
  booking: z.string({ error: INVALID_LINK }),
  token: z.string({ error: INVALID_LINK }).max(100, INVALID_LINK),
};

export const ZBookingLinkFormSchema = z.object(link);

/** Tip: none, a percentage, or a custom amount typed in major units ("12.50"). */
export const ZTipFormSchema = z.object({
  ...link,
  tip: z.enum(["none", "15", "18", "20", "custom"], { error: "Please choose a tip" }),
  custom: z
    .string()
    .trim()
    .max(12, "That amount is too long")
    .regex(/^(\d{1,7}([.,]\d{1,2})?)?$/, "Enter an amount like 12.50")
    .optional(),
  intent: z.enum(["save", "pay"]).default("save"),
});
export type TTipForm = z.infer<typeof ZTipFormSchema>;

export const ZConcernFormSchema = z.object({
  ...link,
  message: multiLineText().min(5, "Please tell us a little about what wasn't right").max(2000, "Please keep it under 2,000 characters"),
});
