import { db } from "@/lib/db/client";
import { isAppError } from "@/lib/errors/app-error";
import { transitionBooking } from "@/lib/booking/transition";
import { now as clockNow } from "@/lib/time/clock";
import { enqueue } from "@/lib/jobs/queue";
import { expireHoldJob } from "@/lib/jobs/payment-jobs";
import { settleCheckoutSession } from "./settle-checkout";
import { isStripeError, onSalonAccount, stripe } from "./stripe";

export const HOLD_EXPIRED_REASON = "The deposit was not paid in time";

export type HoldOutcome = "released" | "paid" | "not-pending" | "not-due";

/**
 * Releases an unpaid hold: expires its Checkout Session at Stripe first, so the client cannot
 * pay for a slot that is no longer theirs. If they paid a moment ago (Stripe refuses to expire
 * a complete session), the payment wins and the booking is confirmed instead.
 */
export async function closeCheckoutForRelease(tenantId: string, bookingId: string): Promise<"closed" | "paid"> {
  const prisma = await db();
  const booking = await prisma.booking.findUniqueOrThrow({ where: { tenantId_id: { tenantId, id: bookingId } }, include: { tenant: true } });
  if (!booking.checkoutSessionId) return "closed";
  const account = onSalonAccount(booking.tenant);
  try {
    await stripe().checkout.sessions.expire(booking.checkoutSessionId, {}, account);
    return "closed";
  } catch (error) {
    if (!isStripeError(error)) throw error;
    const session = await stripe().checkout.sessions.retrieve(booking.checkoutSessionId, {}, account);
    if (session.status === "expired") return "closed";
    if (session.status === "complete") {
      await settleCheckoutSession(booking.tenant, session.id);
      return "paid";
    }
    throw error;
  }
}

export async function expireHold({ tenantId, bookingId, now = clockNow() }: { tenantId: string; bookingId: string; now?: Date }): Promise<HoldOutcome> {
  const prisma = await db();
  const booking = await prisma.booking.findUnique({ where: { tenantId_id: { tenantId, id: bookingId } } });
  if (!booking || booking.status !== "PENDING") return "not-pending";
  if (booking.holdExpiresAt && booking.holdExpiresAt > now) {
    // Ran early (clocks disagree): look again when the hold really ends, so it is never left held.
    const holdExpiresAt = booking.holdExpiresAt;
    await prisma.$transaction((tx) => enqueue(tx, expireHoldJob, { tenantId, bookingId }, { startAfter: holdExpiresAt }));
    return "not-due";
  }
  if ((await closeCheckoutForRelease(tenantId, bookingId)) === "paid") return "paid";
  try {
    await prisma.$transaction((tx) =>
      transitionBooking(tx, {
        tenantId, bookingId, from: "PENDING", to: "CANCELLED", actor: "system", note: "hold expired", now,
        data: { cancelledAt: now, cancelReason: HOLD_EXPIRED_REASON, holdExpiresAt: null },
      }),
    );
    return "released";
  } catch (error) {
    // Confirmed by the webhook in the meantime.
    if (isAppError(error, "CONFLICT")) return "not-pending";
    throw error;
  }
}
