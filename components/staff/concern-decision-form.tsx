"use client";

import { useActionState, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { decideConcernAction } from "@/lib/actions/staff-bookings";
import { failureOf, type FormState } from "@/lib/server/action-result";

const CHOICES = [
  { value: "CHARGE_FULL", label: "Charge in full", hint: "The balance and tip are charged now." },
  { value: "DISCOUNT", label: "Charge with a discount", hint: "Take an amount off the balance, then charge the rest." },
  { value: "WAIVE", label: "Waive the balance", hint: "Nothing more is charged; the deposit stays paid." },
] as const;

/** The owner's answer to a concern; the client is emailed it. */
export function ConcernDecisionForm({ salon, concernId, currency, dueLabel }: { salon: string; concernId: string; currency: string; dueLabel: string }) {
  const [state, formAction, pending] = useActionState<FormState<void>, FormData>(decideConcernAction, null);
  const failure = failureOf(state);
  const [decision, setDecision] = useState<(typeof CHOICES)[number]["value"]>("CHARGE_FULL");
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="salon" value={salon} />
      <input type="hidden" name="concern" value={concernId} />
      <fieldset className="space-y-2">
        <legend className="text-sm font-semibold text-stone-900">Your decision ({dueLabel} due)</legend>
        {CHOICES.map((c) => (
          <label key={c.value} className="flex items-start gap-2 text-sm text-stone-800">
            <input type="radio" name="decision" value={c.value} checked={decision === c.value} onChange={() => setDecision(c.value)} className="mt-1" />
            <span>
              <span className="font-medium">{c.label}</span>
              <span className="block text-stone-600">{c.hint}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {decision === "DISCOUNT" && <Field name="discount" label={`Discount (${currency})`} inputMode="decimal" placeholder="20.00" errors={failure?.fieldErrors?.discount} />}
      <Field multiline name="note" label="Note to the client (optional)" rows={2} maxLength={1000} hint="Included in the email that tells them your decision." />
      {failure && <Alert tone="error" title={failure.message} />}
      <Button type="submit" pending={pending}>
        {pending ? "Saving…" : "Send decision"}
      </Button>
    </form>
  );
}
