import Link from "next/link";
import { cx } from "@/components/ui/cx";
import type { CalendarEntry } from "@/lib/calendar/get-staff-calendar";
import type { CalendarBlock, CalendarColumn, CalendarModel, MinuteSpan } from "@/lib/calendar/grid";
import { formatLocalDate, formatMinute } from "@/lib/calendar/labels";
import { laneColumns, rowCount, rowsOf } from "@/lib/calendar/placement";
import { formatTime } from "@/lib/format/format";
import { staffPath } from "@/lib/tenancy/staff-page";
import { StatusIcon } from "./status-icon";
import { CALENDAR_STATUS, TIME_OFF_CLASS } from "./status-styles";

type Props = { model: CalendarModel<CalendarEntry>; salon: string; timeZone: string; locale: string; therapistNames: Map<string, string>; showTherapist: boolean };

// Hour lines every 12 rows of 0.375rem (4.5rem an hour), under the blocks.
const HOUR_LINES = "bg-[linear-gradient(to_bottom,var(--color-stone-200)_1px,transparent_1px)] bg-[length:100%_4.5rem]";
const ROWS = "grid auto-rows-[0.375rem] grid-cols-12";

function place(span: MinuteSpan, window: MinuteSpan): string | null {
  const rows = rowsOf(span, window);
  return rows && `row-start-${rows.start} row-end-${rows.end}`;
}

/** The day (columns per therapist) or week (a column per day) on a time grid: tablet and desktop. */
export function CalendarGrid({ model, salon, timeZone, locale, therapistNames, showTherapist }: Props) {
  const columns = model.days.flatMap((day) => day.columns.map((column) => ({ day, column })));
  const full = `col-span-full row-start-1 row-end-${rowCount(model.window) + 1}`;
  const hours = Array.from({ length: (model.window.end - model.window.start) / 60 }, (_, i) => model.window.start + i * 60);
  // Week columns are narrow on a tablet: "Mon 30", the month is in the page's title.
  const title = (column: CalendarColumn<CalendarEntry>) =>
    model.view === "day"
      ? (therapistNames.get(column.therapistIds[0]!) ?? "")
      : `${formatLocalDate(column.date, locale, { weekday: "short" })} ${formatLocalDate(column.date, locale, { day: "numeric" })}`;
  return (
    <div className="hidden overflow-x-auto rounded-xl border border-stone-200 bg-white md:block" data-testid="calendar-grid">
      <div className="flex min-w-fit">
        <div className="sticky left-0 z-30 w-16 shrink-0 border-r border-stone-200 bg-white">
          <div className="h-12 border-b border-stone-200" />
          <div className={cx(ROWS, "grid-cols-1")} aria-hidden="true">
            <div className={full} />
            {hours.map((minute, i) => (
              <span key={minute} className={cx(place({ start: minute, end: minute + 60 }, model.window), "col-start-1 pr-2 text-right text-xs text-stone-500 tabular-nums", i > 0 && "-mt-2")}>
                {formatMinute(minute, locale)}
              </span>
            ))}
          </div>
        </div>
        {columns.map(({ day, column }) => (
          <section
            key={column.key}
            aria-label={model.view === "day" ? title(column) : `${formatLocalDate(column.date, locale, { weekday: "long", month: "long", day: "numeric" })}${day.isToday ? " (today)" : ""}`} className="min-w-20 flex-1 border-r border-stone-200 last:border-r-0 lg:min-w-32">
            <h2 className={cx("flex h-12 flex-col justify-center border-b border-stone-200 px-2 text-sm leading-tight font-semibold", day.isToday && model.view === "week" ? "bg-brand-50 text-brand-900" : "text-stone-900")}>
              <span className="truncate">{title(column)}</span>
              {model.view === "week" && day.isToday && <span className="text-xs font-medium text-brand-700">Today</span>}
              {column.available.length === 0 && <span className="text-xs font-normal text-stone-500">{column.timeOff.length > 0 ? "Time off" : "Not working"}</span>}
            </h2>
            <div className={ROWS}>
              <div className={cx(full, "bg-stone-100")} />
              {column.available.map((span) => (
                <div key={`a${span.start}`} className={cx(place(span, model.window), "col-span-full bg-white")} />
              ))}
              {column.timeOff.map((span) => (
                <div key={`o${span.start}`} className={cx(place(span, model.window), "col-span-full flex items-start justify-end p-1", TIME_OFF_CLASS)}>
                  <span className="rounded bg-white/80 px-1 text-[0.7rem] font-medium text-amber-900">Time off</span>
                </div>
              ))}
              <div className={cx(full, HOUR_LINES, "pointer-events-none")} aria-hidden="true" />
              {column.blocks.map((block) => (
                <Block key={block.booking.id} block={block} window={model.window} salon={salon} timeZone={timeZone} locale={locale} showTherapist={showTherapist} />
              ))}
              {model.now?.date === column.date && place({ start: model.now.minute, end: model.now.minute + 1 }, model.window) && (
                <div className={cx(place({ start: model.now.minute, end: model.now.minute + 1 }, model.window), "pointer-events-none relative z-20 col-span-full border-t-2 border-rose-600")} data-testid="now-line">
                  <span className="absolute -top-2.5 left-0 rounded bg-rose-600 px-1 text-[0.65rem] font-semibold text-white">Now {formatMinute(model.now.minute, locale)}</span>
                </div>
              )}
            </div>
          </section>
        ))}
      </div>
    </div>
  );
}

function Block({ block, window, salon, timeZone, locale, showTherapist }: { block: CalendarBlock<CalendarEntry>; window: MinuteSpan; salon: string; timeZone: string; locale: string; showTherapist: boolean }) {
  const b = block.booking;
  const rows = place(block, window);
  if (!rows) return null;
  const lane = laneColumns(block.lane, block.lanes);
  const status = CALENDAR_STATUS[b.status];
  return (
    <Link
      href={staffPath(salon, "bookings", b.id)}
      className={cx(rows, `col-start-${lane.start} col-span-${lane.span}`, "relative z-10 m-px overflow-hidden rounded-md border border-l-4 px-1.5 py-0.5 text-xs leading-snug shadow-sm hover:shadow-md focus-visible:z-30", status.block)}
      data-status={b.status}
    >
      {/* The status (shape and word) first: in a narrow column it is what stays readable. */}
      <span className="flex min-w-0 items-center gap-1">
        <StatusIcon status={b.status} />
        <span className="truncate text-[0.7rem] font-semibold tracking-wide uppercase">{status.label}</span>
      </span>
      <span className={cx("block truncate font-semibold", b.status === "CANCELLED" && "line-through")}>{b.clientName}</span>
      <span className="block truncate">
        <span className="tabular-nums">
          {formatTime(b.startsAt, timeZone, locale)}–{formatTime(b.endsAt, timeZone, locale)}
        </span>
        {" · "}
        {b.serviceName}
        {showTherapist ? ` · ${b.therapistName}` : ""}
      </span>
      {b.mobile && <span className="block truncate font-medium">{b.address ? `At ${b.address}` : "Mobile (no address given)"}</span>}
    </Link>
  );
}
