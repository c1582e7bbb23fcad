import { db } from "@/lib/db/client";
import type { Booking } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors/app-error";
import { parseOrThrow } from "@/lib/errors/validation";
import { parseIdOrNotFound } from "@/lib/tenancy/guard";
import { assertTransition } from "./status";
import { transitionBooking } from "./transition";
import { enqueue } from "@/lib/jobs/queue";
import { CANCELLED_EMAIL_JOBS } from "@/lib/jobs/booking-email-jobs";
import { ZPolicySnapshotSchema } from "./policy";
import { cancellationTerms, type CancellationTerms } from "./cancellation-terms";
import { chargeFeeJob, refundDepositJob } from "@/lib/jobs/payment-jobs";
import { closeCheckoutForRelease } from "@/lib/payments/expire-hold";
import { depositHeldMinor } from "@/lib/payments/ledger";
import { ZCancelBookingSchema } from "./schemas";
import { now as clockNow } from "@/lib/time/clock";

export type CancelBookingArgs = { tenantId: string; bookingId: string; actor: string; reason?: string; now?: Date; bySalon?: boolean };

/**
 * Cancels an active booking (freeing its slot), records who did it and when, emails the client
 * and the therapist, and settles the deposit by the snapshotted policy: refunded when in time
 * (or when the salon cancels), kept when late, plus the late fee if the policy has one. The
 * refund and the fee are jobs committed with the cancellation. A PENDING hold is released:
 * its checkout is closed first, so it cannot be paid afterwards.
 */
export async function cancelBooking({ tenantId, bookingId, actor, reason, now = clockNow(), bySalon = false }: CancelBookingArgs): Promise<{ booking: Booking; late: boolean; terms: CancellationTerms }> {
  // Checked before any query: a malformed id would be a driver error, a NUL in the reason a 22021.
  const where = { tenantId_id: { tenantId: parseIdOrNotFound(tenantId, "Booking"), id: parseIdOrNotFound(bookingId, "Booking") } };
  const input = parseOrThrow(ZCancelBookingSchema, { actor, reason });
  const prisma = await db();
  const before = await prisma.booking.findUnique({ where, select: { status: true } });
  if (before?.status === "PENDING" && (await closeCheckoutForRelease(where.tenantId_id.tenantId, where.tenantId_id.id)) === "paid") {
    throw new AppError("CONFLICT", "Your deposit was paid a moment ago and the booking is now confirmed. Open it again to cancel it under its policy.");
  }
  return prisma.$transaction(async (tx) => {
    const booking = await tx.booking.findUnique({ where, include: { payments: true } });
    if (!booking) throw new AppError("NOT_FOUND", "Booking not found");
    assertTransition(booking.status, "CANCELLED");
    if (booking.startsAt <= now) throw new AppError("CONFLICT", "This appointment has already started and can no longer be cancelled online");
    const policy = ZPolicySnapshotSchema.parse(booking.policySnapshot);
    const terms = cancellationTerms({ policy, depositPaidMinor: depositHeldMinor(booking.payments), startsAt: booking.startsAt, now, currency: booking.currency, bySalon });
    const late = terms.late;
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
    const ref = { tenantId: booking.tenantId, bookingId: booking.id };
    if (booking.status !== "PENDING") {
      for (const job of CANCELLED_EMAIL_JOBS) await enqueue(tx, job, ref);
    }
    if (terms.refundMinor > 0) await enqueue(tx, refundDepositJob, ref);
    if (terms.feeMinor > 0) await enqueue(tx, chargeFeeJob, { ...ref, kind: "LATE_CANCEL_FEE" });
    const updated = await tx.booking.findUniqueOrThrow({ where });
    return { booking: updated, late, terms };
  });
}
