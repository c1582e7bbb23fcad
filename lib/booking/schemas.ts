import { z } from "zod";

export const ZClientDetailsSchema = z.object({
  name: z.string().trim().min(2, "Please enter your name").max(100, "Name is too long (100 characters at most)"),
  email: z
    .string()
    .trim()
    .max(254, "Email is too long")
    .pipe(z.email("Please enter a valid email address"))
    .transform((e) => e.toLowerCase()),
  phone: z
    .string()
    .trim()
    .max(32, "Phone number is too long")
    .regex(/^\+?[0-9 ()./-]{7,}$/, "Please enter a valid phone number"),
});

export const ZCreateBookingSchema = z.object({
  serviceId: z.uuid("Please choose a service"),
  therapistId: z.union([z.literal("any"), z.uuid("Please choose a therapist")]),
  startsAt: z.iso.datetime({ offset: true, message: "Please choose a time" }),
  client: ZClientDetailsSchema,
  note: z.string().trim().max(1000, "Note is too long (1000 characters at most)").optional(),
});

export type TCreateBooking = z.infer<typeof ZCreateBookingSchema>;
export type TClientDetails = z.infer<typeof ZClientDetailsSchema>;

export const ZLocalDateSchema = z.iso.date("Not a valid date");
