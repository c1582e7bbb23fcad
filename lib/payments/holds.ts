import crypto from "node:crypto";
import type { TransactionClient } from "@/lib/db/transaction";
import { authSecret } from "@/lib/env";
import { AppError } from "@/lib/errors/app-error";

// While a client pays the deposit, the booking is PENDING and holds its slot. An unpaid hold
// lapses after HOLD_MINUTES (a job cancels it), and one visitor can hold only a few at once, so
// nobody can block a therapist's calendar by opening checkouts they never finish.

export const HOLD_MINUTES = 10;
export const MAX_HOLDS_PER_VISITOR = 3;

export function holdExpiry(now: Date, minutes = HOLD_MINUTES): Date {
  return new Date(now.getTime() + minutes * 60_000);
}

/**
 * A hold longer than a Checkout Session lives (a booking staff took by phone, held for a day):
 * an abandoned checkout does not end it; the client may open another until the hold's own
 * expiry job releases it.
 */
export function outlivesCheckout(booking: { createdAt: Date; holdExpiresAt: Date | null }, checkoutMinutes = 30): boolean {
  return booking.holdExpiresAt !== null && booking.holdExpiresAt.getTime() - booking.createdAt.getTime() > checkoutMinutes * 60_000;
}

/** A visitor's key: their address, keyed with the app's secret so the column reveals nothing. */
export function holdKeyFor(ipAddress: string): string {
  return crypto.createHmac("sha256", authSecret()).update(`hold:${ipAddress}`).digest("base64url").slice(0, 22);
}

/** Refuses a new hold when this visitor (by address) or this client (by email) already holds the maximum. */
export async function assertMayHold(tx: TransactionClient, { tenantId, holdKey, email, now }: { tenantId: string; holdKey: string | null; email: string; now: Date }): Promise<void> {
  const live = { tenantId, status: "PENDING" as const, holdExpiresAt: { gt: now } };
  const [byVisitor, byClient] = await Promise.all([
    holdKey ? tx.booking.count({ where: { ...live, holdKey } }) : Promise.resolve(0),
    tx.booking.count({ where: { ...live, contactEmail: email } }),
  ]);
  if (Math.max(byVisitor, byClient) >= MAX_HOLDS_PER_VISITOR) {
    throw new AppError(
      "CONFLICT",
      `You already have ${MAX_HOLDS_PER_VISITOR} bookings waiting for payment. Finish paying for one of them, or wait ${HOLD_MINUTES} minutes for unpaid ones to be released.`,
    );
  }
}
