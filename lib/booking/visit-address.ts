import { z } from "zod";
import { multiLineText, singleLineText } from "@/lib/validation/text";

// Where a mobile (outcall) session happens: the client's address, asked during booking.

export const ZVisitAddressSchema = z.object({
  line1: singleLineText().min(3, "Please enter the street and number").max(120, "Please keep this under 120 characters"),
  line2: singleLineText().max(120, "Please keep this under 120 characters").optional(),
  city: singleLineText().min(2, "Please enter the town or city").max(80, "Please keep this under 80 characters"),
  postalCode: singleLineText().min(2, "Please enter the postcode").max(16, "Please keep this under 16 characters"),
  directions: multiLineText().max(300, "Please keep directions under 300 characters").optional(),
});

export type TVisitAddress = z.infer<typeof ZVisitAddressSchema>;

/** The stored address in one line, or null when there is none (a studio session). */
export function visitAddressLine(stored: unknown): string | null {
  const parsed = ZVisitAddressSchema.safeParse(stored);
  if (!parsed.success) return null;
  const a = parsed.data;
  return [a.line1, a.line2, `${a.city} ${a.postalCode}`].filter(Boolean).join(", ");
}
