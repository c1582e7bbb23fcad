import type { Metadata } from "next";
import Link from "next/link";
import { ServiceForm } from "@/components/staff/settings/service-form";
import { Card } from "@/components/ui/card";
import { describeDepositRule, policiesOf } from "@/lib/settings/policies";
import { listServiceTherapistChoices } from "@/lib/settings/services";
import { serviceFormValues } from "@/lib/settings/services-form";
import { requireStaffPagePermission, staffPath } from "@/lib/tenancy/staff-page";

export const metadata: Metadata = { title: "Add a service" };

/** A new service: it goes last in the list and, once open for booking, shows on the booking page at once. */
export default async function NewServicePage({ params }: { params: Promise<{ salon: string }> }) {
  const { salon } = await params;
  const { tenant } = await requireStaffPagePermission({ salon, permission: "salon.manage" });
  const therapists = await listServiceTherapistChoices(tenant.id);
  const listHref = staffPath(tenant.slug, "settings", "services");

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <Link href={listHref} className="text-sm font-semibold text-brand-700 hover:underline">
          ← All services
        </Link>
        <h1 className="text-2xl font-semibold text-stone-900">Add a service</h1>
      </header>
      <Card>
        <ServiceForm
          salon={tenant.slug}
          currency={tenant.currency}
          salonDeposit={describeDepositRule(policiesOf(tenant).depositRule, tenant.currency, tenant.locale)}
          therapists={therapists}
          initial={serviceFormValues(null, tenant.currency)}
          cancelHref={listHref}
        />
      </Card>
    </div>
  );
}
