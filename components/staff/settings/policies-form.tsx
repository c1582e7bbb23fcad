"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { savePoliciesAction, type PoliciesResult } from "@/lib/actions/settings";
import { failureOf, type FormState } from "@/lib/server/action-result";
import { DepositRuleFields } from "./deposit-rule-fields";

export type PoliciesFormValues = Record<
  "depositKind" | "depositAmount" | "depositPercent" | "cancellationNoticeHours" | "lateCancelFee" | "noShowFee" | "reviewWindowHours" | "reminderHoursBefore" | "travelBufferMinutes" | "bookingHorizonDays" | "minNoticeMinutes",
  string
>;

/** The salon's booking policies; money in the salon's currency, as the client sees it. */
export function PoliciesForm({ salon, currency, initial }: { salon: string; currency: string; initial: PoliciesFormValues }) {
  const [state, action, submitting] = useActionState<FormState<PoliciesResult>, FormData>(savePoliciesAction, null);
  const failure = failureOf(state);
  const value = (name: keyof PoliciesFormValues) => failure?.values?.[name] ?? initial[name];
  const errors = (name: string) => failure?.fieldErrors?.[name];
  const saved = state?.ok ? state.data : null;

  return (
    <form action={action} aria-label="Booking policies" className="space-y-6">
      <input type="hidden" name="salon" value={salon} />
      {failure && <Alert tone="error" title={failure.message} />}
      {saved && <Alert tone="success" title={saved.changed ? "Policies saved. New bookings use them from now on; existing bookings keep theirs." : "Nothing changed."} />}

      <DepositRuleFields
        hint="Taken when a client books; a service can set its own."
        currency={currency}
        values={{ depositKind: value("depositKind"), depositAmount: value("depositAmount"), depositPercent: value("depositPercent") }}
        errors={errors}
      />

      <fieldset className="space-y-3">
        <legend className="text-base font-semibold text-stone-900">Cancellations and no-shows</legend>
        <div className="grid gap-3 sm:grid-cols-3">
          <Field name="cancellationNoticeHours" label="Free cancellation until (hours before)" hint="0 lets clients cancel free at any time" inputMode="numeric" required defaultValue={value("cancellationNoticeHours")} errors={errors("cancellationNoticeHours")} />
          <Field name="lateCancelFee" label={`Late-cancellation fee (${currency})`} hint="0 for none" inputMode="decimal" defaultValue={value("lateCancelFee")} errors={errors("lateCancelFee")} />
          <Field name="noShowFee" label={`No-show fee (${currency})`} hint="0 for none" inputMode="decimal" defaultValue={value("noShowFee")} errors={errors("noShowFee")} />
        </div>
      </fieldset>

      <fieldset className="space-y-3">
        <legend className="text-base font-semibold text-stone-900">Timings</legend>
        <div className="grid gap-3 sm:grid-cols-3">
          <Field name="reviewWindowHours" label="Review window (hours)" hint="After a session, to tip or raise a concern before the balance is charged (1–168)" inputMode="numeric" required defaultValue={value("reviewWindowHours")} errors={errors("reviewWindowHours")} />
          <Field name="reminderHoursBefore" label="Reminder (hours before)" hint="1–168" inputMode="numeric" required defaultValue={value("reminderHoursBefore")} errors={errors("reminderHoursBefore")} />
          <Field name="travelBufferMinutes" label="Travel buffer (minutes)" hint="Before and after a mobile session (0–240)" inputMode="numeric" required defaultValue={value("travelBufferMinutes")} errors={errors("travelBufferMinutes")} />
          <Field name="bookingHorizonDays" label="Booking horizon (days)" hint="How far ahead clients can book (1–365)" inputMode="numeric" required defaultValue={value("bookingHorizonDays")} errors={errors("bookingHorizonDays")} />
          <Field name="minNoticeMinutes" label="Minimum notice (minutes)" hint="How soon before a session clients can still book" inputMode="numeric" required defaultValue={value("minNoticeMinutes")} errors={errors("minNoticeMinutes")} />
        </div>
      </fieldset>

      <Button type="submit" pending={submitting}>
        Save policies
      </Button>
    </form>
  );
}
