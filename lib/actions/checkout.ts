"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { recordDeferredConsent } from "@/lib/booking/deferred-consent";
import { clientIp } from "@/lib/http/client-ip";
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
    // A booking staff took by phone: the client agrees to the terms shown above this button now.
    const requestHeaders = await headers();
    await recordDeferredConsent({ tenantId: salon.tenantId, bookingId, visitor: { ipAddress: clientIp(requestHeaders), userAgent: requestHeaders.get("user-agent")?.slice(0, 500) ?? null } });
    redirect(await startDepositCheckout({ tenant: salon.tenant, bookingId }));
  },
});
