import type { AppErrorCode } from "@/lib/errors/app-error";

// What every server action answers: ok with its data, or a failure that a form can show as
// it is (a message, the fields to fix) while keeping what the person typed.

export type ActionFailure = {
  ok: false;
  code: AppErrorCode | "INTERNAL";
  message: string;
  fieldErrors?: Record<string, string[]>;
  /** The text fields as posted, so a form can show them again. */
  values?: Record<string, string>;
  /** Fields posted more than once (checkbox groups), with every value. */
  lists?: Record<string, string[]>;
};

export type ActionResult<T = undefined> = { ok: true; data: T } | ActionFailure;

/** What a form's useActionState holds: nothing yet, or the last answer. */
export type FormState<T = undefined> = ActionResult<T> | null;

/** The last answer, if it was a failure a form should show. */
export function failureOf(state: FormState<unknown>): ActionFailure | null {
  return state && !state.ok ? state : null;
}
