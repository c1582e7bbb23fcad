import Link from "next/link";
import { cx } from "@/components/ui/cx";
import type { CalendarEntry } from "@/lib/calendar/get-staff-calendar";
import type { CalendarDay, CalendarModel } from "@/lib/calendar/grid";
import { formatLocalDate, formatMinute, formatMinuteSpans } from "@/lib/calendar/labels";
import { formatTime } from "@/lib/format/format";
import { staffPath } from "@/lib/tenancy/staff-page";
import { StatusIcon } from "./status-icon";
import { CALENDAR_STATUS } from "./status-styles";

type Props = { model: CalendarModel<CalendarEntry>; salon: string; timeZone: string; locale: string; therapistNames: Map<string, string>; showTherapist: boolean };

/** The phone's calendar: each day as a list of sessions, with the hours and time off in words. */
export function CalendarAgenda({ model, salon, timeZone, locale, therapistNames, showTherapist }: Props) {
  return (
    <div className="space-y-6 md:hidden" data-testid="calendar-agenda">
      {model.days.map((day) => (
        <section key={day.date} aria-labelledby={`agenda-${day.date}`} className="space-y-2">
          {model.view === "week" && (
            <h2 id={`agenda-${day.date}`} className={cx("text-sm font-semibold tracking-wide uppercase", day.isToday ? "text-brand-700" : "text-stone-600")}>
              {formatLocalDate(day.date, locale, { weekday: "long", month: "long", day: "numeric" })}
              {day.isToday ? " · Today" : ""}
            </h2>
          )}
          {model.view === "day" && (
            <h2 id={`agenda-${day.date}`} className="sr-only">
              Sessions
            </h2>
          )}
          <Hours day={day} locale={locale} therapistNames={therapistNames} named={showTherapist} />
          <Sessions day={day} now={model.now?.date === day.date ? model.now.minute : null} salon={salon} timeZone={timeZone} locale={locale} showTherapist={showTherapist} />
        </section>
      ))}
    </div>
  );
}

function Hours({ day, locale, therapistNames, named }: { day: CalendarDay<CalendarEntry>; locale: string; therapistNames: Map<string, string>; named: boolean }) {
  return (
    <ul className="space-y-0.5 text-sm text-stone-600">
      {day.therapists.map((t) => (
        <li key={t.therapistId}>
          <span className="font-medium text-stone-800">{named ? therapistNames.get(t.therapistId) : "Your hours"}:</span>{" "}
          {t.available.length ? formatMinuteSpans(t.available, locale) : "not working"}
          {t.timeOff.map((o) => (
            <span key={o.start} className="ml-1 rounded bg-amber-100 px-1 text-amber-900">
              time off {formatMinuteSpans([o], locale)}
              {o.reason ? ` (${o.reason})` : ""}
            </span>
          ))}
        </li>
      ))}
    </ul>
  );
}

function Sessions({ day, now, salon, timeZone, locale, showTherapist }: { day: CalendarDay<CalendarEntry>; now: number | null; salon: string; timeZone: string; locale: string; showTherapist: boolean }) {
  if (day.bookings.length === 0) return <p className="rounded-xl border border-dashed border-stone-300 bg-white p-4 text-center text-sm text-stone-600">No sessions.</p>;
  // The "now" marker goes before the first session that has not ended yet.
  const nowIndex = now === null ? -1 : (() => {
    const i = day.bookings.findIndex((b) => b.end > now);
    return i === -1 ? day.bookings.length : i;
  })();
  return (
    <ol className="divide-y divide-stone-200 overflow-hidden rounded-xl border border-stone-200 bg-white">
      {day.bookings.map((block, i) => {
        const b = block.booking;
        const status = CALENDAR_STATUS[b.status];
        return (
          <li key={b.id}>
            {i === nowIndex && <NowMarker minute={now!} locale={locale} />}
            <Link href={staffPath(salon, "bookings", b.id)} className={cx("flex gap-3 border-l-4 px-3 py-3 hover:bg-stone-50", status.edge)} data-status={b.status}>
              <span className="w-20 shrink-0 text-sm font-semibold text-stone-900 tabular-nums">
                {formatTime(b.startsAt, timeZone, locale)}
                <span className="block font-normal text-stone-600">{formatTime(b.endsAt, timeZone, locale)}</span>
              </span>
              <span className="min-w-0 flex-1">
                <span className={cx("block font-semibold text-stone-900", b.status === "CANCELLED" && "line-through")}>{b.clientName}</span>
                <span className="block text-sm text-stone-700">
                  {b.serviceName}
                  {showTherapist ? ` · ${b.therapistName}` : ""}
                </span>
                {b.mobile && <span className="block text-sm font-medium text-stone-800">{b.address ? `At ${b.address}` : "Mobile session (no address given)"}</span>}
              </span>
              <span className={cx("inline-flex h-fit shrink-0 items-center gap-1 rounded-full border px-2 py-0.5 text-xs font-semibold", status.swatch)}>
                <StatusIcon status={b.status} className="size-3" />
                {status.label}
              </span>
            </Link>
          </li>
        );
      })}
      {nowIndex === day.bookings.length && (
        <li>
          <NowMarker minute={now!} locale={locale} />
        </li>
      )}
    </ol>
  );
}

function NowMarker({ minute, locale }: { minute: number; locale: string }) {
  return (
    <div className="flex items-center gap-2 px-3 py-1 text-xs font-semibold text-rose-700" data-testid="now-line">
      <span className="h-0.5 flex-1 bg-rose-600" aria-hidden="true" />
      Now {formatMinute(minute, locale)}
      <span className="h-0.5 flex-1 bg-rose-600" aria-hidden="true" />
    </div>
  );
}
