import { z } from "zod";
import { multiLineText } from "@/lib/validation/text";
import { NOTE_MAX_LENGTH } from "./limits";

// A therapist's short treatment note on a session, private to the salon's staff.

export const ZSessionNoteBodySchema = multiLineText().min(1, "Write the note first").max(NOTE_MAX_LENGTH, "Please keep the note under 2,000 characters");

/** The brief's note form as posted; `salon` is the page's slug, checked by the guard. */
export const ZSessionNoteFormSchema = z.object({ salon: z.string(), booking: z.string(), body: ZSessionNoteBodySchema });
