import type { Metadata } from "next";
import { ServiceForm } from "@/components/staff/settings/service-form";
import { SettingsFormPage } from "@/components/staff/settings/settings-form-page";
import { listServiceTherapistChoices } from "@/lib/settings/services";
import { serviceFormProps } from "@/lib/settings/services-form";
import { requireStaffPagePermission, staffPath } from "@/lib/tenancy/staff-page";

export const metadata: Metadata = { title: "Add a service" };

/** A new service: it goes last in the list and, once open for booking, shows on the booking page at once. */
export default async function NewServicePage({ params }: { params: Promise<{ salon: string }> }) {
  const { salon } = await params;
  const { tenant } = await requireStaffPagePermission({ salon, permission: "salon.manage" });
  const therapists = await listServiceTherapistChoices(tenant.id);
  const listHref = staffPath(tenant.slug, "settings", "services");

  return (
    <SettingsFormPage back={{ href: listHref, label: "All services" }} title="Add a service">
      <ServiceForm {...serviceFormProps(tenant, null)} therapists={therapists} cancelHref={listHref} />
    </SettingsFormPage>
  );
}
