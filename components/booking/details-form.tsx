"use client";

import { useActionState, useEffect, useRef } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { saveDetailsAction } from "@/lib/actions/save-details";
import { failureOf, type FormState } from "@/lib/server/action-result";
import type { TSelection } from "@/lib/actions/booking-flow";

export type DetailsValues = { name: string; email: string; phone: string; note: string; addressLine1: string; addressLine2: string; city: string; postalCode: string; directions: string };

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
      {mobileService && (
        <fieldset className="space-y-4 rounded-xl border border-stone-200 p-4">
          <legend className="px-1 text-sm font-semibold text-stone-900">Where should your therapist come?</legend>
          <Field name="addressLine1" label="Street and number" autoComplete="address-line1" required defaultValue={values.addressLine1} errors={errors.addressLine1} maxLength={120} />
          <Field name="addressLine2" label="Apartment, floor (optional)" autoComplete="address-line2" defaultValue={values.addressLine2} errors={errors.addressLine2} maxLength={120} />
          <div className="grid gap-4 sm:grid-cols-2">
            <Field name="city" label="Town or city" autoComplete="address-level2" required defaultValue={values.city} errors={errors.city} maxLength={80} />
            <Field name="postalCode" label="Postcode" autoComplete="postal-code" required defaultValue={values.postalCode} errors={errors.postalCode} maxLength={16} />
          </div>
          <Field multiline name="directions" label="Access and parking (optional)" rows={2} maxLength={300} defaultValue={values.directions} errors={errors.directions} hint="Door code, which bell, where to park." />
        </fieldset>
      )}
      <Field
        multiline
        name="note"
        label="Note for your therapist (optional)"
        rows={3}
        maxLength={1000}
        defaultValue={values.note}
        errors={errors.note}
        hint="Anything else your therapist should know. You can tell us your preferences for the session after booking."
      />
      <Button type="submit" size="lg" block pending={pending}>
        {pending ? "Saving…" : "Continue"}
      </Button>
    </form>
  );
}
