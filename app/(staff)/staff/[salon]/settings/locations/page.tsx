import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { LinkButton } from "@/components/ui/link-button";
import { ChangeLog } from "@/components/staff/settings/change-log";
import { listAuditEntries } from "@/lib/settings/audit";
import { listLocations } from "@/lib/settings/locations";
import { countryName, timeZoneLabel } from "@/lib/settings/regional";
import { requireStaffPagePermission, staffPath } from "@/lib/tenancy/staff-page";

export const metadata: Metadata = { title: "Locations" };

const DONE: Record<string, string> = { added: "Location added.", saved: "Location saved.", deleted: "Location deleted." };

/** The salon's locations, each with what uses it, and their recent changes (the settings layout admits owners only). */
export default async function LocationsPage({ params, searchParams }: { params: Promise<{ salon: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { salon } = await params;
  const staff = await requireStaffPagePermission({ salon, permission: "salon.manage" });
  const { tenant } = staff;
  const done = (await searchParams).done;
  const [locations, entries] = await Promise.all([listLocations(staff), listAuditEntries(tenant.id, { actionPrefix: "location." })]);

  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold text-stone-900">Locations</h1>
        <p className="text-stone-700">Where your sessions happen. Your booking pages show the main location&apos;s address, and opening hours are set there, in its time zone.</p>
      </header>
      {typeof done === "string" && DONE[done] && <Alert tone="success" title={DONE[done]} />}

      <LinkButton href={staffPath(tenant.slug, "settings", "locations", "new")} variant="secondary">
        Add a location
      </LinkButton>

      <ul className="space-y-3" aria-label="Locations">
        {locations.map((location) => (
          <li key={location.id}>
            <Card className="space-y-2">
              <div className="flex flex-wrap items-center gap-2">
                <h2 className="font-semibold text-stone-900">{location.name}</h2>
                {location.main && <Badge tone="brand">Main location</Badge>}
              </div>
              <address className="text-sm leading-relaxed text-stone-700 not-italic">
                {location.addressLine1}
                {location.addressLine2 ? `, ${location.addressLine2}` : ""}
                <br />
                {location.city} {location.postalCode} · {countryName(location.country, tenant.locale)}
              </address>
              <p className="text-sm text-stone-600">
                Time zone: {timeZoneLabel(location.timeZone)} · {location.bookings === 1 ? "1 booking" : `${location.bookings} bookings`}
                {location.hours ? " · opening hours set here" : ""}
              </p>
              <Link href={staffPath(tenant.slug, "settings", "locations", location.id)} className="inline-block py-1 font-medium text-brand-700 hover:underline">
                Edit<span className="sr-only"> {location.name}</span>
              </Link>
            </Card>
          </li>
        ))}
      </ul>

      <ChangeLog entries={entries} salon={tenant} />
    </div>
  );
}
