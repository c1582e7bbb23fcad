"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { saveSalonProfileAction, type SalonProfileResult } from "@/lib/actions/settings-salon";
import { failureOf, type FormState } from "@/lib/server/action-result";
import { SelectField, type SelectGroup, type SelectOption } from "./select-field";

export type SalonProfileFormValues = Record<"name" | "tagline" | "phone" | "locale" | "timeZone", string>;

type Props = {
  salon: string;
  initial: SalonProfileFormValues;
  locales: SelectOption[];
  zones: SelectGroup[];
  /** Said under the time zone: what it governs, and the main location's zone when it differs. */
  zoneHint: string;
};

/** The salon's name, tagline, phone, locale and time zone; saved at once to the public pages. */
export function SalonProfileForm({ salon, initial, locales, zones, zoneHint }: Props) {
  const [state, action, submitting] = useActionState<FormState<SalonProfileResult>, FormData>(saveSalonProfileAction, null);
  const failure = failureOf(state);
  const value = (name: keyof SalonProfileFormValues) => failure?.values?.[name] ?? initial[name];
  const errors = (name: string) => failure?.fieldErrors?.[name];
  const saved = state?.ok ? state.data : null;

  return (
    <form action={action} aria-label="Salon profile" className="space-y-6">
      <input type="hidden" name="salon" value={salon} />
      {failure && <Alert tone="error" title={failure.message} />}
      {saved && <Alert tone="success" title={saved.changed ? "Salon profile saved. Your booking pages show it now." : "Nothing changed."} />}

      <fieldset className="space-y-3">
        <legend className="text-base font-semibold text-stone-900">What clients see</legend>
        <div className="grid gap-3 sm:grid-cols-2">
          <Field name="name" label="Salon name" required maxLength={80} autoComplete="organization" defaultValue={value("name")} errors={errors("name")} />
          <Field name="phone" label="Phone (optional)" hint="Shown on your booking pages" type="tel" inputMode="tel" maxLength={32} autoComplete="tel" defaultValue={value("phone")} errors={errors("phone")} />
          <Field name="tagline" label="Tagline (optional)" hint="One line under the name on your booking pages" maxLength={140} className="sm:col-span-2" defaultValue={value("tagline")} errors={errors("tagline")} />
        </div>
      </fieldset>

      <fieldset className="space-y-3">
        <legend className="text-base font-semibold text-stone-900">Language and time</legend>
        <div className="grid gap-3 sm:grid-cols-2">
          <SelectField name="locale" label="Locale" hint="How dates, times and prices are written on your pages and in emails" options={locales} defaultValue={value("locale")} errors={errors("locale")} />
          <SelectField name="timeZone" label="Salon time zone" hint={zoneHint} options={zones} defaultValue={value("timeZone")} errors={errors("timeZone")} />
        </div>
      </fieldset>

      <Button type="submit" pending={submitting}>
        Save salon profile
      </Button>
    </form>
  );
}
