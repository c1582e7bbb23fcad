import type { Metadata } from "next";
import Link from "next/link";
import { ServiceForm } from "@/components/staff/settings/service-form";
import { Card } from "@/components/ui/card";
import { describeDepositRule, policiesOf } from "@/lib/settings/policies";
import { getSettingsService, listServiceTherapistChoices } from "@/lib/settings/services";
import { serviceFormValues } from "@/lib/settings/services-form";
import { orNotFound } from "@/lib/tenancy/or-not-found";
import { requireStaffPagePermission, staffPath } from "@/lib/tenancy/staff-page";

export const metadata: Metadata = { title: "Edit service" };

/** One service of the salon; another salon's id is the plain 404 page. */
export default async function EditServicePage({ params }: { params: Promise<{ salon: string; id: string }> }) {
  const { salon, id } = await params;
  const { tenant } = await requireStaffPagePermission({ salon, permission: "salon.manage" });
  const service = await orNotFound(() => getSettingsService(tenant.id, id));
  const therapists = await listServiceTherapistChoices(
    tenant.id,
    service.therapists.map((t) => t.id),
  );
  const listHref = staffPath(tenant.slug, "settings", "services");

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <Link href={listHref} className="text-sm font-semibold text-brand-700 hover:underline">
          ← All services
        </Link>
        <h1 className="text-2xl font-semibold text-stone-900">{service.name}</h1>
        <p className="max-w-prose text-stone-700">Changes show on your booking page at once. Bookings already made keep the name, price, duration and deposit they were made with.</p>
      </header>
      <Card>
        <ServiceForm
          salon={tenant.slug}
          serviceId={service.id}
          currency={tenant.currency}
          salonDeposit={describeDepositRule(policiesOf(tenant).depositRule, tenant.currency, tenant.locale)}
          therapists={therapists}
          initial={serviceFormValues(service, tenant.currency)}
          cancelHref={listHref}
        />
      </Card>
    </div>
  );
}
