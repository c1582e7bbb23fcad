"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { StaffSignInForm } from "@/components/auth/staff-sign-in-form";
import { acceptInvitationAction, type AcceptResult } from "@/lib/actions/settings-staff";
import { failureOf, type FormState } from "@/lib/server/action-result";

type Props = { token: string; salonName: string; email: string; name: string; role: "OWNER" | "THERAPIST"; hasPassword: boolean };

/**
 * Joins a salon with an invitation link: a new account chooses its password here; an existing one
 * confirms its password. Then the staff sign-in form, with the email filled in.
 */
export function AcceptInvitationForm({ token, salonName, email, name, role, hasPassword }: Props) {
  const [state, action, pending] = useActionState<FormState<AcceptResult>, FormData>(acceptInvitationAction, null);
  const failure = failureOf(state);
  const errors = (field: string) => failure?.fieldErrors?.[field];

  if (state?.ok) {
    const joined = state.data;
    return (
      <div className="space-y-6">
        <Alert tone="success" title={`You've joined ${joined.salonName}.`}>
          Sign in with your email and password to open {joined.role === "THERAPIST" ? "your calendar" : "the salon's calendar"}.
        </Alert>
        <StaffSignInForm callbackUrl={`/staff/${encodeURIComponent(joined.salonSlug)}/calendar`} defaultEmail={joined.email} />
      </div>
    );
  }

  return (
    <form action={action} aria-label={`Join ${salonName}`} className="space-y-4 rounded-2xl border border-stone-200 bg-white p-5 shadow-sm">
      <input type="hidden" name="token" value={token} />
      {failure && <Alert tone="error" title={failure.message} />}
      {/* Read-only, for password managers to save the new password under the right account. */}
      <Field name="email" label="Email" type="email" autoComplete="username" readOnly value={email} hint="The address your invitation went to." />
      <Field
        name="displayName"
        label={role === "THERAPIST" ? "Your name, as clients see it" : "Your name"}
        autoComplete="name"
        required
        maxLength={100}
        defaultValue={failure?.values?.displayName ?? name}
        errors={errors("displayName")}
      />
      {hasPassword ? (
        <Field name="currentPassword" label="Your password" hint={`You already have an account with ${email}: enter its password to join.`} type="password" autoComplete="current-password" required errors={errors("currentPassword")} />
      ) : (
        <>
          <Field name="password" label="Choose a password" hint="At least 12 characters." type="password" autoComplete="new-password" required minLength={12} maxLength={200} errors={errors("password")} />
          <Field name="confirmPassword" label="Password again" type="password" autoComplete="new-password" required maxLength={200} errors={errors("confirmPassword")} />
        </>
      )}
      <Button type="submit" block pending={pending}>
        {pending ? "Joining…" : `Join ${salonName}`}
      </Button>
    </form>
  );
}
