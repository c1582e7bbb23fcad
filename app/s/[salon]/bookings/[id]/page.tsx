import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { LinkButton } from "@/components/ui/link-button";
import { SummaryList } from "@/components/booking/summary-list";
import { PolicyNote } from "@/components/booking/policy-note";
import { Address } from "@/components/booking/address";
import { MobileBadge } from "@/components/booking/service-card";
import { BookingStatusBadge } from "@/components/booking/booking-status-badge";
import { CancelSection, CancelledNote } from "@/components/booking/cancel-section";
import { dateTimeLabel, zoneLabel } from "@/components/booking/time-labels";
import { formatMoney } from "@/lib/format/format";
import { getClientBooking } from "@/lib/booking/public-queries";
import { receiptHref, verifyManageToken } from "@/lib/booking/manage-token";
import { cancellationTerms } from "@/lib/booking/cancellation-terms";
import { depositHeldMinor } from "@/lib/payments/ledger";
import { HOLD_EXPIRED_REASON } from "@/lib/payments/expire-hold";
import { settleOnReturn } from "@/lib/payments/checkout-return";
import { HeldBooking } from "@/components/booking/held-booking";
import { ConfirmingPayment } from "@/components/booking/confirming-payment";
import { BookingPayments } from "@/components/booking/booking-payments";
import { ZPolicySnapshotSchema } from "@/lib/booking/policy";
import { isActive } from "@/lib/booking/status";
import { parseIdOrNotFound } from "@/lib/tenancy/guard";
import { param } from "@/lib/actions/booking-flow";
import { loadSalon, type SearchParams } from "../../salon-context";
import { orNotFound } from "@/lib/tenancy/or-not-found";
import { now as clockNow } from "@/lib/time/clock";
import { PreferencesCard } from "@/components/preferences/preferences-card";
import { findBookingPreferences } from "@/lib/preferences/queries";
import { visitAddressLine } from "@/lib/booking/visit-address";
import { ChangeTimeSection } from "@/components/booking/change-time-section";
import { clientMayMove } from "@/lib/booking/reschedule-queries";
import { rescheduleHref } from "@/lib/actions/reschedule-form";

// The link carries a secret token: keep it out of referrers and search engines.
export const metadata: Metadata = { title: "Your booking", referrer: "same-origin", robots: { index: false, follow: false } };

type Params = Promise<{ salon: string; id: string }>;

export default async function ManageBookingPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const [{ salon, id }, query] = await Promise.all([params, searchParams]);
  const { tenant, tenantId } = await loadSalon(salon);
  const bookingId = await orNotFound(async () => parseIdOrNotFound(id, "Booking"));
  const token = param(query.token);
  if (!verifyManageToken(tenantId, bookingId, token)) notFound();
  let booking = (await getClientBooking(tenantId, bookingId)) ?? notFound();
  const checkout = param(query.checkout);
  if (checkout === "return" && booking.status === "PENDING") {
    await settleOnReturn(tenant, param(query.session_id), booking.checkoutSessionId);
    booking = (await getClientBooking(tenantId, bookingId)) ?? notFound();
  }

  const tz = booking.location.timeZone;
  const { locale } = tenant;
  const money = (minor: number) => formatMoney(minor, booking.currency, locale);
  const policy = ZPolicySnapshotSchema.parse(booking.policySnapshot);
  const now = clockNow();
  const cancellable = booking.status === "CONFIRMED" && booking.startsAt > now;
  const entries = booking.payments;
  const terms = cancellationTerms({ policy, depositPaidMinor: depositHeldMinor(entries), startsAt: booking.startsAt, now, currency: booking.currency, locale });
  const preferences = await findBookingPreferences(tenantId, bookingId);
  const preferencesHref = `/s/${tenant.slug}/bookings/${bookingId}/preferences?${new URLSearchParams({ token: token! })}`;
  const returnedUnconfirmed = checkout === "return" && booking.status === "PENDING" && booking.checkoutSessionId === param(query.session_id);

  return (
    <div className="space-y-6">
      {returnedUnconfirmed && <ConfirmingPayment />}
      {(param(query.new) === "1" || checkout === "return") && booking.status === "CONFIRMED" && (
        <Alert tone="success" title="You're booked!" testId="booked-banner">
          We&apos;ve emailed a confirmation to <strong>{booking.contactEmail}</strong>. Keep it: its link lets you view or cancel this booking.
        </Alert>
      )}
      {param(query.again) === "1" && booking.status !== "CANCELLED" && (
        <Alert tone="info" title="You've already booked this time" testId="already-booked">
          This is the booking you made with these details. To book another session, start again below.
        </Alert>
      )}
      {param(query.preferences) === "saved" && (
        <Alert tone="success" title="Preferences saved" testId="preferences-saved">
          Your therapist will read them before your session. You can change them until it starts.
        </Alert>
      )}
      {param(query.moved) === "1" && booking.status === "CONFIRMED" && (
        <Alert tone="success" title={`Moved to ${dateTimeLabel(booking.startsAt, tz, locale)}`} testId="moved-banner">
          We&apos;ve emailed the new time to <strong>{booking.contactEmail}</strong>. Your deposit and saved card carry over: nothing was charged or refunded.
        </Alert>
      )}
      {param(query.cancelled) === "1" && booking.status === "CANCELLED" && (
        <Alert tone="info" title="Your booking is cancelled" testId="cancelled-banner">
          The time is free again for others. We hope to see you another time.
        </Alert>
      )}

      <header className="space-y-2">
        <p className="text-sm font-medium text-stone-600">Your booking at {tenant.name}</p>
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-semibold tracking-tight text-stone-900 sm:text-3xl">{booking.serviceName}</h1>
          <BookingStatusBadge status={booking.status} />
        </div>
      </header>

      {booking.status === "PENDING" && !returnedUnconfirmed && (
        <HeldBooking
          salon={tenant.slug}
          bookingId={booking.id}
          token={token!}
          holdExpiresAt={booking.holdExpiresAt}
          timeZone={tz}
          locale={locale}
          depositLabel={booking.depositMinor > 0 ? money(booking.depositMinor) : null}
          leftCheckout={checkout === "cancelled"}
          now={now}
        />
      )}
      {booking.status === "CANCELLED" && booking.cancelledAt && (
        <CancelledNote startsAt={booking.startsAt} cancelledAt={booking.cancelledAt} noticeHours={policy.cancellationNoticeHours} timeZone={tz} locale={locale} holdLapsed={booking.cancelReason === HOLD_EXPIRED_REASON} />
      )}

      <Card>
        <SummaryList
          testId="booking-summary"
          rows={[
            {
              term: "Date & time",
              value: (
                <>
                  <time dateTime={booking.startsAt.toISOString()}>{dateTimeLabel(booking.startsAt, tz, locale)}</time>
                  <span className="block text-sm font-normal text-stone-600">{zoneLabel(booking.startsAt, tz, locale)}</span>
                </>
              ),
            },
            { term: "Duration", value: `${booking.durationMinutes} min` },
            { term: "Therapist", value: booking.therapist.displayName },
            {
              term: "Where",
              value:
                booking.service.locationType === "MOBILE" ? (
                  <>
                    <MobileBadge />
                    <span className="mt-1 block">{visitAddressLine(booking.visitAddress) ?? "Your address"}</span>
                  </>
                ) : (
                  <Address location={booking.location} />
                ),
            },
            { term: "Price", value: money(booking.priceCents) },
            {
              term: "Booked for",
              value: (
                <>
                  {booking.contactName}
                  <span className="block text-sm font-normal text-stone-700">{booking.contactEmail}</span>
                  <span className="block text-sm font-normal text-stone-700">{booking.contactPhone}</span>
                </>
              ),
            },
            ...(booking.clientNote ? [{ term: "Your note", value: <span className="font-normal whitespace-pre-line">{booking.clientNote}</span> }] : []),
          ]}
        />
      </Card>

      {booking.status !== "PENDING" && booking.status !== "CANCELLED" && (
        <PreferencesCard href={preferencesHref} preferences={preferences?.preferences ?? null} hasHealthNotes={Boolean(preferences?.healthNotes)} editable={booking.status === "CONFIRMED" && booking.startsAt > now} />
      )}

      {booking.status !== "PENDING" && (entries.length > 0 || booking.status !== "CANCELLED") && (
        <BookingPayments
          priceMinor={booking.priceCents}
          currency={booking.currency}
          locale={locale}
          entries={entries}
          upcoming={booking.status === "CONFIRMED"}
          receiptHref={booking.status === "COMPLETED" ? receiptHref(tenant.slug, tenantId, booking.id) : null}
        />
      )}
      {isActive(booking.status) && <PolicyNote terms={policy.terms} summary={policy.summary} noticeHours={policy.cancellationNoticeHours} title={booking.status === "PENDING" ? "What you're agreeing to" : "What you agreed to"} />}
      {cancellable && <ChangeTimeSection {...changeTime(clientMayMove({ ...booking, therapistId: "", noticeHours: policy.cancellationNoticeHours }, now), rescheduleHref(tenant.slug, booking.id, token!))} />}
      {cancellable && <CancelSection salon={tenant.slug} bookingId={booking.id} token={token!} noticeHours={policy.cancellationNoticeHours} terms={terms} />}

      <LinkButton href={`/s/${tenant.slug}`} variant="ghost">
        Book another session
      </LinkButton>
    </div>
  );
}

/** The "Change time" link while the client may move the booking, otherwise the reason why not. */
function changeTime(ruling: ReturnType<typeof clientMayMove>, href: string): { href: string | null; reason: string | null } {
  return ruling.allowed ? { href, reason: null } : { href: null, reason: ruling.reason };
}
