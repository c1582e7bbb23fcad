import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { MoveBookingForm } from "@/components/staff/move-booking-form";
import { ChoicePills, FreeTimesPicker } from "@/components/booking/free-times-picker";
import { dateTimeLabel, zoneLabel } from "@/components/booking/time-labels";
import { param, parseParam, ZDateParam, ZStartParam } from "@/lib/actions/booking-flow";
import { listTherapistsForService } from "@/lib/booking/public-queries";
import { staffMover } from "@/lib/booking/reschedule-booking";
import { findMoveWindow, getStaffMovableBooking } from "@/lib/booking/reschedule-queries";
import { mayMoveBooking } from "@/lib/booking/reschedule-rules";
import { isAppError } from "@/lib/errors/app-error";
import { instantToLocalParts } from "@/lib/availability/time-zone";
import { parseIdOrNotFound } from "@/lib/tenancy/guard";
import { orNotFound } from "@/lib/tenancy/or-not-found";
import { requireStaffPage, staffPath } from "@/lib/tenancy/staff-page";
import { now as clockNow } from "@/lib/time/clock";

export const metadata: Metadata = { title: "Move booking" };

type Props = { params: Promise<{ salon: string; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// Staff move a booking to another time or (owner) therapist: the free times of the chosen
// therapist, as links and GET forms, then one confirming form. The client is emailed.
export default async function MoveBookingPage({ params, searchParams }: Props) {
  const [{ salon, id }, query] = await Promise.all([params, searchParams]);
  const ctx = await requireStaffPage({ salon, returnTo: staffPath(salon, "bookings", id, "move") });
  const booking = await orNotFound(() => getStaffMovableBooking(ctx, parseIdOrNotFound(id, "Booking")));
  const { locale, slug } = ctx.tenant;
  const tz = booking.location.timeZone;
  const now = clockNow();
  const mover = staffMover(ctx);
  const ruling = mayMoveBooking(booking, mover, now);
  const brief = staffPath(slug, "bookings", booking.id);
  const therapists = mover.kind === "staff" && mover.all ? await listTherapistsForService(ctx.tenantId, booking.serviceId) : [];
  // A booking left with a deactivated therapist (settings → staff) starts on the first one who can take it.
  const leftBehind = mover.kind === "staff" && mover.all && !therapists.some((t) => t.id === booking.therapistId);
  const chosen = therapists.find((t) => t.id === param(query.therapist))?.id ?? (leftBehind ? therapists[0]?.id : undefined) ?? booking.therapistId;
  const chosenName = therapists.find((t) => t.id === chosen)?.displayName ?? booking.therapist.displayName;
  const start = parseParam(ZStartParam, query.start);
  const date = parseParam(ZDateParam, query.date);
  const day = date === "invalid" ? undefined : date;
  const fromParam = parseParam(ZDateParam, query.from);
  const from = fromParam === "invalid" ? undefined : fromParam;
  const action = staffPath(slug, "bookings", booking.id, "move");
  const keep = { therapist: chosen === booking.therapistId ? undefined : chosen };
  const href = (extra: Record<string, string | undefined>) => `${action}?${new URLSearchParams(Object.entries({ ...keep, ...extra }).filter((e): e is [string, string] => e[1] !== undefined)).toString()}`;

  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <Link href={brief} className="text-sm font-medium text-brand-700 hover:underline">
        ← Back to the booking
      </Link>
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold text-stone-900">Move {booking.serviceName}</h1>
        <p className="text-stone-700">
          Now {dateTimeLabel(booking.startsAt, tz, locale)} with {booking.therapist.displayName}.
        </p>
      </header>
      {ruling.allowed && leftBehind && (
        <Alert tone="warning" title={`${booking.therapist.displayName} is no longer bookable for this service`}>
          {therapists.length ? "Choose another therapist and a time for this session." : "No active therapist offers this service: cancel the booking, or reactivate a therapist who offers it."}
        </Alert>
      )}
      {!ruling.allowed ? (
        <Alert tone="info" title="This booking can't be moved">
          {ruling.reason}
        </Alert>
      ) : start && start !== "invalid" ? (
        <section aria-labelledby="confirm-heading" className="space-y-4 rounded-xl border border-stone-200 bg-white p-5">
          <h2 id="confirm-heading" className="text-lg font-semibold text-stone-900">
            Move to {dateTimeLabel(new Date(start), tz, locale)} with {chosenName}?
          </h2>
          <p className="text-sm text-stone-700">
            {zoneLabel(new Date(start), tz, locale)}. The deposit and saved card stay with the booking; nothing is charged or refunded. The client and{" "}
            {chosen !== booking.therapistId ? "both therapists" : "the therapist"} are emailed, and the reminder follows the new time.
          </p>
          <MoveBookingForm salon={slug} bookingId={booking.id} therapistId={chosen} start={start} />
          <Link href={href({ from, date: day })} className="inline-flex min-h-11 items-center text-sm font-semibold text-brand-700 hover:underline">
            Pick another time
          </Link>
        </section>
      ) : (
        <>
          {therapists.length > 1 && <ChoicePills label="Therapist" options={therapists.map((t) => ({ id: t.id, label: t.id === booking.therapistId ? `${t.displayName} (now)` : t.displayName, href: `${action}?${new URLSearchParams(t.id === booking.therapistId ? {} : { therapist: t.id })}` }))} current={chosen} />}
          <MoveTimes booking={booking} therapistId={chosen} now={now} locale={locale} action={action} params={keep} from={from} date={day} />
        </>
      )}
    </div>
  );
}

type TimesProps = { booking: Awaited<ReturnType<typeof getStaffMovableBooking>>; therapistId: string; now: Date; locale: string; action: string; params: Record<string, string | undefined>; from?: string; date?: string };

async function MoveTimes({ booking, therapistId, now, locale, action, params, from, date: picked }: TimesProps) {
  // Unless a day was picked, start from the booking's own.
  const date = picked ?? (from ? undefined : instantToLocalParts(booking.startsAt.getTime(), booking.location.timeZone).date);
  let days;
  try {
    days = await findMoveWindow({ booking, therapistId, now, from, date });
  } catch (error) {
    // CONFLICT: the service is no longer offered; NOT_FOUND: nobody active offers it (see leftBehind).
    if (!isAppError(error, "CONFLICT") && !isAppError(error, "NOT_FOUND")) throw error;
    return <Alert tone="info" title="This booking can't be moved">{error.message}</Alert>;
  }
  return <FreeTimesPicker window={days} locale={locale} action={action} params={params} date={date} offLabel="Not working" empty="No free times with this therapist on these days." />;
}
