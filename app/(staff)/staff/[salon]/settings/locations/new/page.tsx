import type { Metadata } from "next";
import { LocationForm } from "@/components/staff/settings/location-form";
import { SettingsFormPage } from "@/components/staff/settings/settings-form-page";
import { getPrimaryLocation } from "@/lib/booking/primary-location";
import { countryOptions, timeZoneSelectGroups } from "@/lib/settings/regional";
import { requireStaffPagePermission, staffPath } from "@/lib/tenancy/staff-page";

export const metadata: Metadata = { title: "New location" };

/** Adding a location: country and zone start as the main location's. */
export default async function NewLocationPage({ params }: { params: Promise<{ salon: string }> }) {
  const { salon } = await params;
  const { tenant } = await requireStaffPagePermission({ salon, permission: "salon.manage" });
  const main = await getPrimaryLocation(tenant.id);
  const timeZone = main?.timeZone ?? tenant.timeZone;
  return (
    <SettingsFormPage back={{ href: staffPath(tenant.slug, "settings", "locations"), label: "Locations" }} title="New location">
      <LocationForm
        salon={tenant.slug}
        initial={{ name: "", addressLine1: "", addressLine2: "", city: "", postalCode: "", country: main?.country ?? "US", timeZone }}
        countries={countryOptions(tenant.locale)}
        zones={timeZoneSelectGroups(timeZone)}
      />
    </SettingsFormPage>
  );
}
