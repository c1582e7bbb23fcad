import { BODY_REGION_LABELS, GOAL_LABELS, PRESSURE_LABELS, SCENT_LABELS, SOUND_LABELS, TALKING_LABELS, TEMPERATURE_LABELS, type BodyRegion } from "./options";
import type { TSessionPreferences } from "./schema";

// "What changed since last time", for the therapist's brief: each preference whose answer
// differs from the client's previous session, in words.

export type PreferenceChange = { label: string; before: string; after: string };

const NONE = "No preference";

function areas(list: readonly BodyRegion[]): string {
  return list.length ? list.map((a) => BODY_REGION_LABELS[a]).join(", ") : "None";
}

/** Each preference as the brief shows it. */
export function describePreferences(p: TSessionPreferences): { label: string; value: string }[] {
  return [
    { label: "Goal", value: GOAL_LABELS[p.goal] + (p.goalDetail ? `: ${p.goalDetail}` : "") },
    ...(p.goal === "pain_relief" ? [{ label: "Pain", value: [p.painArea, p.painLevel !== undefined ? `${p.painLevel}/10` : undefined].filter(Boolean).join(", ") || "Not described" }] : []),
    { label: "Sounds", value: p.sounds ? SOUND_LABELS[p.sounds] : NONE },
    { label: "Scent", value: p.scent ? (p.scent === "other" && p.scentOther ? p.scentOther : SCENT_LABELS[p.scent]) : NONE },
    { label: "Talking", value: p.talking ? TALKING_LABELS[p.talking] : NONE },
    { label: "Pressure", value: p.pressure ? PRESSURE_LABELS[p.pressure] : NONE },
    { label: "Room", value: p.temperature ? TEMPERATURE_LABELS[p.temperature] : NONE },
    { label: "Focus on", value: areas(p.focusAreas) },
    { label: "Avoid", value: areas(p.avoidAreas) },
  ];
}

export function diffPreferences(before: TSessionPreferences | null, after: TSessionPreferences): PreferenceChange[] {
  if (!before) return [];
  const old = new Map(describePreferences(before).map((d) => [d.label, d.value]));
  return describePreferences(after)
    .filter((d) => old.has(d.label) ? old.get(d.label) !== d.value : d.value !== NONE)
    .map((d) => ({ label: d.label, before: old.get(d.label) ?? NONE, after: d.value }));
}
