"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { connectStripeAction } from "@/lib/actions/stripe-connect";
import { failureOf, type FormState } from "@/lib/server/action-result";

type Props = { salon: string; accountId: string | null; chargesEnabled: boolean; emulator: boolean };

/** Whether the salon takes payments online, and the way to connect (or finish connecting) Stripe. */
export function StripeConnection({ salon, accountId, chargesEnabled, emulator }: Props) {
  const [state, formAction, pending] = useActionState<FormState<never>, FormData>(connectStripeAction, null);
  const failure = failureOf(state);
  return (
    <section aria-labelledby="stripe-heading" data-testid="stripe-connection" className="space-y-2 rounded-xl border border-stone-200 bg-white p-4">
      <h2 id="stripe-heading" className="font-semibold text-stone-900">
        Stripe: {chargesEnabled ? "connected, taking payments" : accountId ? "onboarding not finished" : "not connected"}
      </h2>
      <p className="text-sm text-stone-700">
        {chargesEnabled
          ? `Deposits, balances and tips go straight to your Stripe account${accountId ? ` (${accountId})` : ""}.`
          : "Until Stripe is connected, your booking pages say online booking is not open yet."}
        {emulator && " Test mode: payments run on the local Stripe emulator."}
      </p>
      {!chargesEnabled && (
        <form action={formAction}>
          <input type="hidden" name="salon" value={salon} />
          <Button type="submit" pending={pending}>
            {accountId ? "Finish connecting Stripe" : "Connect with Stripe"}
          </Button>
        </form>
      )}
      {failure && <Alert tone="error" title={failure.message} />}
    </section>
  );
}
