import { z } from "zod";
import { ZCancelReasonSchema } from "@/lib/booking/schemas";

// The manage page's cancel form, parsed by cancelBookingAction. Kept out of the "use server"
// file, which may export only actions.

export const INVALID_LINK = "This booking link is not valid. Please open it again from your confirmation email.";

// A tampered form (a file where text belongs) gets the same plain answer as a bad link.
export const ZCancelFormSchema = z.object({
  salon: z.string({ error: INVALID_LINK }),
  booking: z.string({ error: INVALID_LINK }),
  token: z.string({ error: INVALID_LINK }).max(100, INVALID_LINK),
  reason: ZCancelReasonSchema.optional(),
});
