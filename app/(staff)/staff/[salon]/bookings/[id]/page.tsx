import type { Metadata } from "next";
import Link from "next/link";
import { requireStaffPage } from "@/lib/tenancy/staff-page";
import { orNotFound } from "@/lib/tenancy/or-not-found";
import { parseIdOrNotFound } from "@/lib/tenancy/guard";
import { getStaffBooking } from "@/lib/booking/staff-queries";
import { formatDateTime, formatMoney, zoneAbbreviation } from "@/lib/format/format";
import { StatusBadge } from "@/components/staff/status-badge";
import { CompleteSessionForm } from "@/components/staff/complete-session-form";
import { PaymentLedger } from "@/components/staff/payment-ledger";
import { ZPolicySnapshotSchema, type TPolicySnapshot } from "@/lib/booking/policy";
import { receiptHref } from "@/lib/booking/manage-token";
import { BALANCE_STATUS_LABELS } from "@/lib/payments/balance-status";
import { receiptFigures } from "@/lib/payments/receipt";
import { now as clockNow } from "@/lib/time/clock";

export const metadata: Metadata = { title: "Booking" };

export default async function StaffBookingPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await requireStaffPage();
  const { id } = await params;
  const booking = await orNotFound(() => getStaffBooking(ctx, parseIdOrNotFound(id, "Booking")));
  const tz = booking.location.timeZone;
  const now = clockNow();
  const money = (minor: number) => formatMoney(minor, booking.currency);
  const policy = ZPolicySnapshotSchema.parse(booking.policySnapshot);
  const figures = receiptFigures(booking, booking.extras, booking.payments);
  return (
    <article className="space-y-6">
      <Link href="/staff" className="text-sm font-medium text-brand-700 hover:underline">
        ← All bookings
      </Link>
      <header className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold text-stone-900">{booking.contactName}</h1>
        <StatusBadge status={booking.status} />
      </header>
      <dl className="grid gap-4 rounded-xl border border-stone-200 bg-white p-5 sm:grid-cols-2">
        <Item term="When">
          {formatDateTime(booking.startsAt, tz)} ({zoneAbbreviation(booking.startsAt, tz)})
        </Item>
        <Item term="Service">
          {booking.serviceName} · {booking.durationMinutes} min
        </Item>
        <Item term="Therapist">{booking.therapist.displayName}</Item>
        <Item term="Price">{formatMoney(booking.priceCents, booking.currency)}</Item>
        <Item term="Email">{booking.contactEmail}</Item>
        <Item term="Phone">{booking.contactPhone}</Item>
        {(booking.client.name !== booking.contactName || booking.client.phone !== booking.contactPhone) && (
          <Item term="On file for this email">
            {booking.client.name} · {booking.client.phone}
            <span className="block text-sm text-stone-600">This booking was made with other details than the client&apos;s record.</span>
          </Item>
        )}
        {booking.clientNote && <Item term="Note from the client">{booking.clientNote}</Item>}
        {booking.cancelReason && <Item term="Cancellation reason">{booking.cancelReason}</Item>}
      </dl>
      {booking.status === "CONFIRMED" && booking.startsAt <= now && (
        <section aria-labelledby="session-heading" className="space-y-3 rounded-xl border border-stone-200 bg-white p-5">
          <h2 id="session-heading" className="text-lg font-semibold text-stone-900">
            After the session
          </h2>
          <CompleteSessionForm bookingId={booking.id} currency={booking.currency} noShowTerms={noShowTerms(policy, money)} />
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
              <Link href="/staff/payments" className="font-semibold text-brand-700 hover:underline">
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

function Item({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="text-sm text-stone-600">{term}</dt>
      <dd className="font-medium text-stone-900">{children}</dd>
    </div>
  );
}
