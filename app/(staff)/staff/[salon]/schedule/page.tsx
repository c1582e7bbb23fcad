import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { HoursForm } from "@/components/staff/schedule/hours-form";
import { RemoveTimeOffButton, TimeOffForm } from "@/components/staff/schedule/time-off-form";
import { CalendarFeedCard } from "@/components/staff/schedule/calendar-feed-card";
import { dateTimeLabel, zoneLabel } from "@/components/booking/time-labels";
import { findActiveFeed } from "@/lib/calendar-feed/feeds";
import { listScheduleTherapists, scheduleTherapistFor } from "@/lib/hours/schedule-access";
import { getHours } from "@/lib/hours/update-hours";
import { cx } from "@/components/ui/cx";
import { orNotFound } from "@/lib/tenancy/or-not-found";
import { requireStaffPage, staffPath } from "@/lib/tenancy/staff-page";
import { now as clockNow } from "@/lib/time/clock";

export const metadata: Metadata = { title: "Hours and time off" };

type Props = { params: Promise<{ salon: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** A therapist's weekly hours, time off and calendar feed (the owner picks the therapist). */
export default async function SchedulePage({ params, searchParams }: Props) {
  const [{ salon }, query] = await Promise.all([params, searchParams]);
  const staff = await requireStaffPage({ salon });
  const requested = typeof query.therapist === "string" ? query.therapist : null;
  const therapist = await orNotFound(() => scheduleTherapistFor(staff, requested));
  const [others, hours, feed] = await Promise.all([listScheduleTherapists(staff), getHours(staff.tenantId, therapist.id), findActiveFeed(staff.tenantId, therapist.id)]);
  const timeZone = staff.tenant.timeZone;
  const now = clockNow();
  const slug = staff.tenant.slug;

  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold text-stone-900">Hours and time off</h1>
        <p className="text-stone-700">{others.length ? `${therapist.displayName}'s schedule` : "Your schedule"}: clients can book inside these hours, minus time off and booked sessions.</p>
        {others.length > 0 && (
          <nav aria-label="Therapists" className="flex flex-wrap gap-2">
            {others.map((t) => (
              <Link
                key={t.id}
                href={`${staffPath(slug, "schedule")}?therapist=${t.id}`}
                aria-current={t.id === therapist.id ? "page" : undefined}
                className={cx("rounded-xl border px-3 py-2 text-sm font-medium", t.id === therapist.id ? "border-brand-700 bg-brand-700 text-white" : "border-stone-300 bg-white text-stone-800 hover:bg-stone-50")}
              >
                {t.displayName}
              </Link>
            ))}
          </nav>
        )}
      </header>

      <section aria-labelledby="hours-heading" className="space-y-3">
        <h2 id="hours-heading" className="text-xl font-semibold text-stone-900">
          Weekly hours
        </h2>
        <HoursForm key={therapist.id} salon={slug} therapist={therapist.id} blocks={hours.rules} timeZone={timeZone} zoneLabel={zoneLabel(now, timeZone)} />
      </section>

      <section aria-labelledby="off-heading" className="space-y-3">
        <h2 id="off-heading" className="text-xl font-semibold text-stone-900">
          Time off
        </h2>
        {hours.timeOff.length === 0 ? (
          <p className="text-stone-600">No time off planned.</p>
        ) : (
          <ul className="divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white">
            {hours.timeOff.map((off) => {
              const label = `${dateTimeLabel(off.startsAt, timeZone)} – ${dateTimeLabel(off.endsAt, timeZone)}`;
              return (
                <li key={off.id} className="flex flex-wrap items-center justify-between gap-2 px-3 py-2">
                  <span className="text-sm text-stone-900">
                    {label}
                    {off.reason && <span className="block text-stone-600">{off.reason}</span>}
                  </span>
                  <RemoveTimeOffButton salon={slug} therapist={therapist.id} timeOff={off.id} label={label} />
                </li>
              );
            })}
          </ul>
        )}
        <Card>
          <TimeOffForm key={therapist.id} salon={slug} therapist={therapist.id} timeZone={timeZone} />
        </Card>
      </section>

      <section aria-labelledby="feed-heading" className="space-y-3">
        <h2 id="feed-heading" className="text-xl font-semibold text-stone-900">
          Calendar feed
        </h2>
        <Card>
          <CalendarFeedCard key={therapist.id} salon={slug} therapist={therapist.id} activeSince={feed ? feed.createdAt.toISOString() : null} />
        </Card>
      </section>
    </div>
  );
}
