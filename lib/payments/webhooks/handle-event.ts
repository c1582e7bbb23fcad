import type Stripe from "stripe";
import { db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/errors/app-error";
import type { Tenant } from "@/lib/generated/prisma/client";
import { stripe, webhookSecret } from "../stripe";
import { onAccountUpdated } from "./account-updated";
import { onCheckoutCompleted, onCheckoutExpired } from "./checkout-events";
import { onChargeRefunded } from "./charge-refunded";
import { onDisputeCreated } from "./dispute-created";
import { onPaymentIntentChanged } from "./payment-intent-events";

// One entry for Stripe's webhooks: verify the signature on the raw body, find the salon by the
// event's connected account, run the event type's handler, and remember the event id so a
// redelivery does nothing. Handlers re-read objects from Stripe where order matters.

export type EventHandler = (tenant: Tenant, event: Stripe.Event) => Promise<void>;

const HANDLERS: Partial<Record<Stripe.Event.Type, EventHandler>> = {
  "checkout.session.completed": onCheckoutCompleted,
  "checkout.session.async_payment_succeeded": onCheckoutCompleted,
  "checkout.session.expired": onCheckoutExpired,
  "payment_intent.succeeded": onPaymentIntentChanged,
  "payment_intent.payment_failed": onPaymentIntentChanged,
  "charge.refunded": onChargeRefunded,
  "charge.dispute.created": onDisputeCreated,
  "account.updated": onAccountUpdated,
};

export const HANDLED_EVENT_TYPES = Object.keys(HANDLERS);

export type WebhookResult = { status: number; body: { received: boolean; duplicate?: boolean; ignored?: string; error?: string } };

export async function handleStripeWebhook(rawBody: string, signature: string | null): Promise<WebhookResult> {
  let event: Stripe.Event;
  try {
    event = stripe().webhooks.constructEvent(rawBody, signature ?? "", webhookSecret());
  } catch {
    return { status: 400, body: { received: false, error: "Invalid signature" } };
  }
  const handler = HANDLERS[event.type];
  if (!handler) return { status: 200, body: { received: true, ignored: event.type } };
  const prisma = await db();
  const tenant = event.account ? await prisma.tenant.findUnique({ where: { stripeAccountId: event.account } }) : null;
  if (!tenant) return { status: 200, body: { received: true, ignored: "unknown account" } };

  if (await prisma.stripeEvent.findUnique({ where: { id: event.id } })) return { status: 200, body: { received: true, duplicate: true } };
  // Handlers are idempotent in themselves; the id is stored after success, so a failure is retried by Stripe.
  await handler(tenant, event);
  try {
    await prisma.stripeEvent.create({ data: { id: event.id, type: event.type, account: event.account ?? null } });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error; // a parallel delivery of the same event finished first
    return { status: 200, body: { received: true, duplicate: true } };
  }
  return { status: 200, body: { received: true } };
}
