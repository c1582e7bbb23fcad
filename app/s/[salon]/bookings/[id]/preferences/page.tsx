import type { Metadata } from "next";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { LinkButton } from "@/components/ui/link-button";
import { PreferencesForm } from "@/components/preferences/preferences-form";
import { dateTimeLabel } from "@/components/booking/time-labels";
import { manageHref } from "@/lib/booking/manage-token";
import { param } from "@/lib/actions/booking-flow";
import { PREFERENCES_CLOSED } from "@/lib/preferences/save-booking-preferences";
import { findBookingPreferences, findClientProfile } from "@/lib/preferences/queries";
import { now as clockNow } from "@/lib/time/clock";
import type { SearchParams } from "../../../salon-context";
import { loadLinkedBooking } from "../linked-booking";

// "How would you like your session?": the booking's preferences, for the holder of its manage
// link (proof enough of who the client is to offer what they said last time).
export const metadata: Metadata = { title: "Your session preferences", referrer: "same-origin", robots: { index: false, follow: false } };

type Params = Promise<{ salon: string; id: string }>;

export default async function PreferencesPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { tenant, tenantId, bookingId, token, booking, query } = await loadLinkedBooking(params, searchParams, "manage");
  const [current, profile] = await Promise.all([findBookingPreferences(tenantId, bookingId), findClientProfile(tenantId, booking.clientId)]);
  const open = (booking.status === "PENDING" || booking.status === "CONFIRMED") && booking.startsAt > clockNow();
  const sameAsLastTime = param(query.prefill) === "last" && profile !== null;
  const shown = sameAsLastTime ? profile : current;
  const back = manageHref(tenant.slug, bookingId, token);

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <p className="text-sm font-medium text-stone-600">
          {booking.serviceName} with {booking.therapist.displayName}, <time dateTime={booking.startsAt.toISOString()}>{dateTimeLabel(booking.startsAt, booking.location.timeZone, tenant.locale)}</time>
        </p>
        <h1 className="text-2xl font-semibold tracking-tight text-stone-900 sm:text-3xl">How would you like your session?</h1>
        <p className="text-stone-700">Your therapist reads this before you arrive. Only the goal is needed; leave anything else as &ldquo;no preference&rdquo; and they will ask.</p>
      </header>

      {!open ? (
        <Alert tone="info" title={PREFERENCES_CLOSED} />
      ) : (
        <>
          {profile && !current && !sameAsLastTime && (
            <Card className="flex flex-wrap items-center justify-between gap-3">
              <p className="text-stone-800">You told us your preferences before. Start from those?</p>
              <LinkButton href={`/s/${tenant.slug}/bookings/${bookingId}/preferences?${new URLSearchParams({ token, prefill: "last" })}`} variant="secondary">
                Same as last time
              </LinkButton>
            </Card>
          )}
          {sameAsLastTime && <Alert tone="info" title="Filled in from last time">Change anything you like for this session, then save.</Alert>}
          <Card>
            <PreferencesForm key={sameAsLastTime ? "last" : "current"} link={{ salon: tenant.slug, booking: bookingId, token }} defaults={shown?.preferences ?? null} healthNotes={shown?.healthNotes ?? null} rememberByDefault={profile === null || sameAsLastTime} />
          </Card>
        </>
      )}
      <LinkButton href={back} variant="ghost">
        Back to your booking
      </LinkButton>
    </div>
  );
}
