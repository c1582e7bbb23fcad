"use client";

import { useActionState, useEffect, useRef } from "react";
import { ChoiceGroup } from "@/components/preferences/choice-group";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { LinkButton } from "@/components/ui/link-button";
import { createServiceAction, updateServiceAction, type ServiceSavedResult } from "@/lib/actions/settings-services";
import { failureOf, type FormState } from "@/lib/server/action-result";
import type { ServiceFormValues } from "@/lib/settings/services-form";
import { DEPOSIT_KINDS, DepositRuleFields } from "./deposit-rule-fields";

type Therapist = { id: string; displayName: string; active: boolean };

type Props = {
  salon: string;
  /** The service being edited; none when adding one. */
  serviceId?: string;
  currency: string;
  /** The salon's own deposit rule in words ("20% of the price"), for the "as the salon" choice. */
  salonDeposit: string;
  therapists: Therapist[];
  initial: ServiceFormValues;
  cancelHref: string;
};

const WHERE = [
  { value: "STUDIO", label: "At the studio" },
  { value: "MOBILE", label: "Mobile: at the client's address" },
];

/** Adding or editing one service; money in the salon's currency, as the client sees it. Works without JavaScript. */
export function ServiceForm({ salon, serviceId, currency, salonDeposit, therapists, initial, cancelHref }: Props) {
  const [state, action, submitting] = useActionState<FormState<ServiceSavedResult>, FormData>(serviceId ? updateServiceAction : createServiceAction, null);
  const formRef = useRef<HTMLFormElement>(null);
  const failure = failureOf(state);
  const saved = state?.ok ? state.data : null;
  const value = (name: Exclude<keyof ServiceFormValues, "therapistIds" | "active">) => failure?.values?.[name] ?? initial[name];
  const errors = (name: string) => failure?.fieldErrors?.[name];
  const ticked = failure ? (failure.lists?.therapistIds ?? (failure.values?.therapistIds ? [failure.values.therapistIds] : [])) : initial.therapistIds;
  const active = failure ? failure.values?.active === "on" : initial.active;

  useEffect(() => {
    if (failureOf(state)) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"] input, input[aria-invalid="true"], textarea[aria-invalid="true"]')?.focus();
  }, [state]);

  return (
    <form ref={formRef} action={action} noValidate aria-label={serviceId ? "Edit service" : "New service"} className="space-y-6">
      <input type="hidden" name="salon" value={salon} />
      {serviceId && <input type="hidden" name="service" value={serviceId} />}
      {failure && <Alert tone="error" title={failure.message} />}
      {saved && <Alert tone="success" title={saved.changed ? "Service saved. Your booking page shows it now; bookings already made keep their price and deposit." : "Nothing changed."} />}

      <div className="space-y-4">
        <Field name="name" label="Name" required maxLength={80} autoComplete="off" defaultValue={value("name")} errors={errors("name")} />
        <Field
          multiline
          name="description"
          label="Description"
          hint="What to expect, and its limits (who it is not for, what it does not include). Clients read this before booking."
          required
          rows={5}
          maxLength={2000}
          defaultValue={value("description")}
          errors={errors("description")}
        />
      </div>

      <fieldset className="space-y-3">
        <legend className="text-base font-semibold text-stone-900">Time and price</legend>
        <div className="grid gap-3 sm:grid-cols-2">
          <Field name="durationMinutes" label="Duration (minutes)" hint="5 to 480, in steps of 5" inputMode="numeric" required defaultValue={value("durationMinutes")} errors={errors("durationMinutes")} />
          <Field name="price" label={`Price (${currency})`} inputMode="decimal" required defaultValue={value("price")} errors={errors("price")} />
          <Field name="bufferBeforeMinutes" label="Buffer before (minutes)" hint="Kept free to prepare the room (0–240)" inputMode="numeric" defaultValue={value("bufferBeforeMinutes")} errors={errors("bufferBeforeMinutes")} />
          <Field name="bufferAfterMinutes" label="Buffer after (minutes)" hint="Kept free to reset the room (0–240)" inputMode="numeric" defaultValue={value("bufferAfterMinutes")} errors={errors("bufferAfterMinutes")} />
        </div>
      </fieldset>

      <ChoiceGroup name="locationType" legend="Where it happens" hint="A mobile session also keeps the salon's travel buffer free before and after." options={WHERE} selected={[value("locationType")]} errors={errors("locationType")} columns={2} />

      <DepositRuleFields
        hint="Taken when a client books this service. Bookings already made keep theirs."
        currency={currency}
        kinds={[{ value: "salon", label: `As the salon's policy (${salonDeposit})` }, ...DEPOSIT_KINDS]}
        values={{ depositKind: value("depositKind"), depositAmount: value("depositAmount"), depositPercent: value("depositPercent") }}
        errors={errors}
      />

      {therapists.length === 0 ? (
        <Alert tone="warning" title="Nobody can offer it yet">
          Your salon has no active therapists. Add one under Staff, then tick them here.
        </Alert>
      ) : (
        <ChoiceGroup
          type="checkbox"
          name="therapistIds"
          legend="Who offers it"
          hint="Clients can book only these therapists for it; with nobody ticked, it cannot be booked."
          options={therapists.map((t) => ({ value: t.id, label: t.active ? t.displayName : `${t.displayName} (inactive)` }))}
          selected={ticked}
          errors={errors("therapistIds")}
          columns={2}
        />
      )}

      <div className="space-y-1">
        <label className="flex min-h-11 items-start gap-3 text-stone-900">
          <input type="checkbox" name="active" defaultChecked={active} aria-describedby="active-hint" className="mt-1 size-5 accent-brand-700" />
          <span className="font-semibold">Open for online booking</span>
        </label>
        <p id="active-hint" className="text-sm text-stone-600">
          A hidden service vanishes from your booking page; bookings already made keep it.
        </p>
      </div>

      <div className="flex flex-wrap gap-3">
        <Button type="submit" pending={submitting}>
          {serviceId ? "Save changes" : "Add service"}
        </Button>
        <LinkButton href={cancelHref} variant="secondary">
          {serviceId ? "Back to services" : "Cancel"}
        </LinkButton>
      </div>
    </form>
  );
}
