"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { calendarFeedAction, type ScheduleResult } from "@/lib/actions/schedule";
import { failureOf, type FormState } from "@/lib/server/action-result";

type Props = { salon: string; therapist: string; activeSince: string | null };

/** The private feed: shown once when made (only its hash is kept), revocable. */
export function CalendarFeedCard({ salon, therapist, activeSince }: Props) {
  const [state, action, pending] = useActionState<FormState<ScheduleResult>, FormData>(calendarFeedAction, null);
  const failure = failureOf(state);
  const result = state?.ok ? state.data : null;
  const feedUrl = result && "feedUrl" in result ? result.feedUrl : null;
  const active = feedUrl !== null || (activeSince !== null && !(result && "revoked" in result));
  return (
    <form action={action} aria-label="Calendar feed" className="space-y-3">
      <input type="hidden" name="salon" value={salon} />
      <input type="hidden" name="therapist" value={therapist} />
      <p className="text-sm text-stone-700">Subscribe to your sessions in Google, Apple or Outlook Calendar. The link is private: anyone who has it sees your sessions (times, services, first names; never health notes).</p>
      {failure && <Alert tone="error" title={failure.message} />}
      {feedUrl && (
        <Alert tone="success" title="Your private calendar link">
          <p>Copy it now: for your safety we show it only once. In your calendar app choose &ldquo;Subscribe&rdquo; or &ldquo;Add by URL&rdquo;.</p>
          <input readOnly value={feedUrl} aria-label="Calendar feed link" className="mt-2 w-full rounded-lg border border-stone-300 bg-white px-2 py-2 font-mono text-xs" onFocus={(e) => e.currentTarget.select()} />
        </Alert>
      )}
      {result && "revoked" in result && <Alert tone="info" title="The link is switched off. Calendars subscribed to it stop updating." />}
      {!feedUrl && active && activeSince && <p className="text-sm text-stone-600">A link is active since {new Date(activeSince).toLocaleDateString("en-US", { dateStyle: "medium" })}.</p>}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" name="intent" value="create" variant="secondary" pending={pending}>
          {active ? "Make a new link (the old one stops)" : "Make my calendar link"}
        </Button>
        {active && (
          <Button type="submit" name="intent" value="revoke" variant="ghost" pending={pending}>
            Switch off the link
          </Button>
        )}
      </div>
    </form>
  );
}
