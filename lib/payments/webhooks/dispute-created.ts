import type Stripe from "stripe";
import { db } from "@/lib/db/client";
import { assembleDisputeEvidence } from "../dispute-evidence";
import type { EventHandler } from "./handle-event";

/** A chargeback: into the owner's list, with the evidence we hold for that booking gathered. */
export const onDisputeCreated: EventHandler = async (tenant, event) => {
  const dispute = event.data.object as Stripe.Dispute;
  const prisma = await db();
  const chargeId = typeof dispute.charge === "string" ? dispute.charge : dispute.charge.id;
  const paymentIntentId = typeof dispute.payment_intent === "string" ? dispute.payment_intent : (dispute.payment_intent?.id ?? null);
  const record = await prisma.paymentRecord.findFirst({
    where: { tenantId: tenant.id, OR: [{ stripeChargeId: chargeId }, ...(paymentIntentId ? [{ stripePaymentIntentId: paymentIntentId }] : [])] },
  });
  if (!record) return;
  const evidence = await assembleDisputeEvidence(tenant.id, record.bookingId);
  await prisma.dispute.upsert({
    where: { tenantId_stripeDisputeId: { tenantId: tenant.id, stripeDisputeId: dispute.id } },
    create: {
      tenantId: tenant.id, bookingId: record.bookingId, stripeDisputeId: dispute.id, stripeChargeId: chargeId,
      amountMinor: dispute.amount, currency: dispute.currency.toUpperCase(), reason: dispute.reason, status: dispute.status,
      evidence, dueBy: dispute.evidence_details?.due_by ? new Date(dispute.evidence_details.due_by * 1000) : null,
    },
    update: {},
  });
};
