import { z } from "zod";
import { singleLineText } from "./text";

/** An email address as every form takes it: trimmed, checked, lower-cased. */
export const ZEmailSchema = singleLineText()
  .max(254, "Email is too long")
  .pipe(z.email("Please enter a valid email address"))
  .transform((email) => email.toLowerCase());

/**
 * For next-auth's EmailProvider `normalizeIdentifier`: the address the sign-in link goes to and
 * the key it is stored under. Throwing makes next-auth answer with its sign-in error page
 * instead of passing a NUL-laden address to the database.
 */
export function normalizeEmailIdentifier(identifier: string): string {
  const parsed = ZEmailSchema.safeParse(identifier);
  if (!parsed.success) throw new Error("Invalid email address");
  return parsed.data;
}
