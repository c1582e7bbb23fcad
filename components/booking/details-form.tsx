"use client";

import { useActionState, useEffect, useRef } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { saveDetailsAction } from "@/lib/actions/save-details";
import { failureOf, type FormState } from "@/lib/server/action-result";
import type { TSelection } from "@/lib/actions/booking-flow";

export type DetailsValues = { name: string; email: string; phone: string; note: string };

type Props = { selection: TSelection; defaults: DetailsValues; mobileService: boolean };

export function DetailsForm({ selection, defaults, mobileService }: Props) {
  const [state, formAction, pending] = useActionState<FormState<never>, FormData>(saveDetailsAction, null);
  const formRef = useRef<HTMLFormElement>(null);
  const failure = failureOf(state);
  const values = { ...defaults, ...failure?.values };
  const errors = failure?.fieldErrors ?? {};

  // After a failed submit, move focus to the first field that needs fixing.
  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [state]);

  return (
    <form ref={formRef} action={formAction} noValidate aria-label="Your details" className="space-y-5">
      {Object.entries(selection).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {failure && <Alert tone="error" title={failure.message} />}
      <Field name="name" label="Full name" autoComplete="name" required defaultValue={values.name} errors={errors.name} maxLength={100} />
      <Field name="email" label="Email" type="email" inputMode="email" autoComplete="email" required defaultValue={values.email} errors={errors.email} hint="We'll send your confirmation here." />
      <Field name="phone" label="Phone" type="tel" autoComplete="tel" required defaultValue={values.phone} errors={errors.phone} hint="Only used if we need to reach you about this booking." />
      <Field
        multiline
        name="note"
        label="Note for your therapist (optional)"
        rows={3}
        maxLength={1000}
        defaultValue={values.note}
        errors={errors.note}
        hint={mobileService ? "Your therapist comes to you: add your address and any access details." : "Injuries, preferred pressure, areas to avoid…"}
      />
      <Button type="submit" size="lg" block pending={pending}>
        {pending ? "Saving…" : "Continue"}
      </Button>
    </form>
  );
}
