"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { onboardingLink } from "@/lib/payments/connect";
import { staffWith } from "@/lib/server/contexts";
import { formAction } from "@/lib/server/form-action";

/** The owner connects the salon to Stripe: to Stripe's onboarding page for its account. */
export const connectStripeAction = formAction({
  schema: z.object({}),
  context: () => staffWith("payments.manage", "/staff/payments"),
  async run(_form, { staff, session }) {
    redirect(await onboardingLink(staff.tenant, session.email ?? ""));
  },
});
