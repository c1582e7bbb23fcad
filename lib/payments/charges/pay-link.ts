import type Stripe from "stripe";
import { db } from "@/lib/db/client";
import { transactionWithRetry } from "@/lib/db/transaction";
import { AppError } from "@/lib/errors/app-error";
import type { Booking, Tenant } from "@/lib/generated/prisma/client";
import { enqueue } from "@/lib/jobs/queue";
import { now as clockNow } from "@/lib/time/clock";
import { bookingReturnUrl, checkoutExpiry, paymentMetadata, type PaymentMetadata } from "../checkout";
import { ensureCustomer } from "../customers";
import { refundRecord } from "../refunds";
import { isStripeError, onSalonAccount, stripe, stripeId } from "../stripe";
import { lockBookingForCharge } from "./charge-lock";
import { amountDue } from "./amount-due";
import { balanceChargeJobs } from "@/lib/jobs/payment-jobs";

// The pay link: when the saved card needs the client (authentication) or was declined, the
// client pays the balance on-session through Checkout, with this or another card. Only one
// way of paying is open at a time: a charge attempt closes an open pay link first.

/** Balance states in which the client may pay through a pay link. */
export const PAY_LINK_STATES = ["ACTION_REQUIRED", "RETRY_SCHEDULED", "OWED"] as const;
type PayLinkState = (typeof PAY_LINK_STATES)[number];
const isPayLinkState = (status: string): status is PayLinkState => (PAY_LINK_STATES as readonly string[]).includes(status);

const SESSION_LIFETIME_SECONDS = 60 * 60;

export async function startBalanceCheckout({ tenant, bookingId }: { tenant: Tenant; bookingId: string }): Promise<string> {
  const prisma = await db();
  const booking = await prisma.booking.findUnique({ where: { tenantId_id: { tenantId: tenant.id, id: bookingId } }, include: { client: true, payments: true } });
  if (!booking) throw new AppError("NOT_FOUND", "Booking not found");
  if (!isPayLinkState(booking.balanceStatus)) throw new AppError("CONFLICT", "There is nothing to pay on this booking right now.");
  const account = onSalonAccount(tenant);
  if (booking.payLinkSessionId) {
    const open = await stripe().checkout.sessions.retrieve(booking.payLinkSessionId, {}, account);
    if (open.status === "open" && open.url) return open.url;
  }
  const due = amountDue(booking, booking.payments);
  if (due.totalMinor === 0) throw new AppError("CONFLICT", "There is nothing left to pay on this booking.");
  const customer = await ensureCustomer(tenant, booking.client);
  const metadata: PaymentMetadata & { balance_minor: string; tip_minor: string } = {
    tenant_id: tenant.id, booking_id: booking.id, purpose: "balance", attempt: String(booking.chargeAttempts), balance_minor: String(due.balanceMinor), tip_minor: String(due.tipMinor),
  };
  const params: Stripe.Checkout.SessionCreateParams = {
    mode: "payment",
    customer,
    client_reference_id: booking.id,
    metadata,
    line_items: [
      { quantity: 1, price_data: { currency: booking.currency.toLowerCase(), unit_amount: due.balanceMinor, product_data: { name: `Balance: ${booking.serviceName}` } } },
      ...(due.tipMinor > 0 ? [{ quantity: 1, price_data: { currency: booking.currency.toLowerCase(), unit_amount: due.tipMinor, product_data: { name: "Tip" } } }] : []),
    ],
    payment_intent_data: { setup_future_usage: "off_session", metadata, description: `Balance for ${booking.serviceName} at ${tenant.name}` },
    success_url: bookingReturnUrl(tenant, booking.id, "checkout=return&session_id={CHECKOUT_SESSION_ID}", "/receipt"),
    cancel_url: bookingReturnUrl(tenant, booking.id, "checkout=cancelled", "/receipt"),
    expires_at: checkoutExpiry(SESSION_LIFETIME_SECONDS),
  };
  const session = await stripe().checkout.sessions.create(params, onSalonAccount(tenant, `paylink:${booking.id}:${booking.chargeAttempts}:${due.totalMinor}`));
  const saved = await prisma.booking.updateMany({ where: { tenantId: tenant.id, id: booking.id, balanceStatus: booking.balanceStatus }, data: { payLinkSessionId: session.id } });
  if (saved.count !== 1) throw new AppError("CONFLICT", "This payment was just updated. Please reload the page.");
  if (!session.url) throw new Error("Stripe returned a checkout session without a URL");
  return session.url;
}

/**
 * Before an off-session attempt: expire an open pay link. If the client completed it in the
 * meantime, settle it instead and tell the caller not to charge.
 */
export async function closePayLink(tenant: Tenant, booking: Booking): Promise<"none" | "closed" | "paid"> {
  if (!booking.payLinkSessionId) return "none";
  const account = onSalonAccount(tenant);
  try {
    await stripe().checkout.sessions.expire(booking.payLinkSessionId, {}, account);
  } catch (error) {
    if (!isStripeError(error)) throw error;
    const session = await stripe().checkout.sessions.retrieve(booking.payLinkSessionId, { expand: ["payment_intent"] }, account);
    if (session.status === "complete") {
      await settleBalanceCheckout(tenant, booking.id, session);
      return "paid";
    }
    if (session.status !== "expired") throw error;
  }
  await (await db()).booking.updateMany({ where: { tenantId: tenant.id, id: booking.id, payLinkSessionId: booking.payLinkSessionId }, data: { payLinkSessionId: null } });
  return "closed";
}

/** A completed pay link: the balance and tip are paid. A second payment of the same balance is refunded. */
export async function settleBalanceCheckout(tenant: Tenant, bookingId: string, session: Stripe.Checkout.Session) {
  const intent = typeof session.payment_intent === "object" && session.payment_intent
    ? session.payment_intent
    : await stripe().paymentIntents.retrieve(String(session.payment_intent), {}, onSalonAccount(tenant));
  if (intent.status !== "succeeded") return "not-complete" as const;
  const metadata = paymentMetadata(session) as (PaymentMetadata & { balance_minor?: string; tip_minor?: string }) | null;
  const balanceMinor = Number(metadata?.balance_minor ?? intent.amount_received);
  const tipMinor = Number(metadata?.tip_minor ?? 0);
  const prisma = await db();
  const now = clockNow();
  const chargeId = stripeId(intent.latest_charge);
  const pmId = stripeId(intent.payment_method);
  const outcome = await transactionWithRetry(prisma, async (tx) => {
    const booking = await lockBookingForCharge(tx, tenant.id, bookingId);
    if (!booking) return "not-ours" as const;
    const known = await tx.paymentRecord.count({ where: { tenantId: tenant.id, stripePaymentIntentId: intent.id } });
    if (known > 0) return "already-settled" as const;
    const base = { tenantId: tenant.id, bookingId, status: "SUCCEEDED" as const, currency: booking.currency, stripePaymentIntentId: intent.id, stripeChargeId: chargeId, actor: "client", note: "paid through the pay link", createdAt: now, updatedAt: now };
    await tx.paymentRecord.create({ data: { ...base, kind: "BALANCE", amountMinor: balanceMinor } });
    if (tipMinor > 0) await tx.paymentRecord.create({ data: { ...base, kind: "TIP", amountMinor: tipMinor } });
    if (booking.balanceStatus === "PAID" || booking.balanceStatus === "WAIVED") return "duplicate" as const;
    await tx.booking.update({
      where: { tenantId_id: { tenantId: tenant.id, id: bookingId } },
      data: { balanceStatus: "PAID", nextChargeAt: null, payLinkSessionId: null, ...(pmId ? { stripePaymentMethodId: pmId } : {}), updatedAt: now },
    });
    for (const job of balanceChargeJobs.paid) await enqueue(tx, job, { tenantId: tenant.id, bookingId });
    return "confirmed" as const;
  });
  if (outcome === "duplicate") {
    // Paid twice (the saved card went through a moment before): give this payment back in full.
    const rows = await prisma.paymentRecord.findMany({ where: { tenantId: tenant.id, stripePaymentIntentId: intent.id } });
    for (const record of rows) await refundRecord({ tenant, record, reason: "Balance already paid", actor: "system", purpose: "duplicate" });
    return "refunded-late-payment" as const;
  }
  return outcome;
}
