"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { changePasswordAction, type ChangePasswordState } from "@/lib/actions/staff-account";

export function ChangePasswordForm() {
  const [state, formAction, pending] = useActionState<ChangePasswordState, FormData>(changePasswordAction, {});
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} className="space-y-4" aria-labelledby="password-heading">
      {state.ok && (
        <Alert tone="success" title="Password changed">
          {state.endedSessions ? `${state.endedSessions} other ${state.endedSessions === 1 ? "session was" : "sessions were"} signed out.` : "No other session was signed in."}
        </Alert>
      )}
      {state.message && <Alert tone="error">{state.message}</Alert>}
      <Field name="currentPassword" label="Current password" type="password" autoComplete="current-password" required errors={errors.currentPassword} />
      <Field name="newPassword" label="New password" hint="At least 12 characters." type="password" autoComplete="new-password" required minLength={12} errors={errors.newPassword} />
      <Field name="confirmPassword" label="New password again" type="password" autoComplete="new-password" required errors={errors.confirmPassword} />
      <Button type="submit" pending={pending}>
        {pending ? "Changing…" : "Change password"}
      </Button>
    </form>
  );
}
