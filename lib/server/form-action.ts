import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { isAppError, type AppErrorCode } from "@/lib/errors/app-error";
import { fieldErrorsOf } from "@/lib/errors/validation";
import type { ActionFailure, ActionResult, FormState } from "./action-result";

// The one way to write a form's server action: parse the posted fields with Zod, resolve who
// is asking (see contexts.ts), call one domain function, answer one ActionResult. Redirects and
// not-found pass through; an expected failure (AppError) becomes a message fit for the person;
// anything else is logged and answered plainly, never as a stack trace.

export type FormActionDefinition<S extends z.ZodType, C, T> = {
  schema: S;
  /** Who is asking, for which salon: throws an AppError when they may not. */
  context: (input: z.infer<S>) => Promise<C>;
  run: (input: z.infer<S>, ctx: C) => Promise<T>;
  /** The summary shown above the fields when the schema refuses the input. */
  invalidMessage?: string | ((fieldErrors: Record<string, string[]>) => string);
  /** Plainer words for some codes on this form (e.g. NOT_FOUND → "this link is not valid"). */
  messages?: Partial<Record<AppErrorCode, string>>;
};

export type FormAction<T> = (previous: FormState<T>, formData: FormData) => Promise<ActionResult<T>>;

const INTERNAL_MESSAGE = "Something went wrong on our side. Please try again in a moment.";

export function formAction<S extends z.ZodType, C, T>(definition: FormActionDefinition<S, C, T>): FormAction<T> {
  return async (_previous, formData) => {
    const posted = textFieldsOf(formData);
    const values = withoutSecrets(firstValues(posted));
    const lists = listValues(posted);
    try {
      const parsed = definition.schema.safeParse(posted);
      if (!parsed.success) {
        const fieldErrors = fieldErrorsOf(parsed.error);
        const { invalidMessage = "Please check the highlighted fields." } = definition;
        return failure("VALIDATION", typeof invalidMessage === "function" ? invalidMessage(fieldErrors) : invalidMessage, values, fieldErrors, lists);
      }
      const ctx = await definition.context(parsed.data);
      return { ok: true, data: await definition.run(parsed.data, ctx) };
    } catch (error) {
      unstable_rethrow(error); // redirect() and notFound() are answers, not failures
      if (isAppError(error)) return failure(error.code, definition.messages?.[error.code] ?? error.message, values, error.fieldErrors, lists);
      console.error("[action] unexpected failure", error);
      return failure("INTERNAL", INTERNAL_MESSAGE, values);
    }
  };
}

function failure(code: ActionFailure["code"], message: string, values: Record<string, string>, fieldErrors?: Record<string, string[]>, lists?: Record<string, string[]>): ActionFailure {
  return { ok: false, code, message, values, ...(fieldErrors ? { fieldErrors } : {}), ...(lists && Object.keys(lists).length ? { lists } : {}) };
}

const SECRET = /password|token/i;

/** Passwords go back to no one, not even the person who typed them. */
function withoutSecrets(posted: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(posted).filter(([name]) => !SECRET.test(name)));
}

/**
 * The form's text fields (a file where text belongs is simply absent). A name posted more than
 * once (a group of checkboxes) becomes a list; a schema expecting one value refuses a list.
 */
function textFieldsOf(formData: FormData): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {};
  for (const [name, value] of formData.entries()) {
    if (typeof value !== "string" || name.startsWith("$ACTION")) continue;
    const earlier = values[name];
    values[name] = earlier === undefined ? value : Array.isArray(earlier) ? [...earlier, value] : [earlier, value];
  }
  return values;
}

/** Every value of the fields posted more than once, so a checkbox group can show what was ticked. */
function listValues(posted: Record<string, string | string[]>): Record<string, string[]> {
  const lists: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(posted)) if (Array.isArray(value) && !SECRET.test(name)) lists[name] = value;
  return lists;
}

function firstValues(posted: Record<string, string | string[]>): Record<string, string> {
  return Object.fromEntries(Object.entries(posted).map(([name, value]) => [name, Array.isArray(value) ? (value[0] ?? "") : value]));
}
