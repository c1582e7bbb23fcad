import type { Metadata } from "next";
import Link from "next/link";
import { requireStaffPage, staffPath } from "@/lib/tenancy/staff-page";
import { orNotFound } from "@/lib/tenancy/or-not-found";
import { can, parseIdOrNotFound } from "@/lib/tenancy/guard";
import { getSessionBrief } from "@/lib/brief/get-session-brief";
import { localDateOf } from "@/lib/calendar/dates";
import { calendarHref } from "@/lib/calendar/placement";
import { formatDateTime, formatDuration, formatMoney, formatTime, zoneAbbreviation } from "@/lib/format/format";
import { StatusBadge } from "@/components/staff/status-badge";
import { ChangesCard, CheckInCard, HealthCard, PreferencesBriefCard, WhereCard, WhoCard } from "@/components/staff/brief/brief-sections";
import { NotesCard } from "@/components/staff/brief/notes-card";
import { CompleteSessionForm } from "@/components/staff/complete-session-form";
import { PaymentLedger } from "@/components/staff/payment-ledger";
import { ZPolicySnapshotSchema, type TPolicySnapshot } from "@/lib/booking/policy";
import { receiptHref } from "@/lib/booking/manage-token";
import { BALANCE_STATUS_LABELS } from "@/lib/payments/balance-status";
import { receiptFigures } from "@/lib/payments/receipt";
import { now as clockNow } from "@/lib/time/clock";
import { staffMover } from "@/lib/booking/reschedule-booking";
import { BookingChanges } from "@/components/staff/booking-changes";

export const metadata: Metadata = { title: "Session brief" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function StaffBookingPage({ params, searchParams }: { params: Promise<{ salon: string; id: string }>; searchParams: SearchParams }) {
  const [{ salon, id }, query] = await Promise.all([params, searchParams]);
  const ctx = await requireStaffPage({ salon, returnTo: staffPath(salon, "bookings", id) });
  const brief = await orNotFound(() => getSessionBrief(ctx, parseIdOrNotFound(id, "Booking")));
  const { booking } = brief;
  const tz = booking.location.timeZone;
  const locale = ctx.tenant.locale;
  const fmt = { timeZone: tz, locale };
  const now = clockNow();
  const money = (minor: number) => formatMoney(minor, booking.currency, locale);
  const policy = ZPolicySnapshotSchema.parse(booking.policySnapshot);
  const figures = receiptFigures(booking, booking.extras, booking.payments);
  const own = ctx.therapistId !== null && booking.therapist.id === ctx.therapistId;
  const canNote = (can(ctx, "notes.write.all") || (own && can(ctx, "notes.write.own"))) && ["CONFIRMED", "COMPLETED", "NO_SHOW"].includes(booking.status);
  return (
    <article className="mx-auto max-w-5xl space-y-6">
      <Link href={calendarHref(ctx.tenant.slug, { view: "day", date: localDateOf(booking.startsAt, tz) })} className="text-sm font-medium text-brand-700 hover:underline">
        ← Calendar
      </Link>
      <header className="space-y-1">
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-semibold text-stone-900">{booking.contactName}</h1>
          <StatusBadge status={booking.status} />
        </div>
        <p className="text-lg text-stone-800">
          <time dateTime={booking.startsAt.toISOString()} className="font-semibold">
            {formatDateTime(booking.startsAt, tz, locale)}
          </time>{" "}
          – {formatTime(booking.endsAt, tz, locale)} ({zoneAbbreviation(booking.startsAt, tz, locale)})
        </p>
        <p className="text-stone-700">
          {booking.serviceName} · {formatDuration(booking.durationMinutes)} · with {booking.therapist.displayName} · {money(booking.priceCents)}
        </p>
      </header>
      <BookingChanges
        salon={ctx.tenant.slug}
        booking={{ ...booking, therapistId: booking.therapist.id, noticeHours: policy.cancellationNoticeHours }}
        mover={staffMover(ctx)}
        fmt={fmt}
        now={now}
        notice={query.booked === "1" ? "booked" : query.moved === "1" ? "moved" : null}
      />
      <div className="grid gap-4 md:grid-cols-2 md:items-start">
        <PreferencesBriefCard brief={brief} fmt={fmt} />
        <div className="space-y-4">
          <HealthCard brief={brief} />
          <ChangesCard brief={brief} fmt={fmt} />
        </div>
        <WhoCard brief={brief} salon={ctx.tenant.slug} />
        <WhereCard brief={brief} />
        <CheckInCard checkIn={brief.lastCheckIn} id="last-check-in-heading" title="Their last check-in" fmt={fmt} empty="No check-in from an earlier session." />
        <CheckInCard checkIn={brief.thisCheckIn} id="this-check-in-heading" title="Check-in after this session" fmt={fmt} />
        <NotesCard brief={brief} salon={ctx.tenant.slug} canNote={canNote} fmt={fmt} />
      </div>
      {booking.cancelReason && (
        <p className="rounded-xl border border-stone-200 bg-white p-4 text-sm text-stone-800">
          <span className="font-semibold">Cancellation reason:</span> {booking.cancelReason}
        </p>
      )}
      {booking.status === "CONFIRMED" && booking.startsAt <= now && (
        <section aria-labelledby="session-heading" className="space-y-3 rounded-xl border border-stone-200 bg-white p-5">
          <h2 id="session-heading" className="text-lg font-semibold text-stone-900">
            After the session
          </h2>
          <CompleteSessionForm salon={ctx.tenant.slug} bookingId={booking.id} currency={booking.currency} noShowTerms={noShowTerms(policy, money)} />
        </section>
      )}
      <section aria-labelledby="payments-heading" className="space-y-3 rounded-xl border border-stone-200 bg-white p-5">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="payments-heading" className="text-lg font-semibold text-stone-900">
            Payments
          </h2>
          {booking.status === "COMPLETED" && <span className="rounded-full bg-stone-100 px-2.5 py-0.5 text-sm font-medium text-stone-800" data-testid="balance-status">{BALANCE_STATUS_LABELS[booking.balanceStatus]}</span>}
        </div>
        {booking.status === "COMPLETED" && (
          <p className="text-sm text-stone-700">
            {figures.dueMinor > 0 ? `${money(figures.dueMinor)} to charge` : "Nothing left to charge"}
            {figures.tipMinor > 0 ? ` · tip ${money(figures.tipMinor)}${figures.tipPaid ? " (paid)" : ""}` : ""}
            {booking.balanceStatus === "IN_REVIEW" && booking.reviewEndsAt ? ` · charged automatically ${formatDateTime(booking.reviewEndsAt, tz)}` : ""}
            {booking.balanceStatus === "RETRY_SCHEDULED" && booking.nextChargeAt ? ` · next try ${formatDateTime(booking.nextChargeAt, tz)}` : ""}
          </p>
        )}
        {booking.extras.length > 0 && (
          <ul className="text-sm text-stone-800">
            {booking.extras.map((x) => (
              <li key={x.id}>
                Extra: {x.description} · {money(x.amountMinor)}
              </li>
            ))}
          </ul>
        )}
        {booking.concern && (
          <p className="text-sm text-stone-800">
            Concern from the client: “{booking.concern.message}”{" "}
            {booking.concern.status === "OPEN" ? (
              <Link href={staffPath(ctx.tenant.slug, "payments")} className="font-semibold text-brand-700 hover:underline">
                Decide
              </Link>
            ) : (
              `(decided: ${booking.concern.decision?.toLowerCase().replace("_", " ")})`
            )}
          </p>
        )}
        {booking.disputes.map((d) => (
          <p key={d.id} className="text-sm font-medium text-rose-800">
            Disputed by the card holder: {money(d.amountMinor)} ({d.reason.replaceAll("_", " ")}), status {d.status.replaceAll("_", " ")}
          </p>
        ))}
        <PaymentLedger records={booking.payments} timeZone={tz} />
        {booking.status === "COMPLETED" && (
          <Link href={receiptHref(ctx.tenant.slug, ctx.tenantId, booking.id)} className="inline-block text-sm font-semibold text-brand-700 hover:underline">
            Open the client&apos;s receipt
          </Link>
        )}
      </section>
      <section aria-labelledby="history-heading">
        <h2 id="history-heading" className="text-lg font-semibold text-stone-900">
          History
        </h2>
        <ol className="mt-2 space-y-1 text-sm text-stone-700">
          {booking.events.map((e) => (
            <li key={e.id}>
              {formatDateTime(e.createdAt, tz)}: {e.fromStatus ? `${e.fromStatus.toLowerCase()} → ` : ""}
              {e.toStatus.toLowerCase()} by {e.actor}
              {e.note ? ` (${e.note})` : ""}
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}

/** What marking a no-show does, by the booking's policy. */
function noShowTerms(policy: TPolicySnapshot, money: (minor: number) => string): string {
  const parts = [policy.depositMinor > 0 ? `the ${money(policy.depositMinor)} deposit is kept` : null, policy.noShowFeeMinor > 0 ? `a no-show fee of ${money(policy.noShowFeeMinor)} is charged to the client's saved card` : null].filter(Boolean);
  return `Under this booking's policy, ${parts.length ? parts.join(" and ") : "nothing is charged"}. The client is not emailed a receipt.`;
}
