"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { AppError, isAppError } from "@/lib/errors/app-error";
import { staffWith } from "@/lib/server/contexts";
import { formAction } from "@/lib/server/form-action";
import { createService, moveService, updateService } from "@/lib/settings/services";
import { serviceFromForm, withServiceFormFieldNames, ZMoveServiceFormSchema, ZServiceFormSchema, type TServiceForm } from "@/lib/settings/services-form";
import { staffPath } from "@/lib/tenancy/staff-page";

// The owner's services pages: add, edit, move up or down. The salon comes from the URL's slug
// and the guard checks the caller owns it. Public pages read services per request; their paths
// are refreshed too so a browser that has them cached sees the change on its next visit.

export type ServiceSavedResult = { changed: number };
export type ServiceMovedResult = { moved: boolean; position: number; count: number };

function refresh(salon: string) {
  revalidatePath(staffPath(salon, "settings", "services"), "layout");
  revalidatePath(`/s/${salon}`, "layout");
}

/** Domain errors under the form's field names (price, the deposit's amount or share, therapists). */
async function onForm<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isAppError(error)) throw new AppError(error.code, error.message, withServiceFormFieldNames(error.fieldErrors));
    throw error;
  }
}

const context = (form: TServiceForm) =>
  staffWith({ salon: form.salon, permission: "salon.manage", returnTo: staffPath(form.salon, "settings", "services", ...(form.service ? [form.service] : ["new"])) });

export const createServiceAction = formAction({
  schema: ZServiceFormSchema,
  context,
  async run(form, { staff }): Promise<ServiceSavedResult> {
    const { id } = await onForm(() => createService({ staff, service: serviceFromForm(form, staff.tenant.currency) }));
    refresh(staff.tenant.slug);
    redirect(`${staffPath(staff.tenant.slug, "settings", "services")}?added=${id}`);
  },
});

export const updateServiceAction = formAction({
  schema: ZServiceFormSchema,
  context,
  async run(form, { staff }): Promise<ServiceSavedResult> {
    const { changes } = await onForm(() => updateService({ staff, serviceId: form.service ?? "", service: serviceFromForm(form, staff.tenant.currency) }));
    refresh(staff.tenant.slug);
    return { changed: Object.keys(changes).length };
  },
});

export const moveServiceAction = formAction({
  schema: ZMoveServiceFormSchema,
  context: (form) => staffWith({ salon: form.salon, permission: "salon.manage", returnTo: staffPath(form.salon, "settings", "services") }),
  async run(form, { staff }): Promise<ServiceMovedResult> {
    const result = await moveService({ staff, serviceId: form.service, direction: form.direction });
    refresh(staff.tenant.slug);
    return result;
  },
});
