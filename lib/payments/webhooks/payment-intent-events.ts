import type Stripe from "stripe";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { transactionWithRetry } from "@/lib/db/transaction";
import { now as clockNow } from "@/lib/time/clock";
import { paymentMetadata } from "../checkout";
import { recordOutcome } from "../charges/charge-balance";
import { onSalonAccount, stripe } from "../stripe";
import type { EventHandler } from "./handle-event";
import type { StripeResponse } from "../charges/charge-balance";
import type { ChargeFailure } from "../charges/retry-schedule";

function intentResponse(intent: Stripe.PaymentIntent): StripeResponse | null {
  if (intent.status === "succeeded") return { ok: true, intent };
  if (intent.status !== "requires_payment_method" && intent.status !== "requires_action") return null;
  const error = intent.last_payment_error;
  const failure: ChargeFailure =
    error?.code === "authentication_required" || intent.status === "requires_action"
      ? { kind: "authentication_required" }
      : { kind: "declined", code: error?.decline_code ?? error?.code ?? null, message: error?.message ?? "The card was declined" };
  return { ok: false, paymentIntentId: intent.id, failure };
}

/**
 * An off-session charge's result, for when the job that made it died before writing it down:
 * the attempt still PROCESSING is settled from the PaymentIntent as Stripe has it now. If the
 * job already recorded it, recordOutcome finds nothing in progress and changes nothing.
 */
export const onPaymentIntentChanged: EventHandler = async (tenant, event) => {
  const sent = event.data.object as Stripe.PaymentIntent;
  const metadata = paymentMetadata(sent);
  if (!metadata || metadata.tenant_id !== tenant.id || !z.uuid().safeParse(metadata.booking_id).success) return;
  if (metadata.purpose !== "charge" && metadata.purpose !== "fee") return; // checkouts settle through their session
  const intent = await stripe().paymentIntents.retrieve(sent.id, {}, onSalonAccount(tenant));
  const prisma = await db();
  const now = clockNow();

  if (metadata.purpose === "fee") {
    if (!metadata.kind || (metadata.kind !== "LATE_CANCEL_FEE" && metadata.kind !== "NO_SHOW_FEE")) return;
    const succeeded = intent.status === "succeeded";
    if (!succeeded && intent.status !== "requires_payment_method") return;
    await prisma.paymentRecord.updateMany({
      where: { tenantId: tenant.id, idempotencyKey: `fee:${metadata.booking_id}:${metadata.kind}`, kind: metadata.kind, status: "PENDING" },
      data: succeeded ? { status: "SUCCEEDED", stripePaymentIntentId: intent.id, updatedAt: now } : { status: "FAILED", stripePaymentIntentId: intent.id, failureCode: intent.last_payment_error?.decline_code ?? intent.last_payment_error?.code ?? "card_declined", updatedAt: now },
    });
    return;
  }

  const attempt = Number(metadata.attempt);
  const booking = await prisma.booking.findUnique({ where: { tenantId_id: { tenantId: tenant.id, id: metadata.booking_id } } });
  if (!booking || !Number.isInteger(attempt)) return;
  const response = intentResponse(intent);
  if (!response) return;
  await transactionWithRetry(prisma, (tx) => recordOutcome(tx, { booking, attempt: { attempt }, response, now }));
};
