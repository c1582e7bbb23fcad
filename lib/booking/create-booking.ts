import { db } from "@/lib/db/client";
import { transactionWithRetry, type TransactionClient } from "@/lib/db/transaction";
import { AppError, isExclusionViolation } from "@/lib/errors/app-error";
import type { Tenant } from "@/lib/generated/prisma/client";
import { checkStart } from "./check-start";
import { policySnapshot } from "./policy";
import { ZCreateBookingSchema, type TCreateBooking } from "./schemas";
import { parseOrThrow } from "@/lib/errors/validation";

export type CreateBookingArgs = { tenant: Tenant; input: unknown; now?: Date; actor?: string };

const MINUTE = 60_000;

/**
 * Books a session. The requested start must be one the engine offers; the insert runs in a
 * transaction and the database's exclusion constraint is the final word on overlaps, so a
 * race ends in SLOT_TAKEN, never in two bookings.
 */
export async function createBooking({ tenant, input, now = new Date(), actor = "client" }: CreateBookingArgs) {
  const request = parseOrThrow(ZCreateBookingSchema, input);
  const startsAt = new Date(request.startsAt);
  const candidates = await candidateTherapists(tenant.id, request, startsAt, now);
  const { service, location, therapistIds } = candidates;

  const prisma = await db();
  for (const therapistId of therapistIds) {
    try {
      return await transactionWithRetry(prisma, (tx) => insertBooking(tx, { tenant, request, service, location, therapistId, startsAt, actor }));
    } catch (error) {
      if (isExclusionViolation(error)) continue; // someone took it a moment ago: try the next free therapist
      throw error;
    }
  }
  throw new AppError("SLOT_TAKEN", "That time was just booked. Please pick another time.");
}

type Insert = {
  tenant: Tenant;
  request: TCreateBooking;
  service: { id: string; name: string; durationMinutes: number; priceCents: number; bufferBeforeMinutes: number; bufferAfterMinutes: number };
  location: { id: string };
  therapistId: string;
  startsAt: Date;
  actor: string;
};

/**
 * The client (found by email, details refreshed) and the booking with its first event.
 * Bookings of one therapist queue on an advisory lock first: two overlapping inserts would
 * otherwise each wait on the other's exclusion check, a deadlock PostgreSQL breaks only after
 * a second. The exclusion constraint still decides who gets the time.
 */
async function insertBooking(tx: TransactionClient, { tenant, request, service, location, therapistId, startsAt, actor }: Insert) {
  await tx.$queryRaw`SELECT 1 AS locked FROM pg_advisory_xact_lock(hashtextextended(${`booking:${tenant.id}:${therapistId}`}, 0))`;
  const client = await tx.client.upsert({
    where: { tenantId_email: { tenantId: tenant.id, email: request.client.email } },
    create: { tenantId: tenant.id, ...request.client },
    update: { name: request.client.name, phone: request.client.phone },
  });
  const at = (minutes: number) => new Date(startsAt.getTime() + minutes * MINUTE);
  return tx.booking.create({
    data: {
      tenantId: tenant.id,
      locationId: location.id,
      serviceId: service.id,
      therapistId,
      clientId: client.id,
      status: "CONFIRMED",
      startsAt,
      endsAt: at(service.durationMinutes),
      blockStartsAt: at(-service.bufferBeforeMinutes),
      blockEndsAt: at(service.durationMinutes + service.bufferAfterMinutes),
      serviceName: service.name,
      durationMinutes: service.durationMinutes,
      priceCents: service.priceCents,
      currency: tenant.currency,
      policySnapshot: policySnapshot(tenant),
      clientNote: request.note || null,
      events: { create: { toStatus: "CONFIRMED", actor } },
    },
  });
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
