import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { LinkButton } from "@/components/ui/link-button";
import { RescheduleConfirmForm } from "@/components/booking/reschedule-confirm-form";
import { dateTimeLabel, zoneLabel } from "@/components/booking/time-labels";
import { ChoicePills, FreeTimesPicker } from "@/components/booking/free-times-picker";
import { param, parseParam, ZDateParam, ZStartParam } from "@/lib/actions/booking-flow";
import { rescheduleHref } from "@/lib/actions/reschedule-form";
import { manageHref, verifyManageToken } from "@/lib/booking/manage-token";
import { isFreeCancellation } from "@/lib/booking/policy";
import { clientMayMove, findMoveWindow, getMovableBooking, type MovableBooking } from "@/lib/booking/reschedule-queries";
import { isAppError } from "@/lib/errors/app-error";
import { instantToLocalParts } from "@/lib/availability/time-zone";
import { parseIdOrNotFound } from "@/lib/tenancy/guard";
import { orNotFound } from "@/lib/tenancy/or-not-found";
import { now as clockNow } from "@/lib/time/clock";
import { loadSalon, type SearchParams } from "../../../salon-context";

// The client moves their booking from its manage link: days and free times like the booking
// flow's time step (its components; every choice a link or a GET form, so no JavaScript is
// needed), then one confirming form. Only while the salon's free-cancellation window is open.

export const metadata: Metadata = { title: "Change the time", referrer: "same-origin", robots: { index: false, follow: false } };

type Params = Promise<{ salon: string; id: string }>;
type Therapist = "same" | "any";

export default async function ReschedulePage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const [{ salon, id }, query] = await Promise.all([params, searchParams]);
  const { tenant, tenantId } = await loadSalon(salon);
  const bookingId = await orNotFound(async () => parseIdOrNotFound(id, "Booking"));
  const token = param(query.token);
  if (!token || !verifyManageToken(tenantId, bookingId, token)) notFound();
  const booking = (await getMovableBooking(tenantId, bookingId)) ?? notFound();

  const now = clockNow();
  const tz = booking.location.timeZone;
  const therapist: Therapist = param(query.therapist) === "any" ? "any" : "same";
  const back = manageHref(tenant.slug, booking.id, token);
  const ruling = clientMayMove(booking, now);
  const start = parseParam(ZStartParam, query.start);
  const date = parseParam(ZDateParam, query.date);
  const day = date === "invalid" ? undefined : date;
  const from = parseParam(ZDateParam, query.from);
  const windowFrom = from === "invalid" ? undefined : from;
  const notice = param(query.notice);
  const here = (extra: Record<string, string | undefined>) => rescheduleHref(tenant.slug, booking.id, token, { therapist: therapist === "any" ? "any" : undefined, ...extra });

  return (
    <div className="space-y-6">
      <div className="space-y-3">
        <Link href={back} className="-ml-2 inline-flex min-h-11 items-center gap-1 rounded-lg px-2 text-sm font-semibold text-brand-700 hover:bg-brand-50">
          <span aria-hidden="true">←</span> Your booking
        </Link>
        <h1 className="text-2xl font-semibold tracking-tight text-stone-900 sm:text-3xl">Change the time</h1>
        <p data-testid="current-time" className="text-stone-700">
          {booking.serviceName} ({booking.durationMinutes} min) with {booking.therapist.displayName}, now on{" "}
          <strong className="font-semibold text-stone-900">{dateTimeLabel(booking.startsAt, tz, tenant.locale)}</strong>.
        </p>
      </div>

      {!ruling.allowed ? (
        <Alert tone="info" title="This booking can't be moved online" testId="cannot-move">
          {ruling.reason}
        </Alert>
      ) : start && start !== "invalid" ? (
        <ConfirmMove booking={booking} salon={tenant.slug} locale={tenant.locale} token={token} start={new Date(start)} therapist={therapist} anotherTime={here({ from: windowFrom, date: day })} now={now} />
      ) : (
        <>
          {notice === "taken" && (
            <Alert tone="warning" title="That time was just booked" testId="slot-taken">
              Someone booked it a moment before you. Here are the times still free.
            </Alert>
          )}
          {notice === "gone" && (
            <Alert tone="warning" title="That time is no longer available" testId="slot-gone">
              Please pick another time.
            </Alert>
          )}
          <ChoicePills
            label="Therapist"
            current={therapist}
            options={[
              { id: "same", label: `With ${booking.therapist.displayName}`, href: rescheduleHref(tenant.slug, booking.id, token, { from: windowFrom, date: day }) },
              { id: "any", label: "Any therapist", href: rescheduleHref(tenant.slug, booking.id, token, { therapist: "any", from: windowFrom, date: day }) },
            ]}
          />
          <FreeTimes booking={booking} salon={tenant.slug} locale={tenant.locale} token={token} therapist={therapist} from={windowFrom} date={day} now={now} />
        </>
      )}
      <LinkButton href={back} variant="ghost">
        Keep my booking as it is
      </LinkButton>
    </div>
  );
}

type TimesProps = { booking: MovableBooking; salon: string; locale: string; token: string; therapist: Therapist; from?: string; date?: string; now: Date };

async function FreeTimes({ booking, salon, locale, token, therapist, from, date: picked, now }: TimesProps) {
  // Unless the client picked a day, start from the booking's own: times near the one they had.
  const date = picked ?? (from ? undefined : instantToLocalParts(booking.startsAt.getTime(), booking.location.timeZone).date);
  let days;
  try {
    days = await findMoveWindow({ booking, therapistId: therapist === "same" ? booking.therapistId : "any", now, from, date });
  } catch (error) {
    if (!isAppError(error, "CONFLICT")) throw error;
    return <Alert tone="info" title="This booking can't be moved online">{error.message}</Alert>;
  }
  const empty = therapist === "same" ? `${booking.therapist.displayName} has no other free time on these days. Try any therapist, or contact the salon.` : "No other free times on these days.";
  return (
    <FreeTimesPicker
      window={days}
      locale={locale}
      action={`/s/${salon}/bookings/${booking.id}/reschedule`}
      params={{ token, therapist: therapist === "any" ? "any" : undefined }}
      date={date}
      offLabel={therapist === "same" ? "Not working" : "Closed"}
      empty={empty}
    />
  );
}

type ConfirmProps = { booking: MovableBooking; salon: string; locale: string; token: string; start: Date; therapist: Therapist; anotherTime: string; now: Date };

function ConfirmMove({ booking, salon, locale, token, start, therapist, anotherTime, now }: ConfirmProps) {
  const tz = booking.location.timeZone;
  const hours = booking.noticeHours;
  const insideWindow = !isFreeCancellation(start, hours, now);
  return (
    <Card as="section" aria-labelledby="confirm-heading" className="space-y-4">
      <h2 id="confirm-heading" className="text-lg font-semibold text-stone-900">
        Move your booking to this time?
      </h2>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2">
        <dt className="text-sm font-medium text-stone-600">New time</dt>
        <dd data-testid="new-time" className="font-semibold text-stone-900">
          <time dateTime={start.toISOString()}>{dateTimeLabel(start, tz, locale)}</time>
          <span className="block text-sm font-normal text-stone-600">{zoneLabel(start, tz, locale)}</span>
        </dd>
        <dt className="text-sm font-medium text-stone-600">Was</dt>
        <dd className="text-stone-600 line-through">{dateTimeLabel(booking.startsAt, tz, locale)}</dd>
        <dt className="text-sm font-medium text-stone-600">Therapist</dt>
        <dd className="text-stone-900">{therapist === "same" ? booking.therapist.displayName : `${booking.therapist.displayName} if free, otherwise another therapist`}</dd>
      </dl>
      <p className="text-sm text-stone-700">Nothing is charged or refunded: your deposit and saved card carry over to the new time, under the same policy. We&apos;ll email you the new time.</p>
      {insideWindow && hours > 0 && (
        <Alert tone="warning" title="Inside the cancellation window" testId="inside-window">
          This time is less than {hours} hours away: once moved, it can no longer be cancelled or moved free of charge.
        </Alert>
      )}
      <RescheduleConfirmForm salon={salon} bookingId={booking.id} token={token} start={start.toISOString()} therapist={therapist} />
      <Link href={anotherTime} className="inline-flex min-h-11 items-center text-sm font-semibold text-brand-700 hover:underline">
        Pick another time
      </Link>
    </Card>
  );
}
