import { db } from "@/lib/db/client";
import { transactionWithRetry, type TransactionClient } from "@/lib/db/transaction";
import { AppError, isExclusionViolation, isUniqueViolation } from "@/lib/errors/app-error";
import { Prisma, type Booking, type Tenant } from "@/lib/generated/prisma/client";
import { checkStart } from "./check-start";
import { bookingContact } from "./contact";
import { consentText, policySnapshot } from "./policy";
import { ZCreateBookingSchema, type TCreateBooking } from "./schemas";
import { parseOrThrow } from "@/lib/errors/validation";
import { enqueue } from "@/lib/jobs/queue";
import { expireHoldJob } from "@/lib/jobs/payment-jobs";
import { assertMayHold, holdExpiry } from "@/lib/payments/holds";
import { now as clockNow } from "@/lib/time/clock";

export type CreateBookingArgs = {
  tenant: Tenant;
  input: unknown;
  now?: Date;
  actor?: string;
  /** The same key always yields the same booking: a retried confirmation never books twice. */
  idempotencyKey?: string;
  /** The email the caller has proved (signed in by email link); only then may the client record be updated. */
  verifiedEmail?: string | null;
  /** Where the booker is (for the consent record and the per-visitor hold limit). */
  visitor?: { ipAddress: string; userAgent: string | null; holdKey: string | null };
  /** How long the time is held for the deposit (a booking staff take by phone waits longer than a client at Checkout). */
  holdMinutes?: number;
  /** The client agrees later, on their booking's page (a booking staff took by phone): no consent recorded now. */
  deferConsent?: boolean;
  /** More work in the booking's own transaction (e.g. the email asking for the deposit). */
  onHeld?: (tx: TransactionClient, booking: Booking) => Promise<void>;
};

/** The booking, and whether it was made earlier under the same idempotency key. */
export type CreatedBooking = Booking & { replayed: boolean };

const MINUTE = 60_000;

/**
 * Books a session as a PENDING hold: the slot is the client's while they pay the deposit and
 * save a card (lib/payments/checkout.ts); the deposit's webhook confirms it, or the hold lapses.
 * The requested start must be one the engine offers; the insert runs in a transaction and the
 * database's exclusion constraint is the final word on overlaps, so a race ends in SLOT_TAKEN,
 * never in two bookings.
 */
export async function createBooking({ tenant, input, now = clockNow(), actor = "client", idempotencyKey, verifiedEmail, visitor, holdMinutes, deferConsent, onHeld }: CreateBookingArgs): Promise<CreatedBooking> {
  const request = parseOrThrow(ZCreateBookingSchema, input);
  // Before the availability check: a retry of a booking already made must not be told its own slot is taken.
  const earlier = idempotencyKey ? await findBookingByIdempotencyKey(tenant.id, idempotencyKey) : null;
  if (earlier) return earlier;

  const startsAt = new Date(request.startsAt);
  const { service, location, therapistIds } = await candidateTherapists(tenant.id, request, startsAt, now);
  assertVisitAddress(service.locationType, request.visitAddress);
  const mayUpdateClient = verifiedEmail != null && verifiedEmail.toLowerCase() === request.client.email;

  const prisma = await db();
  for (const therapistId of therapistIds) {
    try {
      const booking = await transactionWithRetry(prisma, (tx) =>
        insertBooking(tx, { tenant, request, service, location, therapistId, startsAt, actor, idempotencyKey, mayUpdateClient, visitor, holdMinutes, deferConsent, onHeld, now }),
      );
      return { ...booking, replayed: false };
    } catch (error) {
      const lostRace = isExclusionViolation(error) || (idempotencyKey !== undefined && isUniqueViolation(error));
      if (!lostRace) throw error;
      // Maybe to a twin of this very request (same key): then its booking is ours.
      const twin = idempotencyKey ? await findBookingByIdempotencyKey(tenant.id, idempotencyKey) : null;
      if (twin) return twin;
      if (!isExclusionViolation(error)) throw error;
      // Someone else took it a moment ago: try the next free therapist.
    }
  }
  throw new AppError("SLOT_TAKEN", "That time was just booked. Please pick another time.");
}

export async function findBookingByIdempotencyKey(tenantId: string, idempotencyKey: string): Promise<CreatedBooking | null> {
  const booking = await (await db()).booking.findUnique({ where: { tenantId_idempotencyKey: { tenantId, idempotencyKey } } });
  return booking ? { ...booking, replayed: true } : null;
}

function assertVisitAddress(locationType: "STUDIO" | "MOBILE", address: TCreateBooking["visitAddress"]): void {
  if (locationType === "MOBILE" && !address) {
    throw new AppError("VALIDATION", "Please tell us the address where the session will take place.", { "visitAddress.line1": ["Please enter the street and number"] });
  }
  if (locationType === "STUDIO" && address) throw new AppError("VALIDATION", "This session takes place at the salon, so no address is needed.", { visitAddress: ["Not for a studio session"] });
}

type Insert = {
  tenant: Tenant;
  request: TCreateBooking;
  service: { id: string; name: string; durationMinutes: number; priceCents: number; bufferBeforeMinutes: number; bufferAfterMinutes: number; depositRule: unknown };
  location: { id: string };
  therapistId: string;
  startsAt: Date;
  actor: string;
  idempotencyKey?: string;
  mayUpdateClient: boolean;
  visitor?: CreateBookingArgs["visitor"];
  holdMinutes?: number;
  deferConsent?: boolean;
  onHeld?: CreateBookingArgs["onHeld"];
  now: Date;
};

/**
 * The client (found by email), the booking with its first event and its consent record, and the
 * job that releases the hold if it is not paid in time. The booking keeps the
 * contact details it was made with; the client record is created from them, but changed only
 * for a booker who proved the email (docs/decisions/006).
 * Bookings of one therapist queue on an advisory lock first: two overlapping inserts would
 * otherwise each wait on the other's exclusion check, a deadlock PostgreSQL breaks only after
 * a second. The exclusion constraint still decides who gets the time.
 */
async function insertBooking(tx: TransactionClient, { tenant, request, service, location, therapistId, startsAt, actor, idempotencyKey, mayUpdateClient, visitor, holdMinutes, deferConsent, onHeld, now }: Insert) {
  await tx.$queryRaw`SELECT 1 AS locked FROM pg_advisory_xact_lock(hashtextextended(${`booking:${tenant.id}:${therapistId}`}, 0))`;
  await assertMayHold(tx, { tenantId: tenant.id, holdKey: visitor?.holdKey ?? null, email: request.client.email, now });
  const policy = policySnapshot(tenant, service, tenant.locale);
  const holdExpiresAt = holdExpiry(now, holdMinutes);
  const client = await tx.client.upsert({
    where: { tenantId_email: { tenantId: tenant.id, email: request.client.email } },
    create: { tenantId: tenant.id, ...request.client },
    update: mayUpdateClient ? { name: request.client.name, phone: request.client.phone } : {},
  });
  const at = (minutes: number) => new Date(startsAt.getTime() + minutes * MINUTE);
  const booking = await tx.booking.create({
    data: {
      tenantId: tenant.id,
      locationId: location.id,
      serviceId: service.id,
      therapistId,
      clientId: client.id,
      ...bookingContact(request.client),
      idempotencyKey: idempotencyKey ?? null,
      status: "PENDING",
      holdExpiresAt,
      holdKey: visitor?.holdKey ?? null,
      depositMinor: policy.depositMinor,
      consent: deferConsent ? Prisma.DbNull : { at: now.toISOString(), ipAddress: visitor?.ipAddress ?? null, userAgent: visitor?.userAgent ?? null, text: consentText(policy) },
      startsAt,
      endsAt: at(service.durationMinutes),
      blockStartsAt: at(-service.bufferBeforeMinutes),
      blockEndsAt: at(service.durationMinutes + service.bufferAfterMinutes),
      serviceName: service.name,
      durationMinutes: service.durationMinutes,
      priceCents: service.priceCents,
      currency: tenant.currency,
      policySnapshot: policy,
      clientNote: request.note || null,
      visitAddress: request.visitAddress ?? undefined,
      createdAt: now,
      updatedAt: now,
      events: { create: { toStatus: "PENDING", actor, createdAt: now } },
    },
  });
  await enqueue(tx, expireHoldJob, { tenantId: tenant.id, bookingId: booking.id }, { startAfter: holdExpiresAt });
  await onHeld?.(tx, booking);
  return booking;
}

async function candidateTherapists(tenantId: string, request: TCreateBooking, startsAt: Date, now: Date) {
  const check = await checkStart({ tenantId, serviceId: request.serviceId, therapistId: request.therapistId, start: startsAt.getTime(), now });
  if (check.status === "taken") throw new AppError("SLOT_TAKEN", "That time was just booked. Please pick another time.");
  if (check.status === "gone") {
    throw new AppError("VALIDATION", "That time is not available for booking. Please pick one of the offered times.", {
      startsAt: ["Not an available time"],
    });
  }
  // Spread work: the therapist with the least booked time that day goes first.
  const load = new Map(check.schedules.map((s) => [s.therapistId, s.busy.reduce((sum, b) => sum + (b.end - b.start), 0)]));
  const therapistIds = [...check.slot.therapistIds].sort((a, b) => (load.get(a) ?? 0) - (load.get(b) ?? 0));
  return { service: check.service, location: check.location, therapistIds };
}
