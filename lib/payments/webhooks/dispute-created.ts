import type Stripe from "stripe";
import { z } from "zod";
import { db } from "@/lib/db/client";
import type { Tenant } from "@/lib/generated/prisma/client";
import { paymentMetadata } from "../checkout";
import { assembleDisputeEvidence } from "../dispute-evidence";
import { onSalonAccount, stripe } from "../stripe";
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
  // Events arrive in any order: the dispute may come before the payment's own event is recorded.
  const bookingId = record?.bookingId ?? (paymentIntentId ? await bookingOfIntent(tenant, paymentIntentId) : null);
  if (!bookingId) return;
  const evidence = await assembleDisputeEvidence(tenant.id, bookingId);
  await prisma.dispute.upsert({
    where: { tenantId_stripeDisputeId: { tenantId: tenant.id, stripeDisputeId: dispute.id } },
    create: {
      tenantId: tenant.id, bookingId, stripeDisputeId: dispute.id, stripeChargeId: chargeId,
      amountMinor: dispute.amount, currency: dispute.currency.toUpperCase(), reason: dispute.reason, status: dispute.status,
      evidence, dueBy: dispute.evidence_details?.due_by ? new Date(dispute.evidence_details.due_by * 1000) : null,
    },
    update: {},
  });
};

/** The booking a PaymentIntent of ours was for, by the metadata we gave it. */
async function bookingOfIntent(tenant: Tenant, paymentIntentId: string): Promise<string | null> {
  const metadata = paymentMetadata(await stripe().paymentIntents.retrieve(paymentIntentId, {}, onSalonAccount(tenant)));
  if (!metadata || metadata.tenant_id !== tenant.id || !z.uuid().safeParse(metadata.booking_id).success) return null;
  const booking = await (await db()).booking.findUnique({ where: { tenantId_id: { tenantId: tenant.id, id: metadata.booking_id } }, select: { id: true } });
  return booking?.id ?? null;
}
