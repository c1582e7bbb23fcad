import { z } from "zod";
import { db } from "@/lib/db/client";
import { transactionWithRetry, type TransactionClient } from "@/lib/db/transaction";
import { AppError, isAppError, isExclusionViolation } from "@/lib/errors/app-error";
import { parseOrThrow } from "@/lib/errors/validation";
import type { Booking } from "@/lib/generated/prisma/client";
import { enqueue } from "@/lib/jobs/queue";
import { MOVED_EMAIL_JOBS, MOVED_AWAY_EMAIL_JOB } from "@/lib/jobs/booking-moved-email-jobs";
import { can, parseIdOrNotFound, type StaffContext } from "@/lib/tenancy/guard";
import { now as clockNow } from "@/lib/time/clock";
import { formatDay, formatTime } from "@/lib/format/format";
import { instantSchema } from "@/lib/validation/dates";
import { checkStart } from "./check-start";
import { loadServiceContext, type ServiceContext } from "./find-slots";
import { ZPolicySnapshotSchema } from "./policy";
import { planReminder } from "./reminders";
import { mayMoveBooking, mayMoveTo, type Mover } from "./reschedule-rules";

// Moving a confirmed booking to another time and/or therapist, same service. The same rules as
// booking: the new start must be one the availability engine offers (the booking's own time
// does not count against it), and the exclusion constraint on the therapist's blocked time has
// the final word, so two moves into one slot end in one move and one SLOT_TAKEN. Money stays
// where it is: the deposit and saved card belong to the booking row, nothing is refunded or
// charged. The reminder is planned again for the new time and the client and therapist(s) are
// emailed, all in the transaction of the move.

export const ZRescheduleSchema = z.object({
  startsAt: instantSchema("Please choose a time"),
  /** Another therapist, "any" for whoever is free (the current one first), or absent for the same one. */
  therapistId: z.union([z.literal("any"), z.uuid("Please choose a therapist")]).optional(),
});
export type TReschedule = z.infer<typeof ZRescheduleSchema>;

/** What a staff member's role lets them move (lib/auth/permissions.ts). */
export function staffMover(staff: StaffContext): Mover {
  const all = can(staff, "bookings.update.all");
  const own = can(staff, "bookings.update.own") ? staff.therapistId : null;
  return { kind: "staff", userId: staff.userId, therapistId: own, all };
}

export type RescheduleArgs = { tenantId: string; bookingId: string; mover: Mover; input: unknown; now?: Date };
export type Rescheduled = { booking: Booking; from: { startsAt: Date; therapistId: string } };

const MINUTE = 60_000;

export async function rescheduleBooking({ tenantId, bookingId, mover, input, now = clockNow() }: RescheduleArgs): Promise<Rescheduled> {
  const id = { tenantId: parseIdOrNotFound(tenantId, "Booking"), id: parseIdOrNotFound(bookingId, "Booking") };
  const request = parseOrThrow(ZRescheduleSchema, input);
  const prisma = await db();
  const booking = await prisma.booking.findUnique({ where: { tenantId_id: id } });
  if (!booking) throw new AppError("NOT_FOUND", "Booking not found");
  assertRuling(mayMoveBooking({ ...booking, noticeHours: ZPolicySnapshotSchema.parse(booking.policySnapshot).cancellationNoticeHours }, mover, now));

  const wanted = request.therapistId ?? booking.therapistId;
  assertRuling(mayMoveTo(mover, wanted, booking.therapistId));
  const startsAt = new Date(request.startsAt);
  if (startsAt.getTime() === booking.startsAt.getTime() && wanted === booking.therapistId) {
    throw new AppError("VALIDATION", "That is already this booking's time. Please pick another time.", { startsAt: ["Pick another time"] });
  }

  const context = await serviceContextFor(booking);
  const check = await checkStart({ tenantId: booking.tenantId, serviceId: booking.serviceId, therapistId: wanted, start: startsAt.getTime(), now, exceptBookingId: booking.id, context });
  if (check.status === "taken") throw slotTaken();
  if (check.status === "gone") throw new AppError("VALIDATION", "That time is not available. Please pick one of the offered times.", { startsAt: ["Not an available time"] });
  const service = context.service;
  const at = (minutes: number) => new Date(startsAt.getTime() + minutes * MINUTE);
  const times = {
    startsAt,
    endsAt: at(booking.durationMinutes),
    blockStartsAt: at(-service.bufferBeforeMinutes),
    blockEndsAt: at(booking.durationMinutes + service.bufferAfterMinutes),
  };

  const ordered = candidates(check.slot.therapistIds, booking.therapistId, mover);
  const describe = await describer(booking, ordered, context);
  for (const therapistId of ordered) {
    try {
      const moved = await transactionWithRetry(prisma, (tx) => moveBooking(tx, { booking, therapistId, times, actor: actorOf(mover), note: describe(therapistId, startsAt), now }));
      return { booking: moved, from: { startsAt: booking.startsAt, therapistId: booking.therapistId } };
    } catch (error) {
      if (!isExclusionViolation(error)) throw error;
      // Someone took that therapist's time a moment ago: the next free one, if "any".
    }
  }
  throw slotTaken();
}

function slotTaken() {
  return new AppError("SLOT_TAKEN", "That time was just booked. Please pick another time.");
}

function assertRuling(ruling: ReturnType<typeof mayMoveBooking>): void {
  if (!ruling.allowed) throw new AppError(ruling.code, ruling.reason);
}

function actorOf(mover: Mover): string {
  return mover.kind === "client" ? "client" : `staff:${mover.userId}`;
}

/** The current therapist first (a client who said "any" keeps theirs when they are free). */
function candidates(free: string[], current: string, mover: Mover): string[] {
  const ordered = [...free].sort((a, b) => Number(b === current) - Number(a === current));
  return mover.kind === "staff" && !mover.all ? ordered.filter((t) => t === current) : ordered;
}

/**
 * The service as the engine sees it (buffers, and the salon's travel buffer for a mobile session),
 * but with the booking's own length: the client keeps the session they booked.
 */
export async function serviceContextFor(booking: Pick<Booking, "tenantId" | "serviceId" | "durationMinutes">): Promise<ServiceContext> {
  try {
    const context = await loadServiceContext(booking.tenantId, booking.serviceId);
    return { ...context, service: { ...context.service, durationMinutes: booking.durationMinutes } };
  } catch (error) {
    if (isAppError(error, "NOT_FOUND")) throw new AppError("CONFLICT", "This service is no longer offered, so this booking cannot be moved online. Please contact the salon.");
    throw error;
  }
}

/** The event's note in the salon's words: "moved from Tue, Dec 1, 9:00 AM to Wed, Dec 2, 10:00 AM (Maya Chen → Leo Park)". */
async function describer(booking: Booking, therapistIds: string[], { tenant, location }: ServiceContext) {
  const profiles = await (await db()).therapistProfile.findMany({ where: { tenantId: booking.tenantId, id: { in: [booking.therapistId, ...therapistIds] } }, select: { id: true, displayName: true } });
  const name = (id: string) => profiles.find((p) => p.id === id)?.displayName ?? "another therapist";
  const at = (instant: Date) => `${formatDay(instant, location.timeZone, tenant.locale)}, ${formatTime(instant, location.timeZone, tenant.locale)}`;
  return (therapistId: string, startsAt: Date) => {
    const who = therapistId === booking.therapistId ? "" : ` (${name(booking.therapistId)} → ${name(therapistId)})`;
    return `moved from ${at(booking.startsAt)} to ${at(startsAt)}${who}`;
  };
}

type Move = {
  booking: Booking;
  therapistId: string;
  times: Pick<Booking, "startsAt" | "endsAt" | "blockStartsAt" | "blockEndsAt">;
  actor: string;
  note: string;
  now: Date;
};

/**
 * The move as a conditional update on what was read (status, time and therapist), so a
 * concurrent move, cancellation or completion makes this one a CONFLICT instead of undoing it.
 * Moves and bookings of one therapist queue on the same advisory lock as createBooking's inserts.
 */
async function moveBooking(tx: TransactionClient, { booking, therapistId, times, actor, note, now }: Move): Promise<Booking> {
  const { tenantId, id } = booking;
  await tx.$queryRaw`SELECT 1 AS locked FROM pg_advisory_xact_lock(hashtextextended(${`booking:${tenantId}:${therapistId}`}, 0))`;
  const changed = await tx.booking.updateMany({
    where: { tenantId, id, status: "CONFIRMED", startsAt: booking.startsAt, therapistId: booking.therapistId },
    data: { ...times, therapistId, reminderSentAt: null, updatedAt: now },
  });
  if (changed.count !== 1) throw new AppError("CONFLICT", "This booking was just changed by someone else. Please open it again.");
  await tx.bookingEvent.create({ data: { tenantId, bookingId: id, fromStatus: "CONFIRMED", toStatus: "CONFIRMED", actor, note, createdAt: now } });
  await planReminder(tx, { tenantId, bookingId: id, now });
  const move = { tenantId, bookingId: id, fromStartsAt: booking.startsAt.toISOString(), fromTherapistId: booking.therapistId, toStartsAt: times.startsAt.toISOString(), toTherapistId: therapistId };
  for (const job of MOVED_EMAIL_JOBS) await enqueue(tx, job, move);
  if (therapistId !== booking.therapistId) await enqueue(tx, MOVED_AWAY_EMAIL_JOB, move);
  return tx.booking.findUniqueOrThrow({ where: { tenantId_id: { tenantId, id } } });
}
