"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { addTherapistRoleAction, type TherapistRoleResult } from "@/lib/actions/settings-staff";
import { failureOf, type FormState } from "@/lib/server/action-result";

/** Makes an owner who is not a therapist one too (the page then shows what they still need to be bookable). */
export function TherapistRoleForm({ salon, member, name, self }: { salon: string; member: string; name: string; self: boolean }) {
  const [state, action, pending] = useActionState<FormState<TherapistRoleResult>, FormData>(addTherapistRoleAction, null);
  const failure = failureOf(state);
  return (
    <form action={action} aria-label="Therapist role" className="space-y-3">
      <input type="hidden" name="salon" value={salon} />
      <input type="hidden" name="member" value={member} />
      {failure && <Alert tone="error" title={failure.message} />}
      <p className="text-sm text-stone-700">
        {self ? "You are not a therapist here." : `${name} is not a therapist here.`} As a therapist too, {self ? "you" : "they"} appear on your booking pages and in the calendar, with {self ? "your" : "their"} own
        hours and services.
      </p>
      <Button type="submit" variant="primary" pending={pending}>
        {self ? "I also take bookings as a therapist" : "Also takes bookings as a therapist"}
      </Button>
    </form>
  );
}
