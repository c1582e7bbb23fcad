import type { Metadata } from "next";
import { CalendarAgenda } from "@/components/staff/calendar/calendar-agenda";
import { CalendarGrid } from "@/components/staff/calendar/calendar-grid";
import { CalendarLegend, CalendarToolbar } from "@/components/staff/calendar/calendar-toolbar";
import { localDateTimeToInstant } from "@/lib/availability/time-zone";
import { localDateOf, parseCalendarQuery, stepDate } from "@/lib/calendar/dates";
import { getStaffCalendar } from "@/lib/calendar/get-staff-calendar";
import { formatLocalDate, formatLocalDateRange } from "@/lib/calendar/labels";
import { zoneAbbreviation } from "@/lib/format/format";
import { orNotFound } from "@/lib/tenancy/or-not-found";
import { requireStaffPage, staffPath } from "@/lib/tenancy/staff-page";
import { now as clockNow } from "@/lib/time/clock";
import { LinkButton } from "@/components/ui/link-button";

export const metadata: Metadata = { title: "Calendar" };

type Props = { params: Promise<{ salon: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CalendarPage({ params, searchParams }: Props) {
  const { salon } = await params;
  const ctx = await requireStaffPage({ salon, returnTo: staffPath(salon, "calendar") });
  const { timeZone, locale, slug } = ctx.tenant;
  const now = clockNow();
  const today = localDateOf(now, timeZone);
  const query = parseCalendarQuery(await searchParams, today);
  const calendar = await orNotFound(() => getStaffCalendar(ctx, query, now));
  const { model } = calendar;
  const names = new Map(calendar.therapists.map((t) => [t.id, t.name]));
  const showTherapist = calendar.everyone && calendar.filteredBy === null;
  const heading =
    query.view === "day"
      ? formatLocalDate(query.date, locale, { weekday: "long", month: "long", day: "numeric", year: "numeric" })
      : formatLocalDateRange(model.dates[0]!, model.dates[6]!, locale);
  const whose = !calendar.everyone ? "Your sessions" : calendar.filteredBy ? `${names.get(calendar.filteredBy)}'s sessions` : "All therapists";
  return (
    <div className="space-y-4">
      <header className="space-y-3">
        <div className="flex flex-wrap items-start justify-between gap-2">
          <div>
            <h1 className="text-xl font-semibold text-stone-900 sm:text-2xl">
              <span className="sr-only">Calendar: </span>
              {heading}
            </h1>
            <p className="text-sm text-stone-600">
              {whose} · times in {zoneAbbreviation(localDateTimeToInstant(query.date, 12 * 60, timeZone), timeZone, locale)}
            </p>
          </div>
          <LinkButton href={staffPath(slug, "bookings", "new")}>
            New booking
          </LinkButton>
        </div>
        <CalendarToolbar salon={slug} query={query} previous={stepDate(query.view, query.date, -1)} next={stepDate(query.view, query.date, 1)} today={today} therapists={calendar.everyone ? calendar.therapists : null} />
        <CalendarLegend />
      </header>
      {/* In the day view each therapist has their own column: their name heads it. */}
      <CalendarGrid model={model} salon={slug} timeZone={timeZone} locale={locale} therapistNames={names} showTherapist={showTherapist && query.view === "week"} />
      <CalendarAgenda model={model} salon={slug} timeZone={timeZone} locale={locale} therapistNames={names} showTherapist={showTherapist} />
    </div>
  );
}
