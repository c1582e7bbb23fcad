import type { Metadata } from "next";
import { LinkButton } from "@/components/ui/link-button";
import { ServiceCard } from "@/components/booking/service-card";
import { TherapistCard } from "@/components/booking/therapist-card";
import { Address } from "@/components/booking/address";
import { listActiveTherapists, listBookableServices } from "@/lib/booking/public-queries";
import { bookHref } from "@/lib/actions/booking-flow";
import { acceptsOnlinePayments } from "@/lib/payments/stripe";
import { BookingNotOpen } from "@/components/booking/booking-not-open";
import { findSalon, loadLocation, loadSalon, type SalonParams } from "./salon-context";

export async function generateMetadata({ params }: { params: SalonParams }): Promise<Metadata> {
  const ctx = await findSalon((await params).salon);
  return ctx ? { title: ctx.tenant.name, description: ctx.tenant.tagline ?? undefined } : { title: "Not found" };
}

export default async function SalonPage({ params }: { params: SalonParams }) {
  const { tenant, tenantId } = await loadSalon((await params).salon);
  const open = acceptsOnlinePayments(tenant);
  const [location, services, therapists] = await Promise.all([loadLocation(tenantId), listBookableServices(tenantId), listActiveTherapists(tenantId)]);

  return (
    <div className="space-y-10">
      <section aria-labelledby="salon-heading" className="rounded-3xl bg-brand-900 px-5 py-7 text-white sm:px-8 sm:py-10">
        <h1 id="salon-heading" className="text-3xl font-semibold tracking-tight sm:text-4xl">
          {tenant.name}
        </h1>
        {tenant.tagline && <p className="mt-2 text-lg text-brand-100">{tenant.tagline}</p>}
        <p className="mt-4 text-sm text-brand-100">
          {location.addressLine1}, {location.city}
        </p>
        {open && <p className="mt-1 text-sm text-brand-100">Book online in a minute · Pay after your session</p>}
      </section>
      {!open && <BookingNotOpen salonName={tenant.name} />}

      <section aria-labelledby="services-heading" className="space-y-4">
        <h2 id="services-heading" className="text-xl font-semibold text-stone-900">
          Services
        </h2>
        {services.length === 0 && <p className="text-stone-700">No services are open for online booking right now.</p>}
        <ul className="space-y-3">
          {services.map((service) => (
            <li key={service.id}>
              <ServiceCard
                service={service}
                currency={tenant.currency}
                locale={tenant.locale}
                action={
                  open && <LinkButton href={bookHref(tenant.slug, "therapist", { service: service.id })} block className="sm:w-auto sm:min-w-28">
                    Book<span className="sr-only"> {service.name}</span>
                  </LinkButton>
                }
              />
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="team-heading" className="space-y-4">
        <h2 id="team-heading" className="text-xl font-semibold text-stone-900">
          Our therapists
        </h2>
        <ul className="grid gap-3">
          {therapists.map((therapist) => (
            <li key={therapist.id}>
              <TherapistCard therapist={therapist} />
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="visit-heading" className="space-y-3">
        <h2 id="visit-heading" className="text-xl font-semibold text-stone-900">
          Visit us
        </h2>
        <div className="space-y-2 rounded-2xl border border-stone-200 bg-white p-5 shadow-sm">
          <Address location={location} />
          {tenant.phone && (
            <p className="text-sm text-stone-700">
              Call us:{" "}
              <a href={`tel:${tenant.phone.replace(/[^\d+]/g, "")}`} className="font-medium text-brand-700 hover:underline">
                {tenant.phone}
              </a>
            </p>
          )}
        </div>
      </section>
    </div>
  );
}
