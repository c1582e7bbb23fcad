import { cx } from "@/components/ui/cx";
import { dayChipParts, longDayLabel } from "./time-labels";
import { NavButton } from "./nav-button";
import { ScrollSelectedIntoView } from "./scroll-selected";

type Day = { date: string; count: number };
type Props = { days: Day[]; selected: string; action: string; params: Record<string, string | undefined> };

/** The next days as a horizontal, scrollable row of buttons; days with no free time are disabled. */
export function DayStrip({ days, selected, action, params }: Props) {
  const stripId = "day-strip";
  return (
    <div className="-mx-4 sm:mx-0">
      <ul id={stripId} aria-label="Choose a day" className="flex snap-x scroll-px-4 gap-2 overflow-x-auto px-4 pt-1 pb-3 sm:grid sm:grid-cols-7 sm:overflow-visible sm:px-0 sm:pb-0">
        {days.map((day, i) => {
          const { weekday, day: dayOfMonth, month } = dayChipParts(day.date);
          const isSelected = day.date === selected;
          const free = day.count === 0 ? "no times free" : `${day.count} ${day.count === 1 ? "time" : "times"} free`;
          return (
            <li key={day.date} className="snap-start">
              <NavButton
                action={action}
                params={{ ...params, date: day.date }}
                replace
                scroll={false}
                disabled={day.count === 0}
                aria-label={`${longDayLabel(day.date)}, ${free}`}
                aria-pressed={isSelected}
                className={cx(
                  "flex w-[4.5rem] flex-col items-center sm:w-full rounded-2xl border px-1 py-2.5 text-center transition-colors",
                  isSelected
                    ? "border-brand-700 bg-brand-700 text-white shadow-md"
                    : "border-stone-200 bg-white text-stone-900 shadow-sm hover:border-brand-500 hover:bg-brand-50",
                  "disabled:cursor-not-allowed disabled:border-stone-200 disabled:bg-stone-100 disabled:text-stone-500 disabled:shadow-none",
                )}
              >
                <span className="text-xs font-semibold uppercase">{i === 0 ? "Today" : weekday}</span>
                <span className="text-2xl leading-tight font-semibold tabular-nums">{dayOfMonth}</span>
                <span className="text-[11px] leading-tight">{month}</span>
                <span className={cx("mt-1 text-[11px] leading-tight font-medium", !isSelected && day.count > 0 && "text-brand-700")}>
                  {day.count === 0 ? "Full" : `${day.count} free`}
                </span>
              </NavButton>
            </li>
          );
        })}
      </ul>
      <ScrollSelectedIntoView containerId={stripId} />
    </div>
  );
}
