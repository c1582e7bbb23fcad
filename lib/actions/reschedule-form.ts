import { z } from "zod";
import { instantSchema } from "@/lib/validation/dates";
import { INVALID_LINK } from "./cancel-form";

// The client's "move my booking" form on the reschedule page, parsed by rescheduleBookingAction.
// Kept out of the "use server" file, which may export only actions.

export const ZRescheduleFormSchema = z.object({
  salon: z.string({ error: INVALID_LINK }),
  booking: z.string({ error: INVALID_LINK }),
  token: z.string({ error: INVALID_LINK }).max(100, INVALID_LINK),
  start: instantSchema("Please pick a time again"),
  /** "any" when the client let any therapist take it; otherwise their own therapist. */
  therapist: z.enum(["same", "any"]).default("same"),
});

/** The reschedule page of a booking, with its token and any of: a day, a chosen start, a therapist choice, a notice. */
export function rescheduleHref(slug: string, bookingId: string, token: string, extra: Record<string, string | undefined> = {}): string {
  const query = new URLSearchParams({ token });
  for (const [name, value] of Object.entries(extra)) if (value !== undefined) query.set(name, value);
  return `/s/${slug}/bookings/${bookingId}/reschedule?${query.toString()}`;
}
