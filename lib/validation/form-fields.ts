import { z } from "zod";

// Shapes of posted form fields, shared by the forms that parse them.

/** A text field where an empty (or blank) value means "none". */
export function blankAsNone() {
  return z
    .string()
    .optional()
    .transform((v) => (v === undefined || v.trim() === "" ? undefined : v));
}

/** A group of checkboxes: absent, one value or several, always a list. */
export function checkboxList() {
  return z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]));
}

/** One checkbox: ticked when posted as "on" (or "true"). */
export function checkbox() {
  return z
    .string()
    .optional()
    .transform((v) => v === "on" || v === "true");
}

/** The hidden fields that name a booking's private link: salon, booking and its token. */
export function bookingLinkFields(invalidLink: string) {
  return {
    salon: z.string({ error: invalidLink }),
    booking: z.string({ error: invalidLink }),
    token: z.string({ error: invalidLink }).max(100, invalidLink),
  };
}
