"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { rescheduleBookingAction } from "@/lib/actions/reschedule-booking";
import { failureOf, type FormState } from "@/lib/server/action-result";

type Props = { salon: string; bookingId: string; token: string; start: string; therapist: "same" | "any" };

/** "Move my booking": a plain form (it posts without JavaScript too); success lands on the booking's page. */
export function RescheduleConfirmForm({ salon, bookingId, token, start, therapist }: Props) {
  const [state, formAction, pending] = useActionState<FormState<never>, FormData>(rescheduleBookingAction, null);
  const failure = failureOf(state);
  return (
    <form action={formAction} className="space-y-3" data-testid="reschedule-confirm">
      <input type="hidden" name="salon" value={salon} />
      <input type="hidden" name="booking" value={bookingId} />
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="start" value={start} />
      <input type="hidden" name="therapist" value={therapist} />
      {failure && <Alert tone="error" title="We couldn't move your booking">{failure.message}</Alert>}
      <Button type="submit" size="lg" block pending={pending} className="sm:w-auto">
        {pending ? "Moving…" : "Move my booking"}
      </Button>
    </form>
  );
}
