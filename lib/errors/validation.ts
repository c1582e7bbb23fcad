import type { z } from "zod";
import { AppError } from "./app-error";

/** Field errors keyed by dotted path ("client.email"); problems with the whole input go under "_form". */
export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "_form";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

/** Parses untrusted input or throws a VALIDATION AppError that says what is wrong. */
export function parseOrThrow<T extends z.ZodType>(schema: T, input: unknown, message = "Please check the highlighted fields"): z.infer<T> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new AppError("VALIDATION", message, fieldErrorsOf(parsed.error));
  return parsed.data;
}
