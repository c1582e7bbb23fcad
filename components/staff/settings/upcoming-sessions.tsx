import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { formatDateTime } from "@/lib/format/format";
import type { UpcomingBooking } from "@/lib/staff/members";
import { staffPath } from "@/lib/tenancy/staff-page";

/**
 * Sessions still to come with a therapist, each with the way to hand it to someone else: a
 * confirmed one is moved (the client is emailed); a held one (deposit unpaid) is opened.
 */
export function UpcomingSessions({ bookings, salon, locale, showTherapist = false }: { bookings: UpcomingBooking[]; salon: string; locale: string; showTherapist?: boolean }) {
  return (
    <ul className="divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white">
      {bookings.map((b) => (
        <li key={b.id} className="flex flex-wrap items-center justify-between gap-2 px-3 py-2 text-sm">
          <div className="min-w-0">
            <p className="font-medium text-stone-900">
              {formatDateTime(b.startsAt, b.timeZone, locale)} · {b.serviceName}
            </p>
            <p className="text-stone-700">
              {b.clientName}
              {showTherapist ? ` · with ${b.therapistName}` : ""} {b.status === "PENDING" && <Badge tone="warning">Deposit unpaid</Badge>}
            </p>
          </div>
          {b.status === "CONFIRMED" ? (
            <Link href={staffPath(salon, "bookings", b.id, "move")} className="inline-flex min-h-11 items-center rounded-lg px-2 font-semibold text-brand-700 hover:bg-brand-50 hover:underline">
              Move<span className="sr-only"> {b.clientName}&apos;s session</span>
            </Link>
          ) : (
            <Link href={staffPath(salon, "bookings", b.id)} className="inline-flex min-h-11 items-center rounded-lg px-2 font-semibold text-brand-700 hover:bg-brand-50 hover:underline">
              Open<span className="sr-only"> {b.clientName}&apos;s booking</span>
            </Link>
          )}
        </li>
      ))}
    </ul>
  );
}
