import type { Metadata } from "next";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { ChangeLog } from "@/components/staff/settings/change-log";
import { SalonProfileForm, type SalonProfileFormValues } from "@/components/staff/settings/salon-profile-form";
import { getPrimaryLocation } from "@/lib/booking/primary-location";
import { env } from "@/lib/env";
import { listAuditEntries } from "@/lib/settings/audit";
import { SUPPORTED_LOCALES, timeZoneLabel, timeZoneSelectGroups } from "@/lib/settings/regional";
import { SALON_AUDIT_ACTION } from "@/lib/settings/update-salon-profile";
import { requireStaffPagePermission } from "@/lib/tenancy/staff-page";

export const metadata: Metadata = { title: "Salon profile" };

const ZONE_HINT =
  "Your staff calendar, time off, calendar feeds and the dashboard's days and months run in this zone. Opening hours and booking times follow each location's own zone (under Locations), so changing this moves no booking and no opening hours.";

/** The owner's salon profile, its public address and its recent changes (the settings layout admits owners only). */
export default async function SalonProfilePage({ params }: { params: Promise<{ salon: string }> }) {
  const { salon } = await params;
  const { tenant } = await requireStaffPagePermission({ salon, permission: "salon.manage" });
  const [main, entries] = await Promise.all([getPrimaryLocation(tenant.id), listAuditEntries(tenant.id, { actionPrefix: SALON_AUDIT_ACTION })]);
  const publicUrl = new URL(`/s/${tenant.slug}`, env().APP_URL).toString();
  const initial: SalonProfileFormValues = { name: tenant.name, tagline: tenant.tagline ?? "", phone: tenant.phone ?? "", locale: tenant.locale, timeZone: tenant.timeZone };
  const locales = SUPPORTED_LOCALES.some((l) => l.code === tenant.locale) ? SUPPORTED_LOCALES.map((l) => ({ value: l.code, label: l.label })) : [{ value: tenant.locale, label: tenant.locale }, ...SUPPORTED_LOCALES.map((l) => ({ value: l.code, label: l.label }))];

  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold text-stone-900">Salon profile</h1>
        <p className="text-stone-700">Your salon&apos;s name, tagline and phone as clients see them, and how its dates and times are written. Changes show on your booking pages at once.</p>
      </header>

      <Card className="space-y-1">
        <h2 className="font-semibold text-stone-900">Your booking page</h2>
        <p className="break-all">
          <a href={`/s/${tenant.slug}`} className="font-medium text-brand-700 hover:underline" data-testid="public-url">
            {publicUrl}
          </a>
        </p>
        <p className="text-sm text-stone-600">The address stays the same, so links you and your clients have already shared keep working.</p>
      </Card>

      {main && main.timeZone !== tenant.timeZone && (
        <Alert tone="warning" title="The salon and its main location are in different time zones">
          {main.name} is in {timeZoneLabel(main.timeZone)}, the salon in {timeZoneLabel(tenant.timeZone)}: your calendar shows times in {timeZoneLabel(tenant.timeZone)} while clients book in {timeZoneLabel(main.timeZone)}.
        </Alert>
      )}

      <Card>
        <SalonProfileForm salon={tenant.slug} initial={initial} locales={locales} zones={timeZoneSelectGroups(tenant.timeZone)} zoneHint={ZONE_HINT} />
      </Card>
      <ChangeLog entries={entries} salon={tenant} />
    </div>
  );
}
