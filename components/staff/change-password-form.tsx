"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { changePasswordAction } from "@/lib/actions/staff-account";
import { failureOf, type FormState } from "@/lib/server/action-result";

export function ChangePasswordForm() {
  const [state, formAction, pending] = useActionState<FormState<number>, FormData>(changePasswordAction, null);
  const failure = failureOf(state);
  const errors = failure?.fieldErrors ?? {};
  const ended = state?.ok ? state.data : null;
  return (
    <form action={formAction} className="space-y-4" aria-labelledby="password-heading">
      {ended !== null && (
        <Alert tone="success" title="Password changed">
          {ended ? `${ended} other ${ended === 1 ? "session was" : "sessions were"} signed out.` : "No other session was signed in."}
        </Alert>
      )}
      {failure && <Alert tone="error">{failure.message}</Alert>}
      <Field name="currentPassword" label="Current password" type="password" autoComplete="current-password" required errors={errors.currentPassword} />
      <Field name="newPassword" label="New password" hint="At least 12 characters." type="password" autoComplete="new-password" required minLength={12} errors={errors.newPassword} />
      <Field name="confirmPassword" label="New password again" type="password" autoComplete="new-password" required errors={errors.confirmPassword} />
      <Button type="submit" pending={pending}>
        {pending ? "Changing…" : "Change password"}
      </Button>
    </form>
  );
}
