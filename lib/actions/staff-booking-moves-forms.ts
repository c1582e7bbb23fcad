import { z } from "zod";
import { instantSchema } from "@/lib/validation/dates";

// The staff forms that book by phone and move a booking, parsed by staff-booking-moves.ts (a
// "use server" file exports only actions). Ids are checked by the guard and the domain.

// `salon` is the slug of the page the form was posted from; staffWith checks the caller works there.
const salon = z.string();
const text = z.string().max(1000).optional();

export const ZStaffMoveFormSchema = z.object({
  salon,
  booking: z.string(),
  therapist: z.string(),
  start: instantSchema("Please pick a time again"),
});

export const ZStaffNewBookingFormSchema = z.object({
  salon,
  service: z.string(),
  therapist: z.string(),
  start: instantSchema("Please pick a time again"),
  /** One rendering of the form: a double submit or a retry books once. */
  request: z.string().max(64),
  /** An existing client's id; otherwise the new client's details below. */
  client: z.string().optional(),
  name: text,
  email: text,
  phone: text,
  note: text,
  line1: text,
  line2: text,
  city: text,
  postalCode: text,
  directions: text,
});
export type TStaffNewBookingForm = z.infer<typeof ZStaffNewBookingFormSchema>;
