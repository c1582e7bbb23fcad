"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { resendInvitationAction, revokeInvitationAction, type InviteResult } from "@/lib/actions/settings-staff";
import { failureOf, type FormState } from "@/lib/server/action-result";

/** "Send again" (a new link; the old one stops working) and "Withdraw" for one open invitation. */
export function InvitationButtons({ salon, invitationId, name }: { salon: string; invitationId: string; name: string }) {
  const [resent, resend, resending] = useActionState<FormState<InviteResult>, FormData>(resendInvitationAction, null);
  const [revoked, revoke, revoking] = useActionState<FormState<InviteResult>, FormData>(revokeInvitationAction, null);
  const failure = failureOf(resent) ?? failureOf(revoked);
  const hidden = (
    <>
      <input type="hidden" name="salon" value={salon} />
      <input type="hidden" name="invitation" value={invitationId} />
    </>
  );
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        <form action={resend}>
          {hidden}
          <Button type="submit" variant="secondary" pending={resending} aria-label={`Send the invitation to ${name} again`}>
            Send again
          </Button>
        </form>
        <form action={revoke}>
          {hidden}
          <Button type="submit" variant="ghost" pending={revoking} aria-label={`Withdraw the invitation to ${name}`}>
            Withdraw
          </Button>
        </form>
      </div>
      <div aria-live="polite" className="text-sm">
        {resent?.ok && <p className="font-medium text-emerald-800">A new link went to {resent.data.email}; the previous one no longer works.</p>}
        {failure && (
          <p role="alert" className="font-medium text-rose-800">
            {failure.message}
          </p>
        )}
      </div>
    </div>
  );
}
