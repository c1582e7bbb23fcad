"use server";

import { redirect } from "next/navigation";
import { cancelBooking } from "@/lib/booking/cancel-booking";
import { manageHref } from "@/lib/booking/manage-token";
import { manageLinkHolder } from "@/lib/server/contexts";
import { formAction } from "@/lib/server/form-action";
import { INVALID_LINK, ZCancelFormSchema } from "./cancel-form";

/**
 * Manage page → cancel. The manage token is checked again here: the page showing the button
 * is no proof the caller may cancel.
 */
export const cancelBookingAction = formAction({
  schema: ZCancelFormSchema,
  invalidMessage: (fieldErrors) => fieldErrors.reason?.[0] ?? INVALID_LINK,
  messages: { NOT_FOUND: INVALID_LINK },
  context: manageLinkHolder,
  async run({ reason }, { salon, bookingId, token }) {
    await cancelBooking({ tenantId: salon.tenantId, bookingId, actor: "client", reason: reason || undefined });
    redirect(manageHref(salon.tenant.slug, bookingId, token, { cancelled: "1" }));
  },
});
