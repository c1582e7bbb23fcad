"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { onboardingLink } from "@/lib/payments/connect";
import { staffWith } from "@/lib/server/contexts";
import { formAction } from "@/lib/server/form-action";

/** The owner connects the salon to Stripe: to Stripe's onboarding page for its account. */
export const connectStripeAction = formAction({
  // The salon is the payments page's; staffWith checks the caller owns it.
  schema: z.object({ salon: z.string() }),
  context: (form) => staffWith({ salon: form.salon, permission: "payments.manage" }),
  async run(_form, { staff, session }) {
    redirect(await onboardingLink(staff.tenant, session.email ?? ""));
  },
});
