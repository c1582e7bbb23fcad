import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { assertTransition } from "./status";
import { isFreeCancellation, ZPolicySnapshotSchema } from "./policy";

export type CancelBookingArgs = { tenantId: string; bookingId: string; actor: string; reason?: string; now?: Date };

/** Cancels an active booking (freeing its slot) and records who did it and when. */
export async function cancelBooking({ tenantId, bookingId, actor, reason, now = new Date() }: CancelBookingArgs) {
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    const booking = await tx.booking.findUnique({ where: { tenantId_id: { tenantId, id: bookingId } } });
    if (!booking) throw new AppError("NOT_FOUND", "Booking not found");
    assertTransition(booking.status, "CANCELLED");
    if (booking.startsAt <= now) throw new AppError("CONFLICT", "This appointment has already started and can no longer be cancelled online");
    const policy = ZPolicySnapshotSchema.parse(booking.policySnapshot);
    const late = !isFreeCancellation(booking.startsAt, policy.cancellationNoticeHours, now);
    const updated = await tx.booking.update({
      where: { tenantId_id: { tenantId, id: bookingId } },
      data: {
        status: "CANCELLED",
        cancelledAt: now,
        cancelReason: reason?.slice(0, 500) || null,
        updatedAt: now,
        events: { create: { fromStatus: booking.status, toStatus: "CANCELLED", actor, note: late ? "late cancellation" : null } },
      },
    });
    return { booking: updated, late };
  });
}
