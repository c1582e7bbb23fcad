import type Stripe from "stripe";
import { db } from "@/lib/db/client";
import { manageToken, receiptToken } from "@/lib/booking/manage-token";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors/app-error";
import type { Tenant } from "@/lib/generated/prisma/client";
import { now as clockNow } from "@/lib/time/clock";
import { ensureCustomer } from "./customers";
import { onSalonAccount, stripe } from "./stripe";

// Stripe Checkout on the salon's connected account: the deposit with the card saved for later
// (payment mode, setup_future_usage off_session), or only the card (setup mode) when there is
// no deposit. Also the on-session "pay link" for a balance the saved card could not pay.

export type CheckoutPurpose = "deposit" | "balance";

/** Stripe's metadata on every session and intent we create, so webhooks find their booking. */
export type PaymentMetadata = { tenant_id: string; booking_id: string; purpose: CheckoutPurpose | "charge" | "fee"; attempt?: string; kind?: string };

/** Stripe refuses expiries under 30 minutes; our 10-minute hold expires the session itself. */
const CHECKOUT_LIFETIME_SECONDS = 30 * 60;

/**
 * Stripe's clock, not the app's injectable one: Stripe checks this against real time. Rounded
 * up to the minute so that a repeat of the same request (same idempotency key) within that
 * minute has the same parameters and gets the same session back.
 */
export function checkoutExpiry(lifetimeSeconds = CHECKOUT_LIFETIME_SECONDS): number {
  return Math.ceil((Date.now() / 1000 + lifetimeSeconds) / 60) * 60 + 60;
}

export const HOLD_LAPSED_MESSAGE = "The 10 minutes we held this time for you have run out. Please pick a time again.";

type CheckoutTenant = Pick<Tenant, "id" | "slug" | "name" | "stripeAccountId">;

/** Where Checkout sends the client back: the booking's page, or its receipt (`page = "/receipt"`). */
export function bookingReturnUrl(tenant: CheckoutTenant, bookingId: string, flag: string, page: "" | "/receipt" = ""): string {
  const token = page ? receiptToken(tenant.id, bookingId) : manageToken(tenant.id, bookingId);
  // Built by hand: Stripe replaces the literal {CHECKOUT_SESSION_ID}, which URLSearchParams would escape.
  return `${env().APP_URL}/s/${tenant.slug}/bookings/${bookingId}${page}?token=${encodeURIComponent(token)}&${flag}`;
}

/**
 * Opens (or reopens) the deposit checkout of a PENDING booking and returns its URL. A session
 * still open is reused, so a double click or a Back-and-retry never makes a second payment.
 */
export async function startDepositCheckout({ tenant, bookingId }: { tenant: CheckoutTenant; bookingId: string }): Promise<string> {
  const prisma = await db();
  const booking = await prisma.booking.findUnique({ where: { tenantId_id: { tenantId: tenant.id, id: bookingId } }, include: { client: true } });
  if (!booking) throw new AppError("NOT_FOUND", "Booking not found");
  if (booking.status !== "PENDING") throw new AppError("CONFLICT", "This booking is no longer waiting for payment.");
  if (booking.holdExpiresAt && booking.holdExpiresAt <= clockNow()) throw new AppError("CONFLICT", HOLD_LAPSED_MESSAGE);
  const account = onSalonAccount(tenant);

  if (booking.checkoutSessionId) {
    const open = await stripe().checkout.sessions.retrieve(booking.checkoutSessionId, {}, account);
    if (open.status === "open" && open.url) return open.url;
    if (open.status === "complete") return bookingReturnUrl(tenant, booking.id, `checkout=return&session_id=${open.id}`);
  }

  const customer = await ensureCustomer(tenant, booking.client);
  const metadata: PaymentMetadata = { tenant_id: tenant.id, booking_id: booking.id, purpose: "deposit" };
  const attempt = (await prisma.bookingEvent.count({ where: { tenantId: tenant.id, bookingId, note: { startsWith: "checkout " } } })) + 1;
  const common = {
    customer,
    client_reference_id: booking.id,
    metadata,
    success_url: bookingReturnUrl(tenant, booking.id, "checkout=return&session_id={CHECKOUT_SESSION_ID}"),
    cancel_url: bookingReturnUrl(tenant, booking.id, "checkout=cancelled"),
    expires_at: checkoutExpiry(),
  } satisfies Stripe.Checkout.SessionCreateParams;
  const params: Stripe.Checkout.SessionCreateParams =
    booking.depositMinor > 0
      ? {
          ...common,
          mode: "payment",
          line_items: [{ quantity: 1, price_data: { currency: booking.currency.toLowerCase(), unit_amount: booking.depositMinor, product_data: { name: `Deposit: ${booking.serviceName}` } } }],
          payment_intent_data: { setup_future_usage: "off_session", metadata, description: `Deposit for ${booking.serviceName} at ${tenant.name}` },
        }
      : { ...common, mode: "setup", currency: booking.currency.toLowerCase(), setup_intent_data: { metadata, description: `Card saved for ${booking.serviceName} at ${tenant.name}` } };

  const session = await stripe().checkout.sessions.create(params, onSalonAccount(tenant, `checkout:${booking.id}:${attempt}`));
  await prisma.$transaction(async (tx) => {
    const saved = await tx.booking.updateMany({ where: { tenantId: tenant.id, id: booking.id, status: "PENDING" }, data: { checkoutSessionId: session.id } });
    if (saved.count !== 1) throw new AppError("CONFLICT", "This booking is no longer waiting for payment.");
    await tx.bookingEvent.create({ data: { tenantId: tenant.id, bookingId, fromStatus: "PENDING", toStatus: "PENDING", actor: "client", note: `checkout ${attempt} opened` } });
  });
  if (!session.url) throw new Error("Stripe returned a checkout session without a URL");
  return session.url;
}

/** The metadata we put on a Stripe object, or null when it is not one of ours. */
export function paymentMetadata(object: { metadata?: Stripe.Metadata | null }): PaymentMetadata | null {
  const m = object.metadata;
  if (!m?.tenant_id || !m.booking_id || !m.purpose) return null;
  return m as unknown as PaymentMetadata;
}
