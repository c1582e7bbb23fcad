import type { Metadata } from "next";
import { ServiceForm } from "@/components/staff/settings/service-form";
import { SettingsFormPage } from "@/components/staff/settings/settings-form-page";
import { getSettingsService, listServiceTherapistChoices } from "@/lib/settings/services";
import { serviceFormProps } from "@/lib/settings/services-form";
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
    <SettingsFormPage
      back={{ href: listHref, label: "All services" }}
      title={service.name}
      intro="Changes show on your booking page at once. Bookings already made keep the name, price, duration and deposit they were made with."
    >
      <ServiceForm {...serviceFormProps(tenant, service)} therapists={therapists} cancelHref={listHref} />
    </SettingsFormPage>
  );
}
