"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { staffRescheduleAction } from "@/lib/actions/staff-booking-moves";
import { failureOf, type FormState } from "@/lib/server/action-result";

type Props = { salon: string; bookingId: string; therapistId: string; start: string };

/** Confirms a move chosen on the staff move page (posts without JavaScript too). */
export function MoveBookingForm({ salon, bookingId, therapistId, start }: Props) {
  const [state, formAction, pending] = useActionState<FormState<never>, FormData>(staffRescheduleAction, null);
  const failure = failureOf(state);
  return (
    <form action={formAction} className="space-y-3" data-testid="staff-move-confirm">
      <input type="hidden" name="salon" value={salon} />
      <input type="hidden" name="booking" value={bookingId} />
      <input type="hidden" name="therapist" value={therapistId} />
      <input type="hidden" name="start" value={start} />
      {failure && <Alert tone="error" title="The booking was not moved">{failure.message}</Alert>}
      <Button type="submit" pending={pending}>
        {pending ? "Moving…" : "Move booking and email the client"}
      </Button>
    </form>
  );
}
