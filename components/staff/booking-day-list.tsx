import Link from "next/link";
import type { DayGroup } from "@/lib/booking/group-by-day";
import type { StaffBookingRow } from "@/lib/booking/staff-queries";
import { formatMoney, formatTime } from "@/lib/format/format";
import { StatusBadge } from "./status-badge";

type Props = { days: DayGroup<StaffBookingRow>[]; timeZone: string; showTherapist: boolean; emptyText: string; hideDayHeading?: boolean };

export function BookingDayList({ days, timeZone, showTherapist, emptyText, hideDayHeading }: Props) {
  if (days.length === 0) {
    return <p className="mt-4 rounded-xl border border-dashed border-stone-300 bg-white p-6 text-center text-stone-600">{emptyText}</p>;
  }
  return (
    <div className="mt-4 space-y-6">
      {days.map((day) => (
        <div key={day.date}>
          {!hideDayHeading && <h3 className="mb-2 text-sm font-semibold uppercase tracking-wide text-stone-600">{dayTitle(day.date)}</h3>}
          <ul className="divide-y divide-stone-200 overflow-hidden rounded-xl border border-stone-200 bg-white">
            {day.items.map((b) => (
              <li key={b.id}>
                <Link href={`/staff/bookings/${b.id}`} className="flex flex-wrap items-center gap-x-4 gap-y-1 px-4 py-3 hover:bg-stone-50">
                  <span className="w-44 whitespace-nowrap font-medium tabular-nums text-stone-900">
                    {formatTime(b.startsAt, timeZone)}–{formatTime(b.endsAt, timeZone)}
                  </span>
                  <span className="min-w-40 flex-1">
                    <span className="block font-medium text-stone-900">{b.contactName}</span>
                    <span className="block text-sm text-stone-600">
                      {b.serviceName}
                      {showTherapist ? ` · ${b.therapist.displayName}` : ""}
                    </span>
                  </span>
                  <span className="text-sm tabular-nums text-stone-700">{formatMoney(b.priceCents, b.currency)}</span>
                  <StatusBadge status={b.status} />
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}

function dayTitle(localDate: string): string {
  // Noon UTC of that date names the same calendar day in every zone we display.
  return new Intl.DateTimeFormat("en-US", { weekday: "long", month: "long", day: "numeric", timeZone: "UTC" }).format(new Date(`${localDate}T12:00:00Z`));
}
