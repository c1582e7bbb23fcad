import { z } from "zod";
import { instantSchema, localDateSchema } from "@/lib/validation/dates";
import { ZEmailSchema } from "@/lib/validation/email";
import { multiLineText, singleLineText } from "@/lib/validation/text";
import { ZVisitAddressSchema } from "./visit-address";

export const ZClientDetailsSchema = z.object({
  name: singleLineText().min(2, "Please enter your name").max(100, "Name is too long (100 characters at most)"),
  email: ZEmailSchema,
  phone: singleLineText()
    .max(32, "Phone number is too long")
    .regex(/^\+?[0-9 ()./-]{7,}$/, "Please enter a valid phone number"),
});

/** The client's optional note to the salon (details step, stored with the booking). */
export const ZClientNoteSchema = multiLineText().max(1000, "Note is too long (1000 characters at most)");

export const ZCreateBookingSchema = z.object({
  serviceId: z.uuid("Please choose a service"),
  therapistId: z.union([z.literal("any"), z.uuid("Please choose a therapist")]),
  startsAt: instantSchema("Please choose a time"),
  client: ZClientDetailsSchema,
  note: ZClientNoteSchema.optional(),
  /** Where a mobile session happens; required for a mobile service, refused for a studio one. */
  visitAddress: ZVisitAddressSchema.optional(),
});

export type TCreateBooking = z.infer<typeof ZCreateBookingSchema>;
export type TClientDetails = z.infer<typeof ZClientDetailsSchema>;

/** Why a booking was cancelled, as the client or staff wrote it. */
export const ZCancelReasonSchema = multiLineText().max(500, "Please keep the reason under 500 characters");

/** What cancelBooking takes from its caller besides the clock; ids are checked separately (a bad one is "not found"). */
export const ZCancelBookingSchema = z.object({
  actor: singleLineText().min(1, "Missing actor").max(100, "Actor is too long"),
  reason: ZCancelReasonSchema.optional(),
});

export const ZLocalDateSchema = localDateSchema("Not a valid date");
