"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { PRESET_LABELS, RANGE_PRESETS, type RangePreset } from "@/lib/insights/presets";
import { useHydrated } from "@/components/ui/use-hydrated";

type Option = { id: string; name: string };

type Props = {
  action: string;
  preset: RangePreset;
  fromDate: string;
  toDate: string;
  locationId: string | null;
  therapistId: string | null;
  locations: Option[];
  /** Null: the viewer sees only their own figures, so there is no therapist to choose. */
  therapists: Option[] | null;
};

const select = "min-h-11 w-full rounded-lg border border-stone-300 bg-white px-3 text-sm text-stone-900";

/**
 * The dashboard's filters as a plain GET form (works without JavaScript; the URL is the view,
 * so it can be bookmarked). With JavaScript the two dates show only for a custom period.
 */
export function InsightsFiltersForm({ action, preset, fromDate, toDate, locationId, therapistId, locations, therapists }: Props) {
  const hydrated = useHydrated();
  const [range, setRange] = useState<RangePreset>(preset);
  const showDates = !hydrated || range === "custom";
  return (
    <form method="get" action={action} aria-label="Dashboard filters" className="grid grid-cols-2 items-end gap-3 rounded-2xl border border-stone-200 bg-white p-3 sm:flex sm:flex-wrap">
      <label className="col-span-2 flex flex-col gap-1 text-sm font-medium text-stone-800 sm:w-44">
        Period
        <select name="range" value={range} onChange={(e) => setRange(e.target.value as RangePreset)} className={select}>
          {RANGE_PRESETS.map((p) => (
            <option key={p} value={p}>
              {PRESET_LABELS[p]}
            </option>
          ))}
        </select>
      </label>
      {showDates ? (
        <>
          <label className="flex flex-col gap-1 text-sm font-medium text-stone-800 sm:w-40">
            First day
            <input type="date" name="from" defaultValue={fromDate} className={select} />
          </label>
          <label className="flex flex-col gap-1 text-sm font-medium text-stone-800 sm:w-40">
            Last day
            <input type="date" name="to" defaultValue={toDate} className={select} />
          </label>
        </>
      ) : null}
      {locations.length > 1 ? (
        <label className="col-span-2 flex flex-col gap-1 text-sm font-medium text-stone-800 sm:w-48">
          Location
          <select name="location" defaultValue={locationId ?? ""} className={select}>
            <option value="">All locations</option>
            {locations.map((l) => (
              <option key={l.id} value={l.id}>
                {l.name}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {therapists ? (
        <label className="col-span-2 flex flex-col gap-1 text-sm font-medium text-stone-800 sm:w-48">
          Therapist
          <select name="therapist" defaultValue={therapistId ?? ""} className={select}>
            <option value="">All therapists</option>
            {therapists.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <Button type="submit" className="col-span-2 min-h-11 sm:w-auto">
        Show
      </Button>
    </form>
  );
}
