import { z } from "zod";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { parseOrThrow } from "@/lib/errors/validation";
import { chargeBalanceJob } from "@/lib/jobs/payment-jobs";
import { sendSessionReceiptJob } from "@/lib/jobs/payment-email-jobs";
import { enqueue } from "@/lib/jobs/queue";
import { now as clockNow } from "@/lib/time/clock";
import { singleLineText } from "@/lib/validation/text";
import { parseIdOrNotFound } from "@/lib/tenancy/guard";
import { ZPolicySnapshotSchema } from "./policy";
import { transitionBooking } from "./transition";

// The therapist marks a session done, with any extras agreed during it (an add-on, extra time).
// That opens the client's review window: the receipt goes out and the balance charge is
// scheduled for when the window ends, both committed with the completion.

export const ZExtraSchema = z.object({
  description: singleLineText().min(2, "Say what the extra was").max(80, "Keep it under 80 characters"),
  amountMinor: z.number().int("Whole amounts only").min(0, "The amount cannot be negative").max(1_000_000, "That amount is too large"),
  minutes: z.number().int().min(0).max(240).default(0),
});
export const ZCompleteBookingSchema = z.object({ extras: z.array(ZExtraSchema).max(10, "Ten extras at most").default([]) });
export type TExtra = z.infer<typeof ZExtraSchema>;

const HOUR_MS = 3_600_000;

export async function completeBooking({ tenantId, bookingId, actor, input, now = clockNow() }: { tenantId: string; bookingId: string; actor: string; input: unknown; now?: Date }) {
  const id = { tenantId: parseIdOrNotFound(tenantId, "Booking"), id: parseIdOrNotFound(bookingId, "Booking") };
  const { extras } = parseOrThrow(ZCompleteBookingSchema, input);
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    const booking = await tx.booking.findUnique({ where: { tenantId_id: id } });
    if (!booking) throw new AppError("NOT_FOUND", "Booking not found");
    if (booking.startsAt > now) throw new AppError("CONFLICT", "This session has not started yet, so it cannot be marked completed.");
    const policy = ZPolicySnapshotSchema.parse(booking.policySnapshot);
    const reviewEndsAt = new Date(now.getTime() + policy.reviewWindowHours * HOUR_MS);
    const extrasMinor = extras.reduce((t, e) => t + e.amountMinor, 0);
    await transitionBooking(tx, {
      tenantId: booking.tenantId, bookingId: booking.id, from: booking.status, to: "COMPLETED", actor, now,
      note: extras.length ? `extras: ${extras.map((e) => e.description).join(", ")}` : null,
      data: { completedAt: now, reviewEndsAt, balanceStatus: "IN_REVIEW", extrasMinor },
    });
    if (extras.length) await tx.bookingExtra.createMany({ data: extras.map((e) => ({ ...e, tenantId: booking.tenantId, bookingId: booking.id, actor, createdAt: now })) });
    const ref = { tenantId: booking.tenantId, bookingId: booking.id };
    await enqueue(tx, sendSessionReceiptJob, ref);
    await enqueue(tx, chargeBalanceJob, ref, { startAfter: reviewEndsAt });
    return tx.booking.findUniqueOrThrow({ where: { tenantId_id: id } });
  });
}
