import { instantToLocalParts } from "@/lib/availability/time-zone";
import type { Slot } from "@/lib/availability";
import { timeLabel } from "./time-labels";
import { NavButton } from "./nav-button";

type Props = { slots: Slot[]; timeZone: string; locale?: string; action: string; params: Record<string, string | undefined> };

const PARTS = [
  { name: "Morning", until: 12 * 60 },
  { name: "Afternoon", until: 17 * 60 },
  { name: "Evening", until: 24 * 60 },
] as const;

/** Free start times of one day, grouped by part of the day, labelled in the location's zone and the salon's locale. */
export function TimeGrid({ slots, timeZone, locale, action, params }: Props) {
  const groups = PARTS.map((part, i) => {
    const from = i === 0 ? 0 : PARTS[i - 1]!.until;
    return { ...part, slots: slots.filter((s) => inRange(instantToLocalParts(s.start, timeZone).minuteOfDay, from, part.until)) };
  }).filter((g) => g.slots.length > 0);

  return (
    <div className="space-y-6">
      {groups.map((group) => (
        <section key={group.name} aria-labelledby={`part-${group.name}`}>
          <h3 id={`part-${group.name}`} className="mb-2 text-sm font-semibold tracking-wide text-stone-700 uppercase">
            {group.name}
          </h3>
          <ul className="grid grid-cols-3 gap-2 sm:grid-cols-4">
            {group.slots.map((slot) => (
              <li key={slot.start}>
                <NavButton
                  action={action}
                  params={{ ...params, start: new Date(slot.start).toISOString() }}
                  className="flex min-h-12 w-full items-center justify-center rounded-xl border border-brand-200 bg-white px-2 font-semibold text-brand-900 tabular-nums shadow-sm transition-colors hover:border-brand-600 hover:bg-brand-50"
                >
                  {timeLabel(slot.start, timeZone, locale)}
                </NavButton>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

function inRange(minute: number, from: number, until: number): boolean {
  return minute >= from && minute < until;
}
