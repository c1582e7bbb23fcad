import type Stripe from "stripe";
import { db } from "@/lib/db/client";
import { transactionWithRetry, type TransactionClient } from "@/lib/db/transaction";
import { isAppError } from "@/lib/errors/app-error";
import type { Booking, Tenant } from "@/lib/generated/prisma/client";
import { confirmHeldBooking } from "@/lib/booking/confirm-held-booking";
import { now as clockNow } from "@/lib/time/clock";
import { paymentMetadata } from "./checkout";
import { refundRecord } from "./refunds";
import { onSalonAccount, stripe, stripeId } from "./stripe";
import { settleBalanceCheckout } from "./charges/pay-link";

export type SettleOutcome = "confirmed" | "already-settled" | "not-complete" | "not-ours" | "refunded-late-payment";

/**
 * Brings a booking in line with a Checkout Session as Stripe reports it now. Webhooks and the
 * client's return from Checkout both call this; it re-reads the session, so it does not matter
 * which arrives first, how often, or in which order. Only a complete session changes anything.
 */
export async function settleCheckoutSession(tenant: Tenant, sessionId: string, actor = "stripe"): Promise<SettleOutcome> {
  const session = await stripe().checkout.sessions.retrieve(sessionId, { expand: ["payment_intent", "setup_intent"] }, onSalonAccount(tenant));
  const metadata = paymentMetadata(session);
  if (!metadata || metadata.tenant_id !== tenant.id) return "not-ours";
  if (session.status !== "complete") return "not-complete";
  if (metadata.purpose === "balance") return settleBalanceCheckout(tenant, metadata.booking_id, session);
  return settleDeposit(tenant, metadata.booking_id, session, actor);
}

async function settleDeposit(tenant: Tenant, bookingId: string, session: Stripe.Checkout.Session, actor: string): Promise<SettleOutcome> {
  const intent = typeof session.payment_intent === "object" ? session.payment_intent : null;
  const setup = typeof session.setup_intent === "object" ? session.setup_intent : null;
  const card = {
    stripeCustomerId: stripeId(session.customer),
    stripePaymentMethodId: stripeId(intent?.payment_method) ?? stripeId(setup?.payment_method),
  };
  const prisma = await db();
  const attempt = () =>
    transactionWithRetry(prisma, async (tx) => {
      const booking = await tx.booking.findUnique({ where: { tenantId_id: { tenantId: tenant.id, id: bookingId } } });
      if (!booking) return { outcome: "not-ours" as const };
      if (intent) await recordDeposit(tx, booking, intent);
      if (booking.status === "PENDING") {
        const now = clockNow();
        await confirmHeldBooking(tx, { tenantId: tenant.id, bookingId, actor, now, note: intent ? "deposit paid" : "card saved", data: { ...card, checkoutSessionId: session.id } });
        if (card.stripeCustomerId) await tx.client.updateMany({ where: { tenantId: tenant.id, id: booking.clientId, stripeCustomerId: null }, data: { stripeCustomerId: card.stripeCustomerId } });
        return { outcome: "confirmed" as const };
      }
      // A booking this payment confirmed keeps it even if cancelled since: the cancellation applied
      // the policy to the deposit (refunded in time, kept when late); only a released hold is refunded here.
      const paidThisBooking = booking.checkoutSessionId === session.id && (booking.status !== "CANCELLED" || (await wasConfirmed(tx, booking)));
      return { outcome: paidThisBooking ? ("already-settled" as const) : ("late" as const), booking };
    });
  let result;
  try {
    result = await attempt();
  } catch (error) {
    // Another delivery confirmed it a moment ago: read again and report what it did.
    if (!isAppError(error, "CONFLICT")) throw error;
    result = await attempt();
  }
  if (result.outcome !== "late") return result.outcome;
  // Paid after the hold lapsed or after the client released it: the slot is not theirs, the money goes back.
  const deposit = await prisma.paymentRecord.findFirst({ where: { tenantId: tenant.id, bookingId, kind: "DEPOSIT", stripePaymentIntentId: intent?.id ?? "-" } });
  if (deposit) await refundRecord({ tenant, record: deposit, reason: "Paid after the booking was released", actor });
  return "refunded-late-payment";
}

async function wasConfirmed(tx: TransactionClient, booking: Booking): Promise<boolean> {
  return (await tx.bookingEvent.count({ where: { tenantId: booking.tenantId, bookingId: booking.id, toStatus: "CONFIRMED" } })) > 0;
}

/** The deposit in the ledger, once per PaymentIntent whatever the number of deliveries. */
async function recordDeposit(tx: TransactionClient, booking: Booking, intent: Stripe.PaymentIntent): Promise<void> {
  if (intent.status !== "succeeded") return;
  await tx.paymentRecord.createMany({
    data: [
      {
        tenantId: booking.tenantId,
        bookingId: booking.id,
        kind: "DEPOSIT",
        status: "SUCCEEDED",
        amountMinor: intent.amount_received,
        currency: intent.currency.toUpperCase(),
        stripePaymentIntentId: intent.id,
        stripeChargeId: stripeId(intent.latest_charge),
        actor: "stripe",
      },
    ],
    skipDuplicates: true,
  });
}
