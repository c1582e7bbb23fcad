import type { TSessionPreferences } from "./schema";

// How a booking's preferences come to be: the profile offers a start, the client's answers for
// this booking win, and choices marked "remember" flow back into the profile.

/** The booking's preferences: what the client said for this booking over what the profile holds. */
export function mergePreferences(profile: TSessionPreferences | null, overrides: Partial<TSessionPreferences> & Pick<TSessionPreferences, "goal">): TSessionPreferences {
  const merged = { ...(profile ?? { focusAreas: [], avoidAreas: [] }), ...withoutUndefined(overrides) } as TSessionPreferences;
  // An area the client now wants worked on is no longer one to avoid, and the other way round.
  if (overrides.focusAreas) merged.avoidAreas = merged.avoidAreas.filter((a) => !overrides.focusAreas!.includes(a));
  else if (overrides.avoidAreas) merged.focusAreas = merged.focusAreas.filter((a) => !overrides.avoidAreas!.includes(a));
  return merged;
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
