"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { inviteStaffAction, type InviteResult } from "@/lib/actions/settings-staff";
import { failureOf, type FormState } from "@/lib/server/action-result";

const ROLES = [
  { value: "THERAPIST", label: "Therapist", hint: "Their calendar, their clients' briefs and their own hours." },
  { value: "OWNER", label: "Owner", hint: "Everything, settings and payments included." },
] as const;

/** Invites someone by email; they get a link to choose their password and join (works without JavaScript). */
export function InviteStaffForm({ salon, days }: { salon: string; days: number }) {
  const [state, action, pending] = useActionState<FormState<InviteResult>, FormData>(inviteStaffAction, null);
  const failure = failureOf(state);
  const errors = (name: string) => failure?.fieldErrors?.[name];
  const value = (name: string) => failure?.values?.[name];
  const role = value("role") ?? "THERAPIST";
  return (
    <form action={action} aria-label="Invite to your staff" className="space-y-4">
      <input type="hidden" name="salon" value={salon} />
      {failure && <Alert tone="error" title={failure.message} />}
      {state?.ok && (
        <Alert
          tone="success"
          title={
            <>
              Invitation sent to <span className="break-all">{state.data.email}</span>.
            </>
          }
        >
          The link works for {days} days. It shows below until they accept.
        </Alert>
      )}
      <div className="grid gap-3 sm:grid-cols-2">
        <Field name="name" label="Name" autoComplete="off" required maxLength={100} defaultValue={value("name")} errors={errors("name")} />
        <Field name="email" label="Email" type="email" autoComplete="off" required maxLength={254} defaultValue={value("email")} errors={errors("email")} />
      </div>
      <fieldset className="space-y-2" aria-describedby={errors("role") ? "role-error" : undefined}>
        <legend className="text-sm font-semibold text-stone-900">Role</legend>
        <div className="grid gap-2 sm:grid-cols-2">
          {ROLES.map((r) => (
            <label key={r.value} className="flex items-start gap-2 rounded-xl border border-stone-300 bg-white px-3 py-2 text-sm text-stone-900">
              <input type="radio" name="role" value={r.value} defaultChecked={role === r.value} className="mt-1" />
              <span>
                <span className="font-medium">{r.label}</span>
                <span className="block text-stone-600">{r.hint}</span>
              </span>
            </label>
          ))}
        </div>
        {errors("role") && (
          <p id="role-error" className="text-sm font-medium text-rose-800">
            {errors("role")![0]}
          </p>
        )}
      </fieldset>
      <Button type="submit" pending={pending}>
        {pending ? "Sending…" : "Send invitation"}
      </Button>
    </form>
  );
}
