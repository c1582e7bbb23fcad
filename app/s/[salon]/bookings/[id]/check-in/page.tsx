import type { Metadata } from "next";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { LinkButton } from "@/components/ui/link-button";
import { CheckInForm } from "@/components/checkins/check-in-form";
import { dateTimeLabel } from "@/components/booking/time-labels";
import { receiptHref } from "@/lib/booking/manage-token";
import { param } from "@/lib/actions/booking-flow";
import { ALREADY_CHECKED_IN, CHECK_IN_NOT_OPEN, findCheckIn } from "@/lib/checkins/submit-check-in";
import { GOAL_LABELS } from "@/lib/preferences/options";
import { findBookingPreferences } from "@/lib/preferences/queries";
import type { SearchParams } from "../../../salon-context";
import { loadLinkedBooking } from "../linked-booking";

// The one-minute check-in after a session, opened from the receipt (its link is the session's
// receipt link: it works without signing in, for this session only).
export const metadata: Metadata = { title: "How was your session?", referrer: "same-origin", robots: { index: false, follow: false } };

type Params = Promise<{ salon: string; id: string }>;

export default async function CheckInPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { tenant, tenantId, bookingId, token, booking, query } = await loadLinkedBooking(params, searchParams, "receipt");
  const [checkIn, preferences] = await Promise.all([findCheckIn(tenantId, bookingId), findBookingPreferences(tenantId, bookingId)]);
  const justSent = param(query.sent) === "1" && checkIn !== null;

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <p className="text-sm font-medium text-stone-600">
          {booking.serviceName} with {booking.therapist.displayName}, <time dateTime={booking.startsAt.toISOString()}>{dateTimeLabel(booking.startsAt, booking.location.timeZone, tenant.locale)}</time>
        </p>
        <h1 className="text-2xl font-semibold tracking-tight text-stone-900 sm:text-3xl">How was your session?</h1>
      </header>
      {justSent ? (
        <Alert tone="success" title="Thank you for telling us" testId="check-in-sent">
          {checkIn.appliedChanges.length > 0 ? "We've updated your preferences, and your therapist will see your answers before your next session." : "Your therapist will see your answers before your next session."}
        </Alert>
      ) : checkIn ? (
        <Alert tone="info" title={ALREADY_CHECKED_IN} />
      ) : booking.status !== "COMPLETED" ? (
        <Alert tone="info" title={CHECK_IN_NOT_OPEN} />
      ) : (
        <Card>
          <CheckInForm link={{ salon: tenant.slug, booking: bookingId, token }} goalLabel={preferences ? GOAL_LABELS[preferences.preferences.goal] : null} />
        </Card>
      )}
      <LinkButton href={receiptHref(tenant.slug, tenantId, bookingId)} variant="ghost">
        Back to your receipt
      </LinkButton>
    </div>
  );
}
