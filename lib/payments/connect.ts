import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import type { Tenant } from "@/lib/generated/prisma/client";
import { stripe } from "./stripe";

// Stripe Connect for a salon: its own connected account (direct charges), created once, and
// Stripe's hosted onboarding through an account link. The emulator completes onboarding at
// once; real Stripe asks the owner for their business details.

const COUNTRY_BY_CURRENCY: Record<string, string> = { GBP: "GB", USD: "US", EUR: "IE", CAD: "CA", AUD: "AU", JPY: "JP" };

export function countryForCurrency(currency: string): string {
  return COUNTRY_BY_CURRENCY[currency.toUpperCase()] ?? "US";
}

/** The salon's connected account id, created on first use (one per salon, whatever the retries). */
export async function ensureConnectedAccount(tenant: Tenant, ownerEmail: string): Promise<string> {
  if (tenant.stripeAccountId) return tenant.stripeAccountId;
  const account = await stripe().accounts.create(
    { type: "standard", country: countryForCurrency(tenant.currency), email: ownerEmail, business_profile: { name: tenant.name }, metadata: { tenant_id: tenant.id } },
    { idempotencyKey: `connect-account:${tenant.id}` },
  );
  const prisma = await db();
  await prisma.tenant.updateMany({ where: { id: tenant.id, stripeAccountId: null }, data: { stripeAccountId: account.id, stripeChargesEnabled: account.charges_enabled === true } });
  // A concurrent request may have saved its account first: use whichever is stored.
  const saved = await prisma.tenant.findUniqueOrThrow({ where: { id: tenant.id }, select: { stripeAccountId: true } });
  return saved.stripeAccountId ?? account.id;
}

/** Stripe's onboarding page for the salon's account; it comes back to the owner's Stripe settings. */
export async function onboardingLink(tenant: Tenant, ownerEmail: string): Promise<string> {
  const account = await ensureConnectedAccount(tenant, ownerEmail);
  const back = `${env().APP_URL}/staff/${tenant.slug}/settings/payments`;
  const link = await stripe().accountLinks.create({ account, type: "account_onboarding", refresh_url: `${back}?connect=refresh`, return_url: `${back}?connect=return` });
  return link.url;
}

/** Reads the account's state from Stripe (back from onboarding; the account.updated webhook does the same). */
export async function refreshConnectionStatus(tenant: Tenant): Promise<boolean> {
  if (!tenant.stripeAccountId) return false;
  const account = await stripe().accounts.retrieve(tenant.stripeAccountId);
  const enabled = account.charges_enabled === true;
  if (enabled !== tenant.stripeChargesEnabled) await (await db()).tenant.update({ where: { id: tenant.id }, data: { stripeChargesEnabled: enabled } });
  return enabled;
}
