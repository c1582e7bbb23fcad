"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { addSessionNoteAction } from "@/lib/actions/session-notes";
import { failureOf, type FormState } from "@/lib/server/action-result";
import { NOTE_MAX_LENGTH } from "@/lib/notes/limits";

/** A short treatment note on this session; the form clears once it is saved. */
export function SessionNoteForm({ salon, bookingId }: { salon: string; bookingId: string }) {
  const [state, formAction, pending] = useActionState<FormState<{ id: string }>, FormData>(addSessionNoteAction, null);
  const failure = failureOf(state);
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="salon" value={salon} />
      <input type="hidden" name="booking" value={bookingId} />
      <Field
        multiline
        name="body"
        label="Add a treatment note"
        hint="What you worked on, what helped, what to try next time. Only the salon's staff see it."
        rows={3}
        maxLength={NOTE_MAX_LENGTH}
        required
        defaultValue={failure?.values?.body}
        errors={failure?.fieldErrors?.body}
        key={failure ? "failed" : state?.ok ? `saved-${state.data.id}` : "new"}
      />
      {failure && !failure.fieldErrors?.body && <Alert tone="error" title={failure.message} />}
      {state?.ok && (
        <p role="status" className="text-sm font-medium text-brand-700">
          Note saved.
        </p>
      )}
      <Button type="submit" variant="secondary" pending={pending}>
        {pending ? "Saving…" : "Add note"}
      </Button>
    </form>
  );
}
