import type { Metadata } from "next";
import { StripeConnection } from "@/components/staff/stripe-connection";
import { refreshConnectionStatus } from "@/lib/payments/connect";
import { stripeMode } from "@/lib/payments/stripe";
import { requireStaffPagePermission } from "@/lib/tenancy/staff-page";

export const metadata: Metadata = { title: "Stripe" };

/** The salon's Stripe connection: whether it takes payments, its account, and onboarding (the settings layout admits owners only). */
export default async function StripeSettingsPage({ params, searchParams }: { params: Promise<{ salon: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { salon } = await params;
  const { tenant } = await requireStaffPagePermission({ salon, permission: "salon.manage" });
  // Back from Stripe's onboarding: read the account's state now rather than wait for its webhook.
  const chargesEnabled = (await searchParams).connect ? await refreshConnectionStatus(tenant) : tenant.stripeChargesEnabled;
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold text-stone-900">Stripe</h1>
        <p className="text-stone-700">Deposits, balances, tips and fees are paid into your own Stripe account. Clients can book online once Stripe lets the account take charges.</p>
      </header>
      <StripeConnection salon={tenant.slug} accountId={tenant.stripeAccountId} chargesEnabled={chargesEnabled} emulator={stripeMode() === "emulator"} />
      <dl className="grid gap-x-6 gap-y-2 rounded-xl border border-stone-200 bg-white p-4 text-sm sm:grid-cols-[auto_1fr]" data-testid="stripe-details">
        <dt className="font-semibold text-stone-900">Account</dt>
        <dd className="break-all text-stone-700">{tenant.stripeAccountId ?? "Not created yet"}</dd>
        <dt className="font-semibold text-stone-900">Charges</dt>
        <dd className="text-stone-700">{chargesEnabled ? "Enabled: clients can book and pay online" : "Not enabled yet: your booking pages say online booking is not open"}</dd>
      </dl>
    </div>
  );
}
