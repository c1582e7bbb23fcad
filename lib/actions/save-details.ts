"use server";

import { redirect } from "next/navigation";
import { formText } from "./form-text";
import { fieldErrorsOf } from "@/lib/errors/validation";
import { isAppError } from "@/lib/errors/app-error";
import { publicContext } from "@/lib/tenancy/guard";
import { bookHref, ZSelectionSchema } from "./booking-flow";
import { writeDraft, ZDraftSchema } from "./booking-draft";

export type DetailsValues = { name: string; email: string; phone: string; note: string };
export type DetailsFormState = { values?: DetailsValues; fieldErrors?: Record<string, string[]>; message?: string };


/**
 * Details step: validates the client's contact details, keeps them in the draft cookie and moves
 * on to the review step. Nothing is written to the database here.
 */
export async function saveDetailsAction(_prev: DetailsFormState, formData: FormData): Promise<DetailsFormState> {
  const values: DetailsValues = { name: formText(formData, "name"), email: formText(formData, "email"), phone: formText(formData, "phone"), note: formText(formData, "note") };
  const selection = ZSelectionSchema.safeParse({
    salon: formData.get("salon"),
    service: formData.get("service"),
    therapist: formData.get("therapist"),
    start: formData.get("start"),
  });
  if (!selection.success) return { values, message: "Your choice of service and time got lost. Please go back and pick a time again." };

  const details = ZDraftSchema.safeParse({ ...values, note: values.note.trim() || undefined });
  if (!details.success) return { values, fieldErrors: fieldErrorsOf(details.error), message: "Please check the highlighted fields." };

  const { salon, service, therapist, start } = selection.data;
  try {
    const { tenant } = await publicContext(salon);
    await writeDraft(tenant.slug, details.data);
  } catch (error) {
    if (isAppError(error, "NOT_FOUND")) return { values, message: "This salon could not be found." };
    throw error;
  }
  redirect(bookHref(salon, "review", { service, therapist, start }));
}
