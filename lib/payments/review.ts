import { db } from "@/lib/db/client";
import { transactionWithRetry, type TransactionClient } from "@/lib/db/transaction";
import { AppError } from "@/lib/errors/app-error";
import type { BalanceStatus, Booking } from "@/lib/generated/prisma/client";
import { chargeBalanceJob } from "@/lib/jobs/payment-jobs";
import { sendConcernDecidedJob } from "@/lib/jobs/payment-email-jobs";
import { enqueue } from "@/lib/jobs/queue";
import { now as clockNow } from "@/lib/time/clock";
import { amountDue } from "./charges/amount-due";
import { lockBookingForCharge } from "./charges/charge-lock";
import { maxTipMinor, tipAmount, type TTipChoice } from "./tips";
import type { ConcernDecision } from "@/lib/generated/prisma/enums";

// The client's review window and the owner's answer to a concern. Every change runs under the
// booking's charge lock, so it cannot interleave with a charge attempt.

async function lockForCharge(tx: TransactionClient, tenantId: string, bookingId: string): Promise<Booking> {
  const booking = await lockBookingForCharge(tx, tenantId, bookingId);
  if (!booking) throw new AppError("NOT_FOUND", "Booking not found");
  return booking;
}

/** Where a tip can still be added or changed: before anything was charged. */
const TIPPABLE: readonly BalanceStatus[] = ["IN_REVIEW", "CONCERN", "ACTION_REQUIRED", "RETRY_SCHEDULED", "OWED"];

export async function setTip({ tenantId, bookingId, choice }: { tenantId: string; bookingId: string; choice: TTipChoice }): Promise<number> {
  const prisma = await db();
  return transactionWithRetry(prisma, async (tx) => {
    const booking = await lockForCharge(tx, tenantId, bookingId);
    if (!TIPPABLE.includes(booking.balanceStatus)) throw new AppError("CONFLICT", booking.balanceStatus === "PAID" ? "This booking is already paid." : "The tip can no longer be changed.");
    const serviceMinor = booking.priceCents + booking.extrasMinor;
    const tipMinor = tipAmount(choice, serviceMinor);
    if (tipMinor > maxTipMinor(serviceMinor)) throw new AppError("VALIDATION", "That tip is larger than the session itself. Please check the amount.", { amount: ["Too large"] });
    await tx.booking.update({ where: { tenantId_id: { tenantId, id: bookingId } }, data: { tipMinor, updatedAt: clockNow() } });
    return tipMinor;
  });
}

export async function raiseConcern({ tenantId, bookingId, message, now = clockNow() }: { tenantId: string; bookingId: string; message: string; now?: Date }) {
  const prisma = await db();
  return transactionWithRetry(prisma, async (tx) => {
    const booking = await lockForCharge(tx, tenantId, bookingId);
    if (booking.balanceStatus !== "IN_REVIEW") {
      throw new AppError("CONFLICT", booking.balanceStatus === "CONCERN" ? "You already told us about this session; the salon will reply by email." : "The review window for this session has closed. Please contact the salon directly.");
    }
    await tx.booking.update({ where: { tenantId_id: { tenantId, id: bookingId } }, data: { balanceStatus: "CONCERN", updatedAt: now } });
    return tx.concern.create({ data: { tenantId, bookingId, message, createdAt: now } });
  });
}

export type ConcernDecisionInput = { decision: ConcernDecision; discountMinor?: number; note?: string };

/**
 * The owner's answer: charge in full, charge less (a DISCOUNT in the ledger), or waive the
 * balance (a WAIVER). A charge is scheduled at once as a job committed with the decision; the
 * client is emailed the outcome.
 */
export async function decideConcern({ tenantId, concernId, input, actor, now = clockNow() }: { tenantId: string; concernId: string; input: ConcernDecisionInput; actor: string; now?: Date }) {
  const prisma = await db();
  return transactionWithRetry(prisma, async (tx) => {
    const concern = await tx.concern.findUnique({ where: { tenantId_id: { tenantId, id: concernId } } });
    if (!concern) throw new AppError("NOT_FOUND", "Concern not found");
    const booking = await lockForCharge(tx, tenantId, concern.bookingId);
    const decided = await tx.concern.updateMany({
      where: { tenantId, id: concernId, status: "OPEN" },
      data: { status: "RESOLVED", decision: input.decision, discountMinor: input.decision === "DISCOUNT" ? (input.discountMinor ?? 0) : null, decisionNote: input.note || null, decidedBy: actor, resolvedAt: now },
    });
    if (decided.count !== 1 || booking.balanceStatus !== "CONCERN") throw new AppError("CONFLICT", "This concern was already decided.");
    const records = await tx.paymentRecord.findMany({ where: { tenantId, bookingId: booking.id } });
    const due = amountDue(booking, records);
    const reduction = (kind: "DISCOUNT" | "WAIVER", amountMinor: number) =>
      tx.paymentRecord.create({ data: { tenantId, bookingId: booking.id, kind, status: "SUCCEEDED", amountMinor, currency: booking.currency, note: input.note || null, actor, createdAt: now, updatedAt: now } });
    const ref = { tenantId, bookingId: booking.id };

    if (input.decision === "WAIVE") {
      if (due.balanceMinor > 0) await reduction("WAIVER", due.balanceMinor);
      await tx.booking.update({ where: { tenantId_id: { tenantId, id: booking.id } }, data: { balanceStatus: "WAIVED", tipMinor: null, updatedAt: now } });
    } else {
      if (input.decision === "DISCOUNT") {
        const discount = input.discountMinor ?? 0;
        if (discount <= 0 || discount > due.balanceMinor) throw new AppError("VALIDATION", "The discount must be more than zero and no more than the balance due.", { discount: ["Out of range"] });
        await reduction("DISCOUNT", discount);
      }
      // Back to a review that has ended: the charge job takes it from here.
      await tx.booking.update({ where: { tenantId_id: { tenantId, id: booking.id } }, data: { balanceStatus: "IN_REVIEW", reviewEndsAt: now, updatedAt: now } });
      await enqueue(tx, chargeBalanceJob, ref);
    }
    await enqueue(tx, sendConcernDecidedJob, ref);
    return tx.concern.findUniqueOrThrow({ where: { tenantId_id: { tenantId, id: concernId } } });
  });
}
