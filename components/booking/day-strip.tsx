import Link from "next/link";
import { cx } from "@/components/ui/cx";
import type { DayStatus } from "@/lib/booking/day-window";
import { dayChipParts, longDayLabel } from "./time-labels";
import { NavButton } from "./nav-button";
import { ScrollSelectedIntoView } from "./scroll-selected";

type Day = { date: string; count: number; status?: DayStatus };

/** Links to the windows of days before and after this one (plain links: no JavaScript needed). */
export type DayPager = { previousHref: string | null; nextHref: string | null; range: string };

type Props = {
  days: Day[];
  selected: string;
  action: string;
  params: Record<string, string | undefined>;
  locale?: string;
  /** The salon's today: its chip says "Today". */
  today?: string;
  /** A day nobody works: "Closed" for the salon, "Not working" for a chosen therapist. */
  offLabel?: "Closed" | "Not working";
  pager?: DayPager;
};

/** Words for a day without free times, on its chip and for screen readers. */
function emptyDay(status: DayStatus | undefined, offLabel: string): { chip: string; spoken: string } {
  switch (status) {
    case "off":
      return { chip: offLabel, spoken: offLabel.toLowerCase() };
    case "none":
      return { chip: "No times", spoken: "no times" };
    default:
      return { chip: "Full", spoken: "fully booked" };
  }
}

/** A window of days as a horizontal, scrollable row of buttons; days with no free time are disabled and say why. */
export function DayStrip({ days, selected, action, params, locale, today, offLabel = "Closed", pager }: Props) {
  const stripId = "day-strip";
  return (
    <div className="space-y-2">
      {pager && <Pager pager={pager} />}
      <div className="-mx-4 sm:mx-0">
        <ul id={stripId} aria-label="Choose a day" className="flex snap-x scroll-px-4 gap-2 overflow-x-auto px-4 pt-1 pb-3 sm:grid sm:grid-cols-7 sm:overflow-visible sm:px-0 sm:pb-0">
          {days.map((day, i) => {
            const { weekday, day: dayOfMonth, month } = dayChipParts(day.date, locale);
            const isSelected = day.date === selected;
            const empty = day.count === 0 ? emptyDay(day.status, offLabel) : null;
            const free = empty ? empty.spoken : `${day.count} ${day.count === 1 ? "time" : "times"} free`;
            const isToday = today ? day.date === today : i === 0;
            return (
              <li key={day.date} className="snap-start">
                <NavButton
                  action={action}
                  params={{ ...params, date: day.date }}
                  replace
                  scroll={false}
                  disabled={day.count === 0}
                  aria-label={`${longDayLabel(day.date, locale)}, ${free}`}
                  aria-pressed={isSelected}
                  className={cx(
                    "flex h-full w-[4.5rem] flex-col items-center sm:w-full rounded-2xl border px-1 py-2.5 text-center transition-colors",
                    isSelected
                      ? "border-brand-700 bg-brand-700 text-white shadow-md"
                      : "border-stone-200 bg-white text-stone-900 shadow-sm hover:border-brand-500 hover:bg-brand-50",
                    "disabled:cursor-not-allowed disabled:border-stone-200 disabled:bg-stone-100 disabled:text-stone-500 disabled:shadow-none",
                  )}
                >
                  <span className="text-xs font-semibold uppercase">{isToday ? "Today" : weekday}</span>
                  <span className="text-2xl leading-tight font-semibold tabular-nums">{dayOfMonth}</span>
                  <span className="text-[11px] leading-tight">{month}</span>
                  <span className={cx("mt-1 text-[11px] leading-tight font-medium", !isSelected && day.count > 0 && "text-brand-700")}>
                    {empty ? empty.chip : `${day.count} free`}
                  </span>
                </NavButton>
              </li>
            );
          })}
        </ul>
      </div>
      <ScrollSelectedIntoView containerId={stripId} />
    </div>
  );
}

const pagerLink = "inline-flex min-h-11 items-center rounded-lg px-2 font-semibold text-brand-700 hover:bg-brand-50 hover:underline";

function Pager({ pager }: { pager: DayPager }) {
  return (
    <nav aria-label="More days" className="flex items-center justify-between gap-2 text-sm">
      {pager.previousHref ? (
        <Link href={pager.previousHref} replace scroll={false} className={pagerLink}>
          <span aria-hidden="true">←&nbsp;</span>Earlier days
        </Link>
      ) : (
        <span className="w-24" />
      )}
      <span className="text-center text-stone-600" data-testid="day-range">
        {pager.range}
      </span>
      {pager.nextHref ? (
        <Link href={pager.nextHref} replace scroll={false} className={pagerLink}>
          Later days<span aria-hidden="true">&nbsp;→</span>
        </Link>
      ) : (
        <span className="w-24" />
      )}
    </nav>
  );
}
