"use server";

import { redirect } from "next/navigation";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { parseOrThrow } from "@/lib/errors/validation";
import { ZVisitAddressSchema } from "@/lib/booking/visit-address";
import { blankAsNone } from "@/lib/validation/form-fields";
import { publicSalon } from "@/lib/server/contexts";
import { formAction } from "@/lib/server/form-action";
import { bookHref, ZSelectionSchema } from "./booking-flow";
import { writeDraft, ZDraftSchema } from "./booking-draft";

const SELECTION_FIELDS = ["salon", "service", "therapist", "start"];

const none = blankAsNone();

// The choice from the URL (hidden fields), the client's details, and for a mobile service the
// address (flat fields on the form), with empty optional fields as none.
const ZDetailsFormSchema = ZSelectionSchema.extend(ZDraftSchema.omit({ visitAddress: true }).shape)
  .extend({ addressLine1: none, addressLine2: none, city: none, postalCode: none, directions: none })
  .transform(({ note, addressLine1, addressLine2, city, postalCode, directions, ...rest }) => ({
    ...rest,
    note: note || undefined,
    address: { line1: addressLine1, line2: addressLine2, city, postalCode, directions },
  }));

const ADDRESS_FIELDS: Record<string, string> = { line1: "addressLine1", line2: "addressLine2", city: "city", postalCode: "postalCode", directions: "directions" };

/** A mobile service's address, validated with the form's field names; none for a studio service. */
async function visitAddressFor(tenantId: string, serviceId: string, address: Record<string, string | undefined>) {
  const service = await (await db()).service.findFirst({ where: { tenantId, id: serviceId }, select: { locationType: true } });
  if (service?.locationType !== "MOBILE") return undefined;
  try {
    return parseOrThrow(ZVisitAddressSchema, address, "Please check the address.");
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const renamed = Object.fromEntries(Object.entries(error.fieldErrors ?? {}).map(([k, v]) => [ADDRESS_FIELDS[k] ?? k, v]));
    throw new AppError("VALIDATION", "Please check the highlighted fields.", renamed);
  }
}

/**
 * Details step: validates the client's contact details (and a mobile session's address), keeps
 * them in the draft cookie and moves on to the review step. Nothing is written to the database here.
 */
export const saveDetailsAction = formAction({
  schema: ZDetailsFormSchema,
  invalidMessage: (fieldErrors) =>
    SELECTION_FIELDS.some((field) => fieldErrors[field])
      ? "Your choice of service and time got lost. Please go back and pick a time again."
      : "Please check the highlighted fields.",
  messages: { NOT_FOUND: "This salon could not be found." },
  context: ({ salon }) => publicSalon(salon),
  async run({ service, therapist, start, name, email, phone, note, address }, { tenant }) {
    const visitAddress = await visitAddressFor(tenant.id, service, address);
    await writeDraft(tenant.slug, { name, email, phone, note, visitAddress });
    redirect(bookHref(tenant.slug, "review", { service, therapist, start }));
  },
});
