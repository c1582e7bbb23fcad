import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { chargeFeeJob } from "@/lib/jobs/payment-jobs";
import { enqueue } from "@/lib/jobs/queue";
import { now as clockNow } from "@/lib/time/clock";
import { parseIdOrNotFound } from "@/lib/tenancy/guard";
import { ZPolicySnapshotSchema } from "./policy";
import { transitionBooking } from "./transition";

/** The client did not come: the deposit is kept, and the policy's no-show fee (if any) is charged by a job. */
export async function markNoShow({ tenantId, bookingId, actor, now = clockNow() }: { tenantId: string; bookingId: string; actor: string; now?: Date }) {
  const id = { tenantId: parseIdOrNotFound(tenantId, "Booking"), id: parseIdOrNotFound(bookingId, "Booking") };
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    const booking = await tx.booking.findUnique({ where: { tenantId_id: id } });
    if (!booking) throw new AppError("NOT_FOUND", "Booking not found");
    if (booking.startsAt > now) throw new AppError("CONFLICT", "This session has not started yet, so the client cannot be marked as a no-show.");
    await transitionBooking(tx, { tenantId: booking.tenantId, bookingId: booking.id, from: booking.status, to: "NO_SHOW", actor, now });
    const policy = ZPolicySnapshotSchema.parse(booking.policySnapshot);
    if (policy.noShowFeeMinor > 0) await enqueue(tx, chargeFeeJob, { tenantId: booking.tenantId, bookingId: booking.id, kind: "NO_SHOW_FEE" });
    return tx.booking.findUniqueOrThrow({ where: { tenantId_id: id } });
  });
}
