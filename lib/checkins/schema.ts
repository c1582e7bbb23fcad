import { z } from "zod";
import { multiLineText } from "@/lib/validation/text";
import { BODY_REGIONS, SCENTS, SOUNDS } from "@/lib/preferences/options";

// The one-minute check-in after a session: how satisfied, did we reach the goal, and what
// should be different next time (quick choices, each of which can be kept for next time).

export const CHANGES = ["firmer_pressure", "lighter_pressure", "less_talking", "more_talking", "other_music", "other_scent", "warmer_room", "cooler_room", "more_time_on_area"] as const;
export type Change = (typeof CHANGES)[number];

export const CHANGE_LABELS: Record<Change, string> = {
  firmer_pressure: "Firmer pressure",
  lighter_pressure: "Lighter pressure",
  less_talking: "Less talking",
  more_talking: "More conversation",
  other_music: "Other music",
  other_scent: "Another scent",
  warmer_room: "A warmer room",
  cooler_room: "A cooler room",
  more_time_on_area: "More time on one area",
};

/** Choices that pull in opposite directions cannot both be asked for. */
const OPPOSITES: [Change, Change][] = [
  ["firmer_pressure", "lighter_pressure"],
  ["less_talking", "more_talking"],
  ["warmer_room", "cooler_room"],
];

export const GOAL_REACHED = ["YES", "PARTLY", "NO"] as const;
export const GOAL_REACHED_LABELS: Record<(typeof GOAL_REACHED)[number], string> = { YES: "Yes", PARTLY: "Partly", NO: "No" };

export const ZCheckInSchema = z
  .object({
    satisfaction: z.number({ error: "Please choose from 1 to 5" }).int().min(1, "Please choose from 1 to 5").max(5, "Please choose from 1 to 5"),
    goalReached: z.enum(GOAL_REACHED, { error: "Please say whether we reached your goal" }),
    changes: z.array(z.enum(CHANGES)).max(CHANGES.length).transform((list) => [...new Set(list)]).default([]),
    /** The subset of `changes` the client wants kept in their preferences. */
    remember: z.array(z.enum(CHANGES)).max(CHANGES.length).transform((list) => [...new Set(list)]).default([]),
    soundsInstead: z.enum(SOUNDS).optional(),
    scentInstead: z.enum(SCENTS).optional(),
    moreTimeArea: z.enum(BODY_REGIONS).optional(),
    wishes: multiLineText().max(1000, "Please keep this under 1000 characters").optional(),
  })
  .refine((c) => !OPPOSITES.some(([a, b]) => c.changes.includes(a) && c.changes.includes(b)), { message: "Please pick one direction, not both", path: ["changes"] })
  .refine((c) => c.remember.every((r) => c.changes.includes(r)), { message: "Only a change you chose can be kept for next time", path: ["remember"] })
  .refine((c) => !c.changes.includes("more_time_on_area") || c.moreTimeArea !== undefined, { message: "Which area would you like more time on?", path: ["moreTimeArea"] })
  .transform((c) => ({ ...c, wishes: c.wishes ? c.wishes : undefined }));

export type TCheckIn = z.output<typeof ZCheckInSchema>;
