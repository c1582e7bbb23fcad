"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { deactivateTherapistAction, reactivateTherapistAction, type TherapistStatusResult } from "@/lib/actions/settings-staff";
import { failureOf, type FormState } from "@/lib/server/action-result";

/** Deactivates (after the page has listed their sessions still to come) or reactivates a therapist. */
export function TherapistStatusForm({ salon, member, name, active }: { salon: string; member: string; name: string; active: boolean }) {
  const [state, action, pending] = useActionState<FormState<TherapistStatusResult>, FormData>(active ? deactivateTherapistAction : reactivateTherapistAction, null);
  const failure = failureOf(state);
  return (
    <form action={action} aria-label={active ? `Deactivate ${name}` : `Reactivate ${name}`} className="space-y-3">
      <input type="hidden" name="salon" value={salon} />
      <input type="hidden" name="member" value={member} />
      {failure && <Alert tone="error" title={failure.message} />}
      {state?.ok && state.data.changed && (
        <Alert tone="success" title={state.data.active ? `${name} is active again.` : `${name} is deactivated.`}>
          {state.data.active ? "They can sign in, and clients can book them again." : state.data.upcoming ? `Move their ${state.data.upcoming} session${state.data.upcoming === 1 ? "" : "s"} still to come to someone else.` : null}
        </Alert>
      )}
      <Button type="submit" variant={active ? "danger" : "primary"} pending={pending}>
        {active ? `Deactivate ${name}` : `Reactivate ${name}`}
      </Button>
    </form>
  );
}
