import type { Tenant } from "@/lib/generated/prisma/client";
import { settleCheckoutSession } from "./settle-checkout";
import { isStripeError } from "./stripe";

/**
 * The client is back from Checkout (deposit or pay link) (`?checkout=return&session_id=…`): ask Stripe about that
 * session now rather than wait for the webhook, as Stripe recommends for success pages. Only
 * the booking's own session counts, and settling is idempotent, so a reload or a forged id
 * changes nothing. If Stripe cannot be reached the page says "confirming…" and the webhook
 * settles it.
 */
export async function settleOnReturn(tenant: Tenant, sessionId: string | undefined, ownSessionId: string | null): Promise<void> {
  if (!sessionId || ownSessionId !== sessionId) return;
  try {
    await settleCheckoutSession(tenant, sessionId, "client");
  } catch (error) {
    if (!isStripeError(error)) throw error;
    console.warn(`[payments] could not read checkout ${sessionId} on return: ${error.message}`);
  }
}
