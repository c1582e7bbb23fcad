import type Stripe from "stripe";
import { db } from "@/lib/db/client";
import { expireHold } from "../expire-hold";
import { outlivesCheckout } from "../holds";
import { settleCheckoutSession } from "../settle-checkout";
import type { EventHandler } from "./handle-event";

export const onCheckoutCompleted: EventHandler = async (tenant, event) => {
  await settleCheckoutSession(tenant, (event.data.object as Stripe.Checkout.Session).id);
};

/**
 * A deposit checkout that lapsed at Stripe releases its hold (the expiry job would do so too),
 * unless the hold outlives checkouts (a phone booking held for a day): then the client can
 * still open a new one from their booking's page.
 */
export const onCheckoutExpired: EventHandler = async (tenant, event) => {
  const session = event.data.object as Stripe.Checkout.Session;
  const booking = await (await db()).booking.findUnique({ where: { tenantId_checkoutSessionId: { tenantId: tenant.id, checkoutSessionId: session.id } } });
  if (booking?.status === "PENDING" && !outlivesCheckout(booking)) await expireHold({ tenantId: tenant.id, bookingId: booking.id, now: new Date(Math.max(Date.now(), booking.holdExpiresAt?.getTime() ?? 0)) });
};
