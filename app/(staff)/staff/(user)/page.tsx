import type { Metadata } from "next";
import { requireStaffPage } from "@/lib/tenancy/staff-page";
import { can } from "@/lib/tenancy/guard";
import { listStaffBookings } from "@/lib/booking/staff-queries";
import { groupByLocalDay } from "@/lib/booking/group-by-day";
import { BookingDayList } from "@/components/staff/booking-day-list";
import { zoneLabel } from "@/components/booking/time-labels";
import { now as clockNow } from "@/lib/time/clock";

export const metadata: Metadata = { title: "Bookings" };

const DAY_MS = 86_400_000;
const UPCOMING_DAYS = 14;

export default async function StaffHomePage() {
  const ctx = await requireStaffPage();
  const now = clockNow();
  const timeZone = ctx.tenant.timeZone;
  // From the start of today (local) so the morning's finished sessions still show.
  const bookings = await listStaffBookings(ctx, { from: new Date(now.getTime() - DAY_MS), to: new Date(now.getTime() + UPCOMING_DAYS * DAY_MS) });
  const days = groupByLocalDay(bookings, timeZone, now);
  const today = days.find((d) => d.isToday);
  const upcoming = days.filter((d) => !d.isToday && !d.isPast);
  const everyone = can(ctx, "bookings.read.all");

  return (
    <div className="space-y-8">
      <section aria-labelledby="today-heading">
        <h1 id="today-heading" className="text-2xl font-semibold text-stone-900">
          Today
        </h1>
        <p className="text-sm text-stone-600">{everyone ? "All therapists" : "Your sessions"} · times in {zoneLabel(now, timeZone)}</p>
        <BookingDayList days={today ? [today] : []} timeZone={timeZone} showTherapist={everyone} emptyText="No sessions today." hideDayHeading />
      </section>
      <section aria-labelledby="upcoming-heading">
        <h2 id="upcoming-heading" className="text-xl font-semibold text-stone-900">
          Upcoming
        </h2>
        <p className="text-sm text-stone-600">The next {UPCOMING_DAYS} days</p>
        <BookingDayList days={upcoming} timeZone={timeZone} showTherapist={everyone} emptyText="Nothing booked in the next two weeks yet." />
      </section>
    </div>
  );
}
