import { z } from "zod";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { parseOrThrow } from "@/lib/errors/validation";
import { enqueue } from "@/lib/jobs/queue";
import { sendDepositRequestJob } from "@/lib/jobs/deposit-request-jobs";
import { HOLD_MINUTES } from "@/lib/payments/holds";
import { can, type StaffContext } from "@/lib/tenancy/guard";
import { now as clockNow } from "@/lib/time/clock";
import { instantSchema } from "@/lib/validation/dates";
import { createBooking, type CreatedBooking } from "./create-booking";
import { ZClientDetailsSchema, ZClientNoteSchema } from "./schemas";
import { ZVisitAddressSchema } from "./visit-address";

// A booking staff take by phone, for a client of the salon or a new one. It is held PENDING like
// a public booking, with the same rules (an offered time, the exclusion constraint, the policy
// snapshotted), but for longer: the client is emailed a link to their booking's page, where they
// pay the deposit and save their card on Stripe's page (lib/payments/checkout.ts), and agree to
// the policy there. Until then nothing of theirs is charged, and the hold lapses like any other.

/** How long a phone booking waits for its deposit, at most (never past an hour before the session). */
export const STAFF_HOLD_HOURS = 24;
const HOUR_MS = 3_600_000;

export const ZStaffBookingSchema = z.object({
  serviceId: z.uuid("Please choose a service"),
  therapistId: z.uuid("Please choose a therapist"),
  startsAt: instantSchema("Please choose a time"),
  /** A client of the salon (by id), or a new one's details. */
  client: z.union([z.object({ id: z.uuid("Please choose a client") }), ZClientDetailsSchema], { error: "Please choose a client or enter a new client's details" }),
  note: ZClientNoteSchema.optional(),
  visitAddress: ZVisitAddressSchema.optional(),
});
export type TStaffBooking = z.infer<typeof ZStaffBookingSchema>;

export type CreateStaffBookingArgs = {
  staff: StaffContext;
  input: unknown;
  /** The same key (one rendering of the form) always yields the same booking. */
  idempotencyKey?: string;
  now?: Date;
};

/** Owners book for any therapist; a therapist into their own calendar. */
export function mayBookFor(staff: StaffContext, therapistId: string): boolean {
  if (can(staff, "bookings.update.all")) return true;
  return can(staff, "bookings.update.own") && staff.therapistId === therapistId;
}

/** Until when a phone booking holds its time: a day, but never closer than an hour to the session. */
export function staffHoldMinutes(startsAt: Date, now: Date): number {
  const untilSession = (startsAt.getTime() - now.getTime() - HOUR_MS) / 60_000;
  return Math.max(HOLD_MINUTES, Math.min(STAFF_HOLD_HOURS * 60, Math.floor(untilSession)));
}

export async function createStaffBooking({ staff, input, idempotencyKey, now = clockNow() }: CreateStaffBookingArgs): Promise<CreatedBooking> {
  // A new client's details are checked on their own first, so each field says what is wrong with it.
  const raw = input as { client?: unknown } | null;
  if (raw && typeof raw.client === "object" && raw.client !== null && !("id" in raw.client)) parseOrThrow(z.object({ client: ZClientDetailsSchema }), { client: raw.client });
  const request = parseOrThrow(ZStaffBookingSchema, input);
  if (!mayBookFor(staff, request.therapistId)) throw new AppError("FORBIDDEN", "You can only book sessions into your own calendar.");
  const client = "id" in request.client ? await clientDetails(staff.tenantId, request.client.id) : request.client;
  const startsAt = new Date(request.startsAt);
  return createBooking({
    tenant: staff.tenant,
    now,
    actor: `staff:${staff.userId}`,
    idempotencyKey: idempotencyKey ? `staff:${idempotencyKey}` : undefined,
    // A caller on the phone has proved nothing: the client record is not rewritten (docs/decisions/006).
    verifiedEmail: null,
    holdMinutes: staffHoldMinutes(startsAt, now),
    input: { serviceId: request.serviceId, therapistId: request.therapistId, startsAt: request.startsAt, client, note: request.note, visitAddress: request.visitAddress },
    // The client agrees to the policy themselves, on their booking's page, before paying.
    deferConsent: true,
    onHeld: (tx, booking) => enqueue(tx, sendDepositRequestJob, { tenantId: booking.tenantId, bookingId: booking.id }).then(() => undefined),
  });
}

async function clientDetails(tenantId: string, clientId: string) {
  const client = await (await db()).client.findUnique({ where: { tenantId_id: { tenantId, id: clientId } }, select: { name: true, email: true, phone: true } });
  if (!client) throw new AppError("NOT_FOUND", "Client not found");
  // Stored before today's rules (a short phone, say): staff correct it on the form as a new client's details.
  const parsed = ZClientDetailsSchema.safeParse(client);
  if (!parsed.success) throw new AppError("VALIDATION", "This client's stored details are incomplete. Please enter them as a new client.", { client: ["Incomplete details"] });
  return parsed.data;
}
