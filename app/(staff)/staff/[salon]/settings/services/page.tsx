import type { Metadata } from "next";
import Link from "next/link";
import { ChangeLog } from "@/components/staff/settings/change-log";
import { ServiceOrderButtons } from "@/components/staff/settings/service-order-buttons";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { LinkButton } from "@/components/ui/link-button";
import { formatDuration, formatMoney } from "@/lib/format/format";
import { listAuditEntries } from "@/lib/settings/audit";
import { describeServiceDeposit } from "@/lib/settings/service-fields";
import { listSettingsServices } from "@/lib/settings/services";
import { requireStaffPagePermission, staffPath } from "@/lib/tenancy/staff-page";

export const metadata: Metadata = { title: "Services" };

/** The salon's services in the order clients see them, hidden ones included (the layout admits owners only). */
export default async function ServicesPage({ params, searchParams }: { params: Promise<{ salon: string }>; searchParams: Promise<{ added?: string | string[] }> }) {
  const { salon } = await params;
  const { tenant } = await requireStaffPagePermission({ salon, permission: "salon.manage" });
  const [services, entries] = await Promise.all([listSettingsServices(tenant.id), listAuditEntries(tenant.id, { actionPrefix: "service." })]);
  const { added } = await searchParams;
  const addedService = typeof added === "string" ? services.find((s) => s.id === added) : undefined;
  const money = (minor: number) => formatMoney(minor, tenant.currency, tenant.locale);

  return (
    <div className="space-y-8">
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div className="space-y-2">
          <h1 className="text-2xl font-semibold text-stone-900">Services</h1>
          <p className="max-w-prose text-stone-700">
            What clients can book, in the order your booking page lists them. Changes show there at once; bookings already made keep their price and deposit.
          </p>
        </div>
        <LinkButton href={staffPath(tenant.slug, "settings", "services", "new")}>Add a service</LinkButton>
      </header>

      {addedService && (
        <Alert tone="success" title={`${addedService.name} added.`}>
          {addedService.active ? "It shows on your booking page now." : "It stays hidden from your booking page until you open it for booking."}
        </Alert>
      )}

      {services.length === 0 ? (
        <Card>
          <p className="text-stone-700">No services yet. Add the first one and clients can book it.</p>
        </Card>
      ) : (
        <ol className="space-y-3" aria-label="Services in booking-page order">
          {services.map((service, index) => (
            <li key={service.id}>
              <Card as="article" aria-labelledby={`service-${service.id}`} className="space-y-3">
                <div className="flex items-start justify-between gap-3">
                  <div className="min-w-0 space-y-1">
                    <h2 id={`service-${service.id}`} className="text-lg font-semibold text-stone-900">
                      <span className="sr-only">{index + 1}. </span>
                      <Link href={staffPath(tenant.slug, "settings", "services", service.id)} className="hover:underline">
                        {service.name}
                      </Link>
                    </h2>
                    <div className="flex flex-wrap gap-2">
                      {service.active ? <Badge tone="success">Open for booking</Badge> : <Badge>Hidden</Badge>}
                      <Badge tone={service.locationType === "MOBILE" ? "info" : "neutral"}>{service.locationType === "MOBILE" ? "Mobile" : "Studio"}</Badge>
                    </div>
                  </div>
                  <LinkButton href={staffPath(tenant.slug, "settings", "services", service.id)} variant="secondary">
                    Edit<span className="sr-only"> {service.name}</span>
                  </LinkButton>
                </div>
                <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2">
                  <Detail term="Price" value={money(service.priceCents)} />
                  <Detail term="Duration" value={durationWithBuffers(service)} />
                  <Detail term="Deposit" value={describeServiceDeposit(service.depositRule, tenant.currency, tenant.locale)} />
                  <Detail term="Therapists" value={service.therapists.length ? service.therapists.map((t) => (t.active ? t.displayName : `${t.displayName} (inactive)`)).join(", ") : "Nobody yet: it cannot be booked"} />
                </dl>
                {services.length > 1 && <ServiceOrderButtons salon={tenant.slug} serviceId={service.id} name={service.name} position={index + 1} count={services.length} />}
              </Card>
            </li>
          ))}
        </ol>
      )}

      <ChangeLog entries={entries} salon={tenant} />
    </div>
  );
}

/** "1 h 15 min (+15 min before, +15 min after)": the buffers kept free around it, when there are any. */
function durationWithBuffers(service: { durationMinutes: number; bufferBeforeMinutes: number; bufferAfterMinutes: number }): string {
  const buffers = [service.bufferBeforeMinutes && `+${service.bufferBeforeMinutes} min before`, service.bufferAfterMinutes && `+${service.bufferAfterMinutes} min after`].filter(Boolean);
  return buffers.length ? `${formatDuration(service.durationMinutes)} (${buffers.join(", ")})` : formatDuration(service.durationMinutes);
}

function Detail({ term, value }: { term: string; value: string }) {
  return (
    <div className="flex gap-2">
      <dt className="font-semibold text-stone-900">{term}:</dt>
      <dd className="text-stone-700">{value}</dd>
    </div>
  );
}
