import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { PaymentRecord, Tenant } from "@/lib/generated/prisma/client";
import { refundableMinor, type LedgerEntry } from "./ledger";
import { onSalonAccount, stripe } from "./stripe";

export type RefundArgs = {
  tenant: Pick<Tenant, "id" | "stripeAccountId">;
  record: PaymentRecord;
  /** Defaults to all that is still refundable. */
  amountMinor?: number;
  reason: string;
  actor: string;
  /** Names this refund among others of the same charge; retries with the same purpose are one refund. */
  purpose?: string;
};

/**
 * Gives money back from one charge. The ledger row is written first (PENDING, with the
 * idempotency key), so a crash between Stripe and the database is finished by a retry with
 * the same key, which Stripe answers with the refund it already made.
 */
export async function refundRecord({ tenant, record, amountMinor, reason, actor, purpose = "refund" }: RefundArgs): Promise<PaymentRecord> {
  if (!record.stripePaymentIntentId) throw new AppError("CONFLICT", "This payment has no Stripe charge to refund.");
  const prisma = await db();
  const idempotencyKey = `refund:${record.id}:${purpose}`;
  const pending = await prisma.$transaction(async (tx) => {
    const existing = await tx.paymentRecord.findUnique({ where: { tenantId_idempotencyKey_kind: { tenantId: tenant.id, idempotencyKey, kind: "REFUND" } } });
    if (existing) return existing;
    // Serialises refunds of one booking, so two cannot both take the same refundable amount.
    await tx.$queryRaw`SELECT 1 AS locked FROM pg_advisory_xact_lock(hashtextextended(${`refund:${record.tenantId}:${record.bookingId}`}, 0))`;
    const entries: LedgerEntry[] = await tx.paymentRecord.findMany({ where: { tenantId: tenant.id, bookingId: record.bookingId } });
    const available = refundableMinor(entries, record.id);
    const amount = Math.min(amountMinor ?? available, available);
    if (amount <= 0) return null;
    return tx.paymentRecord.create({
      data: { tenantId: tenant.id, bookingId: record.bookingId, kind: "REFUND", status: "PENDING", amountMinor: amount, currency: record.currency, refundOfId: record.id, idempotencyKey, note: reason, actor },
    });
  });
  if (!pending) return record;
  if (pending.status === "SUCCEEDED") return pending;
  const refund = await stripe().refunds.create(
    { payment_intent: record.stripePaymentIntentId, amount: pending.amountMinor, metadata: { tenant_id: tenant.id, booking_id: record.bookingId, record_id: pending.id } },
    onSalonAccount(tenant, idempotencyKey),
  );
  const status = refund.status === "failed" || refund.status === "canceled" ? "FAILED" : "SUCCEEDED";
  return prisma.paymentRecord.update({
    where: { tenantId_id: { tenantId: tenant.id, id: pending.id } },
    data: { status, stripeRefundId: refund.id, updatedAt: new Date() },
  });
}
