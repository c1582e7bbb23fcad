import type { Metadata } from "next";
import Link from "next/link";
import { requireStaffPage } from "@/lib/tenancy/staff-page";
import { orNotFound } from "@/lib/tenancy/or-not-found";
import { parseIdOrNotFound } from "@/lib/tenancy/guard";
import { getStaffBooking } from "@/lib/booking/staff-queries";
import { formatDateTime, formatMoney, zoneAbbreviation } from "@/lib/format/format";
import { StatusBadge } from "@/components/staff/status-badge";

export const metadata: Metadata = { title: "Booking" };

export default async function StaffBookingPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await requireStaffPage();
  const { id } = await params;
  const booking = await orNotFound(() => getStaffBooking(ctx, parseIdOrNotFound(id, "Booking")));
  const tz = booking.location.timeZone;
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

function Item({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="text-sm text-stone-600">{term}</dt>
      <dd className="font-medium text-stone-900">{children}</dd>
    </div>
  );
}
