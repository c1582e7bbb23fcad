import Link from "next/link";
import { cx } from "@/components/ui/cx";
import type { CalendarView } from "@/lib/calendar/dates";
import { calendarHref } from "@/lib/calendar/placement";
import { StatusIcon } from "./status-icon";
import { CALENDAR_STATUS, STATUS_ORDER, TIME_OFF_CLASS } from "./status-styles";

type Query = { view: CalendarView; date: string; therapistId: string | null };
type Props = { salon: string; query: Query; previous: string; next: string; today: string; therapists: { id: string; name: string }[] | null };

const pill = "inline-flex min-h-11 items-center rounded-lg border px-3 text-sm font-medium whitespace-nowrap";
const idle = "border-stone-300 bg-white text-stone-800 hover:border-brand-600 hover:bg-brand-50";
const active = "border-brand-700 bg-brand-700 text-white";

/** Previous / today / next, day or week, and (for the owner) whose sessions: links, no script needed. */
export function CalendarToolbar({ salon, query, previous, next, today, therapists }: Props) {
  const href = (change: Partial<Query>) => calendarHref(salon, { ...query, ...change });
  const unit = query.view === "week" ? "week" : "day";
  return (
    <div className="flex flex-wrap items-center gap-2">
      <nav aria-label="Dates" className="flex items-center gap-1">
        <Link href={href({ date: previous })} className={cx(pill, idle)} aria-label={`Previous ${unit}`}>
          <span aria-hidden="true">←</span>
          <span className="ml-1 hidden sm:inline">Previous</span>
        </Link>
        <Link href={href({ date: today })} className={cx(pill, idle)} aria-current={query.date === today ? "date" : undefined}>
          Today
        </Link>
        <Link href={href({ date: next })} className={cx(pill, idle)} aria-label={`Next ${unit}`}>
          <span className="mr-1 hidden sm:inline">Next</span>
          <span aria-hidden="true">→</span>
        </Link>
      </nav>
      <nav aria-label="View" className="flex items-center gap-1">
        {(["day", "week"] as const).map((view) => (
          <Link key={view} href={href({ view })} className={cx(pill, query.view === view ? active : idle)} aria-current={query.view === view ? "page" : undefined}>
            {view === "day" ? "Day" : "Week"}
          </Link>
        ))}
      </nav>
      {therapists && therapists.length > 1 && (
        <nav aria-label="Therapists" className="-mx-1 flex w-full items-center gap-1 overflow-x-auto px-1 pb-1">
          <Link href={href({ therapistId: null })} className={cx(pill, query.therapistId === null ? active : idle)} aria-current={query.therapistId === null ? "page" : undefined}>
            Everyone
          </Link>
          {therapists.map((t) => (
            <Link key={t.id} href={href({ therapistId: t.id })} className={cx(pill, query.therapistId === t.id ? active : idle)} aria-current={query.therapistId === t.id ? "page" : undefined}>
              {t.name}
            </Link>
          ))}
        </nav>
      )}
    </div>
  );
}

/** What the colours, borders and shading mean, in words. */
export function CalendarLegend() {
  return (
    <ul aria-label="Key" className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-stone-700">
      {STATUS_ORDER.map((status) => (
        <li key={status} className="flex items-center gap-1.5">
          <span className={cx("inline-flex size-4 items-center justify-center rounded-sm border-2", CALENDAR_STATUS[status].swatch)} aria-hidden="true">
            <StatusIcon status={status} className="size-3" />
          </span>
          {CALENDAR_STATUS[status].label}
        </li>
      ))}
      {/* The shading is the grid's (tablet and wider); the phone's agenda says the hours in words. */}
      <li className="hidden items-center gap-1.5 md:flex">
        <span className="size-3.5 rounded-sm border border-stone-300 bg-white" aria-hidden="true" />
        Working hours
      </li>
      <li className="hidden items-center gap-1.5 md:flex">
        <span className="size-3.5 rounded-sm border border-stone-300 bg-stone-100" aria-hidden="true" />
        Not working
      </li>
      <li className="hidden items-center gap-1.5 md:flex">
        <span className={cx("size-3.5 rounded-sm border border-amber-300", TIME_OFF_CLASS)} aria-hidden="true" />
        Time off
      </li>
    </ul>
  );
}
