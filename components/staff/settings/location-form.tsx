"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { deleteLocationAction, saveLocationAction } from "@/lib/actions/settings-salon";
import { failureOf, type FormState } from "@/lib/server/action-result";
import { SelectField, type SelectGroup, type SelectOption } from "./select-field";

export type LocationFormValues = Record<"name" | "addressLine1" | "addressLine2" | "city" | "postalCode" | "country" | "timeZone", string>;

type Props = {
  salon: string;
  /** The location's id when editing one; absent when adding. */
  locationId?: string;
  initial: LocationFormValues;
  countries: SelectOption[];
  zones: SelectGroup[];
};

const ZONE_HINT = "Opening hours at this location are clock times in this zone, and clients see their booking times in it. Changing it keeps every booking at its moment in time.";

/** A location's name, address and time zone: adds one, or saves one's changes. */
export function LocationForm({ salon, locationId, initial, countries, zones }: Props) {
  const [state, action, submitting] = useActionState<FormState<never>, FormData>(saveLocationAction, null);
  const failure = failureOf(state);
  const value = (name: keyof LocationFormValues) => failure?.values?.[name] ?? initial[name];
  const errors = (name: string) => failure?.fieldErrors?.[name];
  const adding = locationId === undefined;

  return (
    <form action={action} aria-label={adding ? "New location" : "Location"} className="space-y-6">
      <input type="hidden" name="salon" value={salon} />
      {!adding && <input type="hidden" name="location" value={locationId} />}
      {failure && <Alert tone="error" title={failure.message} />}

      <div className="grid gap-3 sm:grid-cols-2">
        <Field name="name" label="Name" hint="As clients see it, e.g. “Serenity Spa — Chelsea”" required maxLength={80} className="sm:col-span-2" defaultValue={value("name")} errors={errors("name")} />
        <Field name="addressLine1" label="Street address" required maxLength={120} autoComplete="address-line1" defaultValue={value("addressLine1")} errors={errors("addressLine1")} />
        <Field name="addressLine2" label="Address line 2 (optional)" hint="Suite, floor or building" maxLength={120} autoComplete="address-line2" defaultValue={value("addressLine2")} errors={errors("addressLine2")} />
        <Field name="city" label="Town or city" required maxLength={80} autoComplete="address-level2" defaultValue={value("city")} errors={errors("city")} />
        <Field name="postalCode" label="Postal code" required maxLength={16} autoComplete="postal-code" defaultValue={value("postalCode")} errors={errors("postalCode")} />
        <SelectField name="country" label="Country" options={countries} defaultValue={value("country")} errors={errors("country")} />
        <SelectField name="timeZone" label="Time zone" hint={ZONE_HINT} options={zones} defaultValue={value("timeZone")} errors={errors("timeZone")} />
      </div>

      <Button type="submit" pending={submitting}>
        {adding ? "Add location" : "Save location"}
      </Button>
    </form>
  );
}

/** Deletes an unused location, after the owner's click; a refusal says why. */
export function DeleteLocationForm({ salon, locationId, name }: { salon: string; locationId: string; name: string }) {
  const [state, action, submitting] = useActionState<FormState<never>, FormData>(deleteLocationAction, null);
  const failure = failureOf(state);
  return (
    <form action={action} aria-label={`Delete ${name}`} className="space-y-3">
      <input type="hidden" name="salon" value={salon} />
      <input type="hidden" name="location" value={locationId} />
      {failure && <Alert tone="error" title={failure.message} />}
      <Button type="submit" variant="danger" pending={submitting}>
        Delete location<span className="sr-only"> {name}</span>
      </Button>
    </form>
  );
}
