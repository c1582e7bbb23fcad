import { z } from "zod";
import { multiLineText, singleLineText } from "@/lib/validation/text";
import { BODY_REGIONS, GOALS, PRESSURES, SCENTS, SOUNDS, TALKING, TEMPERATURES } from "./options";

// A client's preferences for a session, as stored on their profile and on each booking. Every
// field but the goal is optional: "no preference" is a real answer, and the therapist asks.

const regions = z
  .array(z.enum(BODY_REGIONS, { error: "Please choose from the listed areas" }))
  .max(BODY_REGIONS.length)
  .transform((list) => [...new Set(list)]);

export const ZSessionPreferencesSchema = z
  .object({
    goal: z.enum(GOALS, { error: "Please choose what you come for" }),
    goalDetail: singleLineText().max(200, "Please keep this under 200 characters").optional(),
    painArea: singleLineText().max(120, "Please keep this under 120 characters").optional(),
    painLevel: z.number().int().min(0, "From 0 to 10").max(10, "From 0 to 10").optional(),
    sounds: z.enum(SOUNDS).optional(),
    scent: z.enum(SCENTS).optional(),
    scentOther: singleLineText().max(60, "Please keep this under 60 characters").optional(),
    talking: z.enum(TALKING).optional(),
    pressure: z.enum(PRESSURES).optional(),
    temperature: z.enum(TEMPERATURES).optional(),
    focusAreas: regions.default([]),
    avoidAreas: regions.default([]),
  })
  .transform((p) => ({
    ...p,
    // Words for "another scent" only mean something with that choice; pain only with that goal.
    scentOther: p.scent === "other" ? p.scentOther : undefined,
    painArea: p.goal === "pain_relief" ? p.painArea : undefined,
    painLevel: p.goal === "pain_relief" ? p.painLevel : undefined,
  }))
  .refine((p) => !p.focusAreas.some((area) => p.avoidAreas.includes(area)), {
    message: "An area cannot be both a focus and one to avoid",
    path: ["avoidAreas"],
  });

export type TSessionPreferences = z.output<typeof ZSessionPreferencesSchema>;

/** Health notes are kept apart from preferences and need the client's consent to be stored. */
export const ZHealthNotesSchema = z
  .object({
    healthNotes: multiLineText().max(1000, "Please keep health notes under 1000 characters").optional(),
    healthConsent: z.boolean().default(false),
  })
  .transform((h) => ({ healthNotes: h.healthNotes ? h.healthNotes : undefined, healthConsent: h.healthConsent }))
  .refine((h) => !h.healthNotes || h.healthConsent, {
    message: "Please agree that the salon's staff may read your health notes, or leave them empty",
    path: ["healthConsent"],
  });

export type THealthNotes = z.output<typeof ZHealthNotesSchema>;

/** The words shown beside the consent box, stored as the record of what was agreed to. */
export const HEALTH_CONSENT_TEXT =
  "I agree that this salon's therapists and staff may read my health notes to keep my session safe. They are never sent by email or shown anywhere else.";

/** A stored document read back; anything that no longer parses counts as no preferences at all. */
export function readPreferences(stored: unknown): TSessionPreferences | null {
  const parsed = ZSessionPreferencesSchema.safeParse(stored);
  return parsed.success ? parsed.data : null;
}
