"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { setOwnerRoleAction, type RoleResult } from "@/lib/actions/settings-staff";
import { failureOf, type FormState } from "@/lib/server/action-result";

/** Gives or takes the owner role (the salon always keeps one owner: the server refuses otherwise). */
export function OwnerRoleForm({ salon, member, name, isOwner, self }: { salon: string; member: string; name: string; isOwner: boolean; self: boolean }) {
  const [state, action, pending] = useActionState<FormState<RoleResult>, FormData>(setOwnerRoleAction, null);
  const failure = failureOf(state);
  return (
    <form action={action} aria-label="Owner role" className="space-y-3">
      <input type="hidden" name="salon" value={salon} />
      <input type="hidden" name="member" value={member} />
      <input type="hidden" name="owner" value={isOwner ? "no" : "yes"} />
      {failure && <Alert tone="error" title={failure.message} />}
      {state?.ok && <Alert tone="success" title={state.data.owner ? `${name} is now an owner.` : `${name} is no longer an owner.`} />}
      <p className="text-sm text-stone-700">
        {isOwner
          ? self
            ? "You are an owner. Giving up the role closes Settings and Payments to you; the salon must keep at least one owner."
            : `${name} is an owner: they see every booking, the settings and payments.`
          : `Owners see every booking, the settings and payments. ${name} keeps their calendar as a therapist.`}
      </p>
      <Button type="submit" variant={isOwner ? "secondary" : "primary"} pending={pending}>
        {isOwner ? (self ? "Give up the owner role" : "Remove the owner role") : "Make an owner"}
      </Button>
    </form>
  );
}
