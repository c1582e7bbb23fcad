"use server";

import { redirect } from "next/navigation";
import { submitCheckIn } from "@/lib/checkins/submit-check-in";
import { CHECK_IN_INVALID_LINK, ZCheckInFormSchema } from "@/lib/checkins/form";
import { receiptHolder } from "@/lib/server/contexts";
import { formAction } from "@/lib/server/form-action";

// The one-minute check-in, for the holder of the session's receipt link (no sign-in needed).

export const submitCheckInAction = formAction({
  schema: ZCheckInFormSchema,
  invalidMessage: CHECK_IN_INVALID_LINK,
  messages: { NOT_FOUND: CHECK_IN_INVALID_LINK },
  context: (form) => receiptHolder(form.link),
  async run(form, { salon, bookingId, token }) {
    await submitCheckIn({ tenantId: salon.tenantId, bookingId, input: form.answers });
    redirect(`/s/${salon.tenant.slug}/bookings/${bookingId}/check-in?${new URLSearchParams({ token, sent: "1" })}`);
  },
});
