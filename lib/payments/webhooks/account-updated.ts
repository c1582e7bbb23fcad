import type Stripe from "stripe";
import { refreshConnectionStatus } from "../connect";
import type { EventHandler } from "./handle-event";

/** Onboarding finished (or Stripe paused charges): re-read the account, since events may arrive out of order. */
export const onAccountUpdated: EventHandler = async (tenant, event) => {
  if (tenant.stripeAccountId !== (event.data.object as Stripe.Account).id) return;
  await refreshConnectionStatus(tenant);
};
