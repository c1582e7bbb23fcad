"use server";

import { redirect } from "next/navigation";
import { publicSalon } from "@/lib/server/contexts";
import { formAction } from "@/lib/server/form-action";
import { bookHref, ZSelectionSchema } from "./booking-flow";
import { writeDraft, ZDraftSchema } from "./booking-draft";

const SELECTION_FIELDS = ["salon", "service", "therapist", "start"];

// The choice from the URL (hidden fields) and the client's details, with an empty note as none.
const ZDetailsFormSchema = ZSelectionSchema.extend(ZDraftSchema.shape).transform(({ note, ...rest }) => ({ ...rest, note: note || undefined }));

/**
 * Details step: validates the client's contact details, keeps them in the draft cookie and moves
 * on to the review step. Nothing is written to the database here.
 */
export const saveDetailsAction = formAction({
  schema: ZDetailsFormSchema,
  invalidMessage: (fieldErrors) =>
    SELECTION_FIELDS.some((field) => fieldErrors[field])
      ? "Your choice of service and time got lost. Please go back and pick a time again."
      : "Please check the highlighted fields.",
  messages: { NOT_FOUND: "This salon could not be found." },
  context: ({ salon }) => publicSalon(salon),
  async run({ service, therapist, start, name, email, phone, note }, { tenant }) {
    await writeDraft(tenant.slug, { name, email, phone, note });
    redirect(bookHref(tenant.slug, "review", { service, therapist, start }));
  },
});
