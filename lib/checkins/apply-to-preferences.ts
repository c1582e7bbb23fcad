import { PRESSURES, TALKING, TEMPERATURES, type Pressure, type Talking, type Temperature } from "@/lib/preferences/options";
import type { TSessionPreferences } from "@/lib/preferences/schema";
import type { TCheckIn } from "./schema";

// A check-in's "use this next time" choices, turned into the client's preferences. Each change
// moves one step from where the preference was (no preference counts as the middle), so
// "firmer" after "medium" is "firm", and after "firm" is "deep".

type Step = -1 | 1;

function stepAlong<T extends string>(scale: readonly T[], current: T | undefined, middle: T, step: Step): T {
  const from = scale.indexOf(current ?? middle);
  return scale[Math.min(scale.length - 1, Math.max(0, from + step))]!;
}

export function applyCheckInToPreferences(preferences: TSessionPreferences, checkIn: Pick<TCheckIn, "remember" | "soundsInstead" | "scentInstead" | "moreTimeArea">): TSessionPreferences {
  const next: TSessionPreferences = { ...preferences, focusAreas: [...preferences.focusAreas], avoidAreas: [...preferences.avoidAreas] };
  for (const change of checkIn.remember) {
    switch (change) {
      case "firmer_pressure":
      case "lighter_pressure":
        next.pressure = stepAlong<Pressure>(PRESSURES, next.pressure, "medium", change === "firmer_pressure" ? 1 : -1);
        break;
      case "less_talking":
      case "more_talking":
        next.talking = stepAlong<Talking>(TALKING, next.talking, "when_needed", change === "less_talking" ? 1 : -1);
        break;
      case "warmer_room":
      case "cooler_room":
        next.temperature = stepAlong<Temperature>(TEMPERATURES, next.temperature, "as_is", change === "warmer_room" ? 1 : -1);
        break;
      case "other_music":
        // Without a named alternative, "not this" is best kept as no preference: the therapist asks.
        next.sounds = checkIn.soundsInstead !== next.sounds ? checkIn.soundsInstead : undefined;
        break;
      case "other_scent":
        next.scent = checkIn.scentInstead !== next.scent ? checkIn.scentInstead : undefined;
        if (next.scent !== "other") next.scentOther = undefined;
        break;
      case "more_time_on_area":
        if (checkIn.moreTimeArea) {
          if (!next.focusAreas.includes(checkIn.moreTimeArea)) next.focusAreas.push(checkIn.moreTimeArea);
          next.avoidAreas = next.avoidAreas.filter((a) => a !== checkIn.moreTimeArea);
        }
        break;
    }
  }
  return next;
}
