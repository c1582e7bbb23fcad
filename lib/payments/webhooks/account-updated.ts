import type Stripe from "stripe";
import { db } from "@/lib/db/client";
import { stripe } from "../stripe";
import type { EventHandler } from "./handle-event";

/** Onboarding finished (or Stripe paused charges): re-read the account, since events may arrive out of order. */
export const onAccountUpdated: EventHandler = async (tenant, event) => {
  const account: Stripe.Account = await stripe().accounts.retrieve((event.data.object as Stripe.Account).id);
  await (await db()).tenant.update({ where: { id: tenant.id }, data: { stripeChargesEnabled: account.charges_enabled === true } });
};
