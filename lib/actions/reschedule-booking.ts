"use server";

import { redirect } from "next/navigation";
import { instantToLocalParts } from "@/lib/availability/time-zone";
import { manageHref } from "@/lib/booking/manage-token";
import { getPrimaryLocation } from "@/lib/booking/primary-location";
import { rescheduleBooking } from "@/lib/booking/reschedule-booking";
import { isAppError } from "@/lib/errors/app-error";
import { manageLinkHolder } from "@/lib/server/contexts";
import { formAction } from "@/lib/server/form-action";
import { INVALID_LINK } from "./cancel-form";
import { rescheduleHref, ZRescheduleFormSchema } from "./reschedule-form";

/**
 * Reschedule page → moved. The manage token is checked again here (the page is no proof), and
 * the domain decides whether the client may still move it and whether the time is free. A time
 * someone took a moment ago sends the client back to that day's free times with a notice.
 */
export const rescheduleBookingAction = formAction({
  schema: ZRescheduleFormSchema,
  invalidMessage: (fieldErrors) => fieldErrors.start?.[0] ?? INVALID_LINK,
  messages: { NOT_FOUND: INVALID_LINK },
  context: manageLinkHolder,
  async run({ start, therapist }, { salon, bookingId, token }) {
    const slug = salon.tenant.slug;
    try {
      await rescheduleBooking({ tenantId: salon.tenantId, bookingId, mover: { kind: "client" }, input: { startsAt: start, therapistId: therapist === "any" ? "any" : undefined } });
    } catch (error) {
      const notice = isAppError(error, "SLOT_TAKEN") ? "taken" : isAppError(error, "VALIDATION") && error.fieldErrors?.startsAt ? "gone" : null;
      if (!notice) throw error;
      const location = await getPrimaryLocation(salon.tenantId);
      const date = location ? instantToLocalParts(Date.parse(start), location.timeZone).date : undefined;
      redirect(rescheduleHref(slug, bookingId, token, { therapist: therapist === "any" ? "any" : undefined, date, notice }));
    }
    redirect(manageHref(slug, bookingId, token, { moved: "1" }));
  },
});
