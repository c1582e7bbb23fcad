import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DeleteLocationForm, LocationForm } from "@/components/staff/settings/location-form";
import { SettingsFormPage } from "@/components/staff/settings/settings-form-page";
import { listLocations, whyLocationIsKept } from "@/lib/settings/locations";
import { countryOptions, timeZoneSelectGroups } from "@/lib/settings/regional";
import { requireStaffPagePermission, staffPath } from "@/lib/tenancy/staff-page";

export const metadata: Metadata = { title: "Edit location" };

/** One location of the salon: its details, and deleting it while nothing uses it. Another salon's id is not found. */
export default async function EditLocationPage({ params }: { params: Promise<{ salon: string; location: string }> }) {
  const { salon, location: locationId } = await params;
  const staff = await requireStaffPagePermission({ salon, permission: "salon.manage" });
  const { tenant } = staff;
  const locations = await listLocations(staff);
  const location = locations.find((l) => l.id === locationId);
  if (!location) notFound();
  const kept = whyLocationIsKept(location, locations.length);
  const deleting = (
    <section aria-labelledby="delete-heading" className="space-y-2">
      <h2 id="delete-heading" className="text-lg font-semibold text-stone-900">
        Delete this location
      </h2>
      {kept ? <p className="text-sm text-stone-700">{kept}</p> : <DeleteLocationForm salon={tenant.slug} locationId={location.id} name={location.name} />}
    </section>
  );
  return (
    <SettingsFormPage back={{ href: staffPath(tenant.slug, "settings", "locations"), label: "Locations" }} title={location.name} after={deleting}>
      <LocationForm
        salon={tenant.slug}
        locationId={location.id}
        initial={{ name: location.name, addressLine1: location.addressLine1, addressLine2: location.addressLine2 ?? "", city: location.city, postalCode: location.postalCode, country: location.country, timeZone: location.timeZone }}
        countries={countryOptions(tenant.locale)}
        zones={timeZoneSelectGroups(location.timeZone)}
      />
    </SettingsFormPage>
  );
}
