"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { raiseConcernAction } from "@/lib/actions/receipt";
import { failureOf, type FormState } from "@/lib/server/action-result";

/** "Something wasn't right": a message to the owner, which pauses the automatic charge. */
export function ConcernForm({ salon, bookingId, token, salonName }: { salon: string; bookingId: string; token: string; salonName: string }) {
  const [state, formAction, pending] = useActionState<FormState<never>, FormData>(raiseConcernAction, null);
  const failure = failureOf(state);
  return (
    <details className="group rounded-2xl border border-stone-200 bg-white p-5" open={failure !== null}>
      <summary className="cursor-pointer font-semibold text-stone-900 marker:text-stone-500">Something wasn&apos;t right?</summary>
      <form action={formAction} className="mt-3 space-y-3">
        <input type="hidden" name="salon" value={salon} />
        <input type="hidden" name="booking" value={bookingId} />
        <input type="hidden" name="token" value={token} />
        <p className="text-sm text-stone-700">
          Tell {salonName} what happened. Your card won&apos;t be charged until the owner has read it and replied; you&apos;ll get their answer by email.
        </p>
        <Field multiline name="message" label="What wasn't right?" rows={4} maxLength={2000} required errors={failure?.fieldErrors?.message} />
        {failure && !failure.fieldErrors?.message && <Alert tone="error" title={failure.message} />}
        <Button type="submit" variant="secondary" pending={pending}>
          {pending ? "Sending…" : "Send to the salon"}
        </Button>
      </form>
    </details>
  );
}
