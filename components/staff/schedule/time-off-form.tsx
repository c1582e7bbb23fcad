"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { addTimeOffAction, removeTimeOffAction, type ScheduleResult } from "@/lib/actions/schedule";
import { failureOf, type FormState } from "@/lib/server/action-result";
import { StrandedChoice } from "./stranded-choice";

type Props = { salon: string; therapist: string; timeZone: string };

export function TimeOffForm({ salon, therapist, timeZone }: Props) {
  const [state, action, submitting] = useActionState<FormState<ScheduleResult>, FormData>(addTimeOffAction, null);
  const failure = failureOf(state);
  const result = state?.ok ? state.data : null;
  // Asked to keep or cancel: the same time off is posted again with the decision.
  const pending = result && "stranded" in result ? result.posted : undefined;
  return (
    <form action={action} aria-label="Add time off" className="space-y-3">
      <input type="hidden" name="salon" value={salon} />
      <input type="hidden" name="therapist" value={therapist} />
      {failure && <Alert tone="error" title={failure.message} />}
      {result && "saved" in result && <Alert tone="success" title="Time off added. Those times are closed for booking." />}
      {result && "stranded" in result && <StrandedChoice bookings={result.stranded} timeZone={timeZone} pending={submitting} />}
      <div className="grid gap-3 sm:grid-cols-3">
        <Field name="from" label="From" type="datetime-local" required defaultValue={failure?.values?.from ?? pending?.from} errors={failure?.fieldErrors?.from} />
        <Field name="until" label="Until" type="datetime-local" required defaultValue={failure?.values?.until ?? pending?.until} errors={failure?.fieldErrors?.until ?? failure?.fieldErrors?.endsAt} />
        <Field name="reason" label="Reason (optional)" defaultValue={failure?.values?.reason ?? pending?.reason} errors={failure?.fieldErrors?.reason} maxLength={120} />
      </div>
      <Button type="submit" variant="secondary" pending={submitting}>
        Add time off
      </Button>
    </form>
  );
}

export function RemoveTimeOffButton({ salon, therapist, timeOff, label }: { salon: string; therapist: string; timeOff: string; label: string }) {
  const [state, action, pending] = useActionState<FormState<ScheduleResult>, FormData>(removeTimeOffAction, null);
  const failure = failureOf(state);
  return (
    <form action={action}>
      <input type="hidden" name="salon" value={salon} />
      <input type="hidden" name="therapist" value={therapist} />
      <input type="hidden" name="timeOff" value={timeOff} />
      <Button type="submit" variant="ghost" pending={pending} aria-label={`Remove time off: ${label}`}>
        Remove
      </Button>
      {failure && <span className="text-sm text-rose-800">{failure.message}</span>}
    </form>
  );
}
