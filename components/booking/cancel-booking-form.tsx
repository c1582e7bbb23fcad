"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { cancelBookingAction } from "@/lib/actions/cancel-booking";
import { failureOf, type FormState } from "@/lib/server/action-result";

type Props = { salon: string; bookingId: string; token: string; warning: string; openLabel?: string; question?: string };

/** "Cancel booking" opens a confirmation step (optional reason, "Yes, cancel") before anything happens. */
export function CancelBookingForm({ salon, bookingId, token, warning, openLabel = "Cancel booking", question = "Cancel this booking?" }: Props) {
  const [confirming, setConfirming] = useState(false);
  const [state, formAction, pending] = useActionState<FormState<never>, FormData>(cancelBookingAction, null);
  const failure = failureOf(state);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  const opened = useRef(false);

  // Move focus with the step: into the confirmation when it opens, back to the button when kept.
  useEffect(() => {
    if (confirming) headingRef.current?.focus();
    else if (opened.current) openerRef.current?.focus();
    opened.current = confirming;
  }, [confirming]);

  if (!confirming) {
    return (
      <Button ref={openerRef} variant="secondary" block onClick={() => setConfirming(true)} className="sm:w-auto">
        {openLabel}
      </Button>
    );
  }
  return (
    <form action={formAction} aria-labelledby="confirm-cancel-heading" className="space-y-4 rounded-2xl border border-rose-200 bg-rose-50/60 p-5">
      <input type="hidden" name="salon" value={salon} />
      <input type="hidden" name="booking" value={bookingId} />
      <input type="hidden" name="token" value={token} />
      <h3 id="confirm-cancel-heading" ref={headingRef} tabIndex={-1} className="font-semibold text-stone-900 focus:outline-none">
        {question}
      </h3>
      <p className="text-sm text-stone-800">{warning}</p>
      {failure && <Alert tone="error" title={failure.message} />}
      <Field multiline name="reason" label="Reason (optional)" rows={2} maxLength={500} hint="Helps the salon; they'll see it with the cancellation." />
      <div className="flex flex-col gap-2 sm:flex-row-reverse sm:justify-end">
        <Button type="submit" variant="danger" pending={pending}>
          {pending ? "Cancelling…" : "Yes, cancel"}
        </Button>
        <Button variant="ghost" onClick={() => setConfirming(false)} disabled={pending}>
          Keep my booking
        </Button>
      </div>
    </form>
  );
}
