"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { confirmBookingAction } from "@/lib/actions/confirm-booking";
import { failureOf, type FormState } from "@/lib/server/action-result";
import type { TSelection } from "@/lib/actions/booking-flow";

/** The last step: hold the time and go to Stripe's page for the deposit (or only the card). */
export function ConfirmForm({ selection, depositLabel }: { selection: TSelection; depositLabel: string | null }) {
  const [state, formAction, pending] = useActionState<FormState<never>, FormData>(confirmBookingAction, null);
  const failure = failureOf(state);
  const label = depositLabel ? `Pay ${depositLabel} deposit and book` : "Save card and book";
  return (
    <form action={formAction} className="space-y-3">
      {Object.entries(selection).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {failure && <Alert tone="error" title="We couldn't book this">{failure.message}</Alert>}
      <Button type="submit" size="lg" block pending={pending}>
        {pending ? "Holding your time…" : label}
      </Button>
      <p className="text-center text-xs text-stone-600">
        You&apos;ll pay on Stripe&apos;s secure page; we hold the time for 10 minutes while you do. Your confirmation email has a link to view or cancel.
      </p>
    </form>
  );
}
