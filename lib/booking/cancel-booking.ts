import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { parseOrThrow } from "@/lib/errors/validation";
import { parseIdOrNotFound } from "@/lib/tenancy/guard";
import { assertTransition } from "./status";
import { transitionBooking } from "./transition";
import { enqueue } from "@/lib/jobs/queue";
import { CANCELLED_EMAIL_JOBS } from "@/lib/jobs/booking-email-jobs";
import { isFreeCancellation, ZPolicySnapshotSchema } from "./policy";
import { ZCancelBookingSchema } from "./schemas";
import { now as clockNow } from "@/lib/time/clock";

export type CancelBookingArgs = { tenantId: string; bookingId: string; actor: string; reason?: string; now?: Date };

/** Cancels an active booking (freeing its slot), records who did it and when, and emails the client and the therapist. */
export async function cancelBooking({ tenantId, bookingId, actor, reason, now = clockNow() }: CancelBookingArgs) {
  // Checked before any query: a malformed id would be a driver error, a NUL in the reason a 22021.
  const where = { tenantId_id: { tenantId: parseIdOrNotFound(tenantId, "Booking"), id: parseIdOrNotFound(bookingId, "Booking") } };
  const input = parseOrThrow(ZCancelBookingSchema, { actor, reason });
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    const booking = await tx.booking.findUnique({ where });
    if (!booking) throw new AppError("NOT_FOUND", "Booking not found");
    assertTransition(booking.status, "CANCELLED");
    if (booking.startsAt <= now) throw new AppError("CONFLICT", "This appointment has already started and can no longer be cancelled online");
    const policy = ZPolicySnapshotSchema.parse(booking.policySnapshot);
    const late = !isFreeCancellation(booking.startsAt, policy.cancellationNoticeHours, now);
    await transitionBooking(tx, {
      tenantId: booking.tenantId,
      bookingId: booking.id,
      from: booking.status,
      to: "CANCELLED",
      actor: input.actor,
      note: late ? "late cancellation" : null,
      now,
      data: { cancelledAt: now, cancelReason: input.reason || null },
    });
    for (const job of CANCELLED_EMAIL_JOBS) await enqueue(tx, job, { tenantId: booking.tenantId, bookingId: booking.id });
    const updated = await tx.booking.findUniqueOrThrow({ where });
    return { booking: updated, late };
  });
}
