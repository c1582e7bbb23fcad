"use server";

import { revalidatePath } from "next/cache";
import { isAppError, AppError } from "@/lib/errors/app-error";
import { staffWith } from "@/lib/server/contexts";
import { formAction } from "@/lib/server/form-action";
import { policiesFromForm, withFormFieldNames, ZPoliciesFormSchema } from "@/lib/settings/policies-form";
import { updatePolicies } from "@/lib/settings/update-policies";
import { staffPath } from "@/lib/tenancy/staff-page";

// The owner's settings pages. The salon comes from the URL's slug and the guard checks the
// caller owns it; the public pages read the policy per request, so nothing else to refresh.

export type PoliciesResult = { changed: number };

export const savePoliciesAction = formAction({
  schema: ZPoliciesFormSchema,
  context: (form) => staffWith({ salon: form.salon, permission: "salon.manage", returnTo: staffPath(form.salon, "settings", "policies") }),
  async run(form, { staff }): Promise<PoliciesResult> {
    try {
      const { changes } = await updatePolicies({ staff, policies: policiesFromForm(form, staff.tenant.currency) });
      revalidatePath(staffPath(staff.tenant.slug, "settings", "policies"));
      return { changed: Object.keys(changes).length };
    } catch (error) {
      if (isAppError(error, "VALIDATION")) throw new AppError("VALIDATION", error.message, withFormFieldNames(error.fieldErrors));
      throw error;
    }
  },
});
