import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LinkButton } from "@/components/ui/link-button";
import { ServiceCard } from "@/components/booking/service-card";
import { FlowHeader } from "@/components/booking/flow-header";
import { listBookableServices } from "@/lib/booking/public-queries";
import { bookHref, param, STEP_INDEX } from "@/lib/actions/booking-flow";
import { loadSalon, type SalonParams, type SearchParams } from "../salon-context";

export const metadata: Metadata = { title: "Choose a service" };

export default async function ChooseServicePage({ params, searchParams }: { params: SalonParams; searchParams: SearchParams }) {
  const [{ salon }, query] = await Promise.all([params, searchParams]);
  const { tenant, tenantId } = await loadSalon(salon);
  const service = param(query.service);
  if (service) redirect(bookHref(tenant.slug, "therapist", { service }));

  const services = await listBookableServices(tenantId);
  return (
    <div className="space-y-6">
      <FlowHeader step={STEP_INDEX.service} title="Choose a service" back={{ href: `/s/${tenant.slug}`, label: tenant.name }} />
      <ul className="space-y-3">
        {services.map((s) => (
          <li key={s.id}>
            <ServiceCard
              service={s}
              currency={tenant.currency}
              locale={tenant.locale}
              headingLevel="h2"
              action={
                <LinkButton href={bookHref(tenant.slug, "therapist", { service: s.id })} block className="sm:w-auto sm:min-w-28">
                  Book<span className="sr-only"> {s.name}</span>
                </LinkButton>
              }
            />
          </li>
        ))}
      </ul>
    </div>
  );
}
