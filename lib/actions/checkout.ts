"use server";

import { redirect } from "next/navigation";
import { startDepositCheckout } from "@/lib/payments/checkout";
import { manageLinkHolder } from "@/lib/server/contexts";
import { formAction } from "@/lib/server/form-action";
import { INVALID_LINK } from "./cancel-form";
import { ZBookingLinkFormSchema } from "./payment-forms";

/** Manage page of a held booking → back to Stripe Checkout (the open session if there is one). */
export const resumeCheckoutAction = formAction({
  schema: ZBookingLinkFormSchema,
  invalidMessage: INVALID_LINK,
  messages: { NOT_FOUND: INVALID_LINK },
  context: manageLinkHolder,
  async run(_form, { salon, bookingId }) {
    redirect(await startDepositCheckout({ tenant: salon.tenant, bookingId }));
  },
});
