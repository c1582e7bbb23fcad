"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { staffCreateBookingAction } from "@/lib/actions/staff-booking-moves";
import { failureOf, type FormState } from "@/lib/server/action-result";

type Props = {
  salon: string;
  serviceId: string;
  therapistId: string;
  start: string;
  /** One rendering of the page: a double submit books once. */
  request: string;
  /** The client chosen from the search, or null for a new client typed here. */
  client: { id: string; name: string; email: string; phone: string } | null;
  mobile: boolean;
  holdHours: number;
};

/** The last step of a booking by phone: who it is for (and where, for a mobile session), then book. */
export function NewBookingForm({ salon, serviceId, therapistId, start, request, client, mobile, holdHours }: Props) {
  const [state, formAction, pending] = useActionState<FormState<never>, FormData>(staffCreateBookingAction, null);
  const failure = failureOf(state);
  const errors = (name: string) => failure?.fieldErrors?.[name];
  const value = (name: string) => failure?.values?.[name];
  return (
    <form action={formAction} className="space-y-4" data-testid="new-booking-form">
      <input type="hidden" name="salon" value={salon} />
      <input type="hidden" name="service" value={serviceId} />
      <input type="hidden" name="therapist" value={therapistId} />
      <input type="hidden" name="start" value={start} />
      <input type="hidden" name="request" value={request} />
      {failure && <Alert tone="error" title="Not booked yet">{failure.message}</Alert>}
      {client ? (
        <input type="hidden" name="client" value={client.id} />
      ) : (
        <fieldset className="space-y-3">
          <legend className="font-semibold text-stone-900">New client</legend>
          <Field name="name" label="Name" autoComplete="off" required maxLength={100} defaultValue={value("name")} errors={errors("client.name")} />
          <Field name="email" label="Email" type="email" autoComplete="off" required maxLength={254} hint="The link to pay the deposit goes here." defaultValue={value("email")} errors={errors("client.email")} />
          <Field name="phone" label="Phone" type="tel" autoComplete="off" required maxLength={32} defaultValue={value("phone")} errors={errors("client.phone")} />
        </fieldset>
      )}
      {mobile && (
        <fieldset className="space-y-3">
          <legend className="font-semibold text-stone-900">Where the session takes place</legend>
          <Field name="line1" label="Street and number" required maxLength={120} defaultValue={value("line1")} errors={errors("visitAddress.line1")} />
          <Field name="line2" label="Flat, floor (optional)" maxLength={120} defaultValue={value("line2")} errors={errors("visitAddress.line2")} />
          <div className="grid grid-cols-2 gap-3">
            <Field name="city" label="Town or city" required maxLength={80} defaultValue={value("city")} errors={errors("visitAddress.city")} />
            <Field name="postalCode" label="Postcode" required maxLength={16} defaultValue={value("postalCode")} errors={errors("visitAddress.postalCode")} />
          </div>
          <Field multiline name="directions" label="Access notes (optional)" rows={2} maxLength={300} defaultValue={value("directions")} errors={errors("visitAddress.directions")} />
        </fieldset>
      )}
      <Field multiline name="note" label="Note for the therapist (optional)" rows={2} maxLength={1000} hint="No health details here: the client adds those on their booking's page." defaultValue={value("note")} errors={errors("note")} />
      <p className="text-sm text-stone-700">
        The time is held for up to {holdHours} hours. The client is emailed a link to pay the deposit and save their card; the booking is confirmed when they do.
      </p>
      <Button type="submit" size="lg" pending={pending}>
        {pending ? "Booking…" : "Hold the time and email the client"}
      </Button>
    </form>
  );
}
