"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { staffWith } from "@/lib/server/contexts";
import { formAction } from "@/lib/server/form-action";
import { createLocation, deleteLocation, updateLocation } from "@/lib/settings/locations";
import { updateSalonProfile } from "@/lib/settings/update-salon-profile";
import { staffPath } from "@/lib/tenancy/staff-page";

// The owner's salon profile and locations. The salon comes from the URL's slug and the guard
// checks the caller owns it; the fields are checked by the domain functions' schemas (errors
// keyed by the same names as the form's fields). Public pages read the salon per request; the
// paths are revalidated anyway so nothing cached shows the old name or address.

const text = z.string().default("");

const ZSalonProfileFormSchema = z.object({ salon: z.string(), name: text, tagline: text, phone: text, locale: text, timeZone: text });

const locationFields = { name: text, addressLine1: text, addressLine2: text, city: text, postalCode: text, country: text, timeZone: text };
const ZLocationFormSchema = z.object({ salon: z.string(), location: z.string().optional(), ...locationFields });
const ZDeleteLocationFormSchema = z.object({ salon: z.string(), location: z.string() });

export type SalonProfileResult = { changed: number };

function refreshSalon(slug: string, ...settings: string[]) {
  revalidatePath(`/s/${slug}`, "layout");
  revalidatePath("/");
  revalidatePath(staffPath(slug, "settings", ...settings));
}

const owner = (section: string) => (form: { salon: string }) => staffWith({ salon: form.salon, permission: "salon.manage", returnTo: staffPath(form.salon, "settings", section) });

export const saveSalonProfileAction = formAction({
  schema: ZSalonProfileFormSchema,
  context: owner("profile"),
  async run(form, { staff }): Promise<SalonProfileResult> {
    // The domain's schema keeps the profile's fields only.
    const { changes } = await updateSalonProfile({ staff, profile: form });
    refreshSalon(staff.tenant.slug, "profile");
    return { changed: Object.keys(changes).length };
  },
});

/** Adds a location, or (with `location`, its id) changes one; then back to the list. */
export const saveLocationAction = formAction({
  schema: ZLocationFormSchema,
  context: owner("locations"),
  async run(form, { staff }): Promise<never> {
    const locationId = form.location;
    if (locationId === undefined) await createLocation({ staff, location: form });
    else await updateLocation({ staff, locationId, location: form });
    refreshSalon(staff.tenant.slug, "locations");
    redirect(`${staffPath(staff.tenant.slug, "settings", "locations")}?done=${locationId === undefined ? "added" : "saved"}`);
  },
});

export const deleteLocationAction = formAction({
  schema: ZDeleteLocationFormSchema,
  context: owner("locations"),
  async run(form, { staff }): Promise<never> {
    await deleteLocation({ staff, locationId: form.location });
    refreshSalon(staff.tenant.slug, "locations");
    redirect(`${staffPath(staff.tenant.slug, "settings", "locations")}?done=deleted`);
  },
});
