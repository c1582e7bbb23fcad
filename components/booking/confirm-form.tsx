"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { confirmBookingAction } from "@/lib/actions/confirm-booking";
import { failureOf, type FormState } from "@/lib/server/action-result";
import type { TSelection } from "@/lib/actions/booking-flow";

export function ConfirmForm({ selection }: { selection: TSelection }) {
  const [state, formAction, pending] = useActionState<FormState<never>, FormData>(confirmBookingAction, null);
  const failure = failureOf(state);
  return (
    <form action={formAction} className="space-y-3">
      {Object.entries(selection).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {failure && <Alert tone="error" title="We couldn't book this">{failure.message}</Alert>}
      <Button type="submit" size="lg" block pending={pending}>
        {pending ? "Booking…" : "Confirm booking"}
      </Button>
      <p className="text-center text-xs text-stone-600">You&apos;ll get a confirmation email with a link to view or cancel.</p>
    </form>
  );
}
