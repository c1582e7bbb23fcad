"use client";

import { useActionState, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { completeBookingAction, markNoShowAction } from "@/lib/actions/staff-bookings";
import { failureOf, type FormState } from "@/lib/server/action-result";

const ROWS = [0, 1, 2] as const;

/** After the session: mark it completed (optionally with extras that change the balance), or a no-show. */
export function CompleteSessionForm({ salon, bookingId, currency, noShowTerms }: { salon: string; bookingId: string; currency: string; noShowTerms: string }) {
  const [state, completeAction, completing] = useActionState<FormState<void>, FormData>(completeBookingAction, null);
  const [noShowState, noShowAction, markingNoShow] = useActionState<FormState<void>, FormData>(markNoShowAction, null);
  const [rows, setRows] = useState(0);
  const failure = failureOf(state) ?? failureOf(noShowState);
  const [askNoShow, setAskNoShow] = useState(false);
  return (
    <div className="space-y-4">
      <form action={completeAction} className="space-y-3" aria-labelledby="complete-heading">
        <input type="hidden" name="salon" value={salon} />
        <input type="hidden" name="booking" value={bookingId} />
        <h3 id="complete-heading" className="font-semibold text-stone-900">
          Mark completed
        </h3>
        <p className="text-sm text-stone-700">The client gets their receipt by email and has the review window to tip or raise a concern; then the saved card is charged.</p>
        {ROWS.slice(0, rows).map((i) => (
          <div key={i} className="grid grid-cols-[1fr_8rem] gap-2">
            <Field name={`extra${i}`} label={`Extra ${i + 1}`} placeholder="e.g. 15 min extra time" maxLength={80} errors={failureOf(state)?.fieldErrors?.[`extra${i}`]} />
            <Field name={`amount${i}`} label={`Amount (${currency})`} inputMode="decimal" placeholder="15.00" errors={failureOf(state)?.fieldErrors?.[`amount${i}`]} />
          </div>
        ))}
        {rows < ROWS.length && (
          <Button variant="ghost" onClick={() => setRows(rows + 1)}>
            + Add an extra or extra time
          </Button>
        )}
        <div>
          <Button type="submit" pending={completing}>
            {completing ? "Saving…" : "Mark completed"}
          </Button>
        </div>
      </form>
      <form action={noShowAction} className="space-y-2 border-t border-stone-200 pt-4">
        <input type="hidden" name="salon" value={salon} />
        <input type="hidden" name="booking" value={bookingId} />
        {!askNoShow ? (
          <Button variant="secondary" onClick={() => setAskNoShow(true)}>
            Client didn&apos;t come
          </Button>
        ) : (
          <>
            <p className="text-sm text-stone-800">{noShowTerms}</p>
            <div className="flex gap-2">
              <Button type="submit" variant="danger" pending={markingNoShow}>
                Mark as no-show
              </Button>
              <Button variant="ghost" onClick={() => setAskNoShow(false)}>
                Keep as booked
              </Button>
            </div>
          </>
        )}
      </form>
      {failure && <Alert tone="error" title={failure.message} />}
    </div>
  );
}
