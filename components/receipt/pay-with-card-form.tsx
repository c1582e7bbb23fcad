"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { payWithCardAction } from "@/lib/actions/receipt";
import { failureOf, type FormState } from "@/lib/server/action-result";

/** On-session payment through Stripe's page: to authenticate the saved card, or to use another. */
export function PayWithCardForm({ salon, bookingId, token, label }: { salon: string; bookingId: string; token: string; label: string }) {
  const [state, formAction, pending] = useActionState<FormState<never>, FormData>(payWithCardAction, null);
  const failure = failureOf(state);
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="salon" value={salon} />
      <input type="hidden" name="booking" value={bookingId} />
      <input type="hidden" name="token" value={token} />
      {failure && <Alert tone="error" title="We couldn't open the payment page">{failure.message}</Alert>}
      <Button type="submit" size="lg" block pending={pending} className="sm:w-auto">
        {pending ? "Opening…" : label}
      </Button>
    </form>
  );
}
