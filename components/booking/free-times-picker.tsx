import Link from "next/link";
import { cx } from "@/components/ui/cx";
import type { DayWindow } from "@/lib/booking/find-day-window";
import { DayStrip } from "./day-strip";
import { TimeGrid } from "./time-grid";
import { ZoneNote } from "./zone-note";
import { localNoon, longDayLabel, shortDayLabel } from "./time-labels";

// The booking flow's day strip and time grid for other pages that pick a time (moving a booking,
// staff booking by phone): every choice is a GET form to `action` carrying `params`, and earlier
// or later days are links, so the page works without JavaScript. A chosen time arrives as
// `start`, the day as `date`, the window as `from`.

type Props = {
  window: DayWindow;
  locale: string;
  action: string;
  params: Record<string, string | undefined>;
  date?: string;
  offLabel?: "Closed" | "Not working";
  /** Said when no day of the window has a free time. */
  empty: string;
};

function href(action: string, params: Record<string, string | undefined>): string {
  return `${action}?${new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => e[1] !== undefined)).toString()}`;
}

export function FreeTimesPicker({ window, locale, action, params, date, offLabel = "Closed", empty }: Props) {
  const { days, timeZone } = window;
  const anyFree = days.some((d) => d.slots.length > 0);
  const selected = days.find((d) => d.date === date) ?? days.find((d) => d.slots.length > 0) ?? days[0]!;
  const pageHref = (from: string | null) => (from ? href(action, { ...params, from }) : null);
  const pager = { previousHref: pageHref(window.previous), nextHref: pageHref(window.next), range: `${shortDayLabel(window.from, locale)} – ${shortDayLabel(window.to, locale)}` };
  return (
    <>
      <ZoneNote instant={localNoon(selected.date, timeZone)} timeZone={timeZone} locale={locale} />
      <section aria-labelledby="days-heading" className="space-y-2">
        <h2 id="days-heading" className="sr-only">
          Day
        </h2>
        <DayStrip
          days={days.map((d) => ({ date: d.date, count: d.slots.length, status: d.status }))}
          selected={anyFree ? selected.date : ""}
          action={action}
          params={{ ...params, from: window.from }}
          locale={locale}
          today={window.today}
          offLabel={offLabel}
          pager={pager}
        />
      </section>
      {anyFree ? (
        <section aria-labelledby="times-heading" className="space-y-4">
          <h2 id="times-heading" className="text-lg font-semibold text-stone-900">
            {longDayLabel(selected.date, locale)}
          </h2>
          {selected.slots.length > 0 ? (
            <TimeGrid slots={selected.slots} timeZone={timeZone} locale={locale} action={action} params={{ ...params, from: window.from, date: selected.date }} />
          ) : (
            <p data-testid="no-times-day" className="rounded-2xl border border-dashed border-stone-300 bg-white p-6 text-center text-stone-700">
              No free times on this day — try another day.
            </p>
          )}
        </section>
      ) : (
        <p data-testid="no-times" className="rounded-2xl border border-dashed border-stone-300 bg-white p-6 text-center text-stone-700">
          {empty}
          {pager.nextHref && " Later days may have free times."}
        </p>
      )}
    </>
  );
}

export type PillOption = { id: string; label: string; href: string };

/** A choice among a few options as links (the current one marked), e.g. which therapist. */
export function ChoicePills({ label, options, current }: { label: string; options: PillOption[]; current: string }) {
  return (
    <nav aria-label={label} className="flex flex-wrap gap-2">
      {options.map((o) => (
        <Link
          key={o.id}
          href={o.href}
          replace
          scroll={false}
          aria-current={o.id === current ? "true" : undefined}
          className={cx(
            "inline-flex min-h-11 items-center rounded-full border px-4 text-sm font-semibold transition-colors",
            o.id === current ? "border-brand-700 bg-brand-700 text-white" : "border-stone-300 bg-white text-stone-800 hover:border-brand-500 hover:bg-brand-50",
          )}
        >
          {o.label}
        </Link>
      ))}
    </nav>
  );
}
