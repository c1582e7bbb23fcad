import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { LocationForm } from "@/components/staff/settings/location-form";
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
    <div className="space-y-6">
      <header className="space-y-2">
        <Link href={staffPath(tenant.slug, "settings", "locations")} className="text-sm font-medium text-brand-700 hover:underline">
          ← Locations
        </Link>
        <h1 className="text-2xl font-semibold text-stone-900">New location</h1>
      </header>
      <Card>
        <LocationForm
          salon={tenant.slug}
          initial={{ name: "", addressLine1: "", addressLine2: "", city: "", postalCode: "", country: main?.country ?? "US", timeZone }}
          countries={countryOptions(tenant.locale)}
          zones={timeZoneSelectGroups(timeZone)}
        />
      </Card>
    </div>
  );
}
