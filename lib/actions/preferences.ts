"use server";

import { redirect } from "next/navigation";
import { manageHref } from "@/lib/booking/manage-token";
import { ZPreferencesFormSchema } from "@/lib/preferences/form";
import { saveBookingPreferences } from "@/lib/preferences/save-booking-preferences";
import { manageLinkHolder } from "@/lib/server/contexts";
import { formAction } from "@/lib/server/form-action";
import { INVALID_LINK } from "./cancel-form";

// "How would you like your session?": the manage-link holder states this booking's preferences.

export const savePreferencesAction = formAction({
  schema: ZPreferencesFormSchema,
  messages: { NOT_FOUND: INVALID_LINK },
  context: (form) => manageLinkHolder(form.link),
  async run(form, { salon, bookingId, token }) {
    await saveBookingPreferences({ tenantId: salon.tenantId, bookingId, preferences: form.preferences, health: form.health, remember: form.remember });
    redirect(manageHref(salon.tenant.slug, bookingId, token, { preferences: "saved" }));
  },
});
