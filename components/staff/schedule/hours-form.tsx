"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { saveHoursAction, type ScheduleResult } from "@/lib/actions/schedule";
import { BLOCKS_PER_DAY } from "@/lib/hours/schedule-forms";
import { formatClock, type WorkBlock } from "@/lib/hours/weekly-hours";
import { failureOf, type FormState } from "@/lib/server/action-result";
import { StrandedChoice } from "./stranded-choice";

// Monday first, as a working week reads.
const DAYS = [1, 2, 3, 4, 5, 6, 0] as const;
const DAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

type Props = { salon: string; therapist: string; blocks: WorkBlock[]; timeZone: string; zoneLabel: string };

export function HoursForm({ salon, therapist, blocks, timeZone, zoneLabel }: Props) {
  const [state, action, pending] = useActionState<FormState<ScheduleResult>, FormData>(saveHoursAction, null);
  const failure = failureOf(state);
  const result = state?.ok ? state.data : null;
  const value = (weekday: number, i: number, edge: "s" | "e") => {
    const posted = failure?.values?.[`d${weekday}${edge}${i}`];
    if (posted !== undefined) return posted;
    const shown = result && "stranded" in result && result.blocks ? result.blocks : blocks;
    const block = shown.filter((b) => b.weekday === weekday).sort((a, b) => a.startMinute - b.startMinute)[i];
    return block ? formatClock(edge === "s" ? block.startMinute : block.endMinute) : "";
  };
  return (
    <form action={action} aria-label="Weekly hours" className="space-y-4">
      <input type="hidden" name="salon" value={salon} />
      <input type="hidden" name="therapist" value={therapist} />
      {failure && <Alert tone="error" title={failure.message} />}
      {result && "saved" in result && <Alert tone="success" title="Hours saved. Clients see the new times at once." />}
      {result && "stranded" in result && <StrandedChoice bookings={result.stranded} timeZone={timeZone} pending={pending} />}
      <p className="text-sm text-stone-600">Times in {zoneLabel}. Up to {BLOCKS_PER_DAY} blocks a day; the gaps between them are breaks. Leave a day empty when you do not work.</p>
      <div className="divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white">
        {DAYS.map((weekday) => (
          <fieldset key={weekday} className="grid gap-2 p-3 sm:grid-cols-[8rem_1fr]" aria-describedby={failure?.fieldErrors?.[`d${weekday}`] ? `d${weekday}-error` : undefined}>
            <legend className="float-left pt-2 text-sm font-semibold text-stone-900 sm:w-32">{DAY_NAMES[weekday]}</legend>
            <div className="flex flex-wrap gap-3">
              {Array.from({ length: BLOCKS_PER_DAY }, (_, i) => (
                <div key={i} className="flex items-center gap-1.5">
                  <label className="sr-only" htmlFor={`d${weekday}s${i}`}>{`${DAY_NAMES[weekday]}, block ${i + 1}, from`}</label>
                  <input id={`d${weekday}s${i}`} name={`d${weekday}s${i}`} type="time" step={900} defaultValue={value(weekday, i, "s")} className="min-h-11 rounded-lg border border-stone-300 px-2" />
                  <span aria-hidden="true">–</span>
                  <label className="sr-only" htmlFor={`d${weekday}e${i}`}>{`${DAY_NAMES[weekday]}, block ${i + 1}, until`}</label>
                  <input id={`d${weekday}e${i}`} name={`d${weekday}e${i}`} type="time" step={900} defaultValue={value(weekday, i, "e")} className="min-h-11 rounded-lg border border-stone-300 px-2" />
                </div>
              ))}
              {failure?.fieldErrors?.[`d${weekday}`] && (
                <p id={`d${weekday}-error`} className="w-full text-sm font-medium text-rose-800">
                  {failure.fieldErrors[`d${weekday}`]![0]}
                </p>
              )}
            </div>
          </fieldset>
        ))}
      </div>
      <Button type="submit" pending={pending}>
        Save hours
      </Button>
    </form>
  );
}
