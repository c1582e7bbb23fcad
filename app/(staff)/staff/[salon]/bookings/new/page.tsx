import crypto from "node:crypto";
import type { Metadata } from "next";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { ChoicePills, FreeTimesPicker } from "@/components/booking/free-times-picker";
import { dateTimeLabel } from "@/components/booking/time-labels";
import { NewBookingForm } from "@/components/staff/new-booking-form";
import { ClientSearch } from "@/components/staff/client-search";
import { param, parseParam, ZDateParam, ZStartParam } from "@/lib/actions/booking-flow";
import { mayBookFor, STAFF_HOLD_HOURS } from "@/lib/booking/create-staff-booking";
import { getPrimaryLocation } from "@/lib/booking/primary-location";
import { listBookableServices, listTherapistsForService } from "@/lib/booking/public-queries";
import { findDayWindow } from "@/lib/booking/find-day-window";
import { findClient, searchClients } from "@/lib/clients/search-clients";
import { isAppError } from "@/lib/errors/app-error";
import { formatDuration, formatMoney } from "@/lib/format/format";
import { ZIdSchema } from "@/lib/tenancy/guard";
import { requireStaffPage, staffPath } from "@/lib/tenancy/staff-page";
import { now as clockNow } from "@/lib/time/clock";

export const metadata: Metadata = { title: "New booking" };

type Props = { params: Promise<{ salon: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const id = (value: string | string[] | undefined) => {
  const parsed = ZIdSchema.safeParse(param(value));
  return parsed.success ? parsed.data : undefined;
};

// A booking taken by phone, in steps that live in the URL (links and GET forms, no script
// needed): service, therapist, day and time, then who it is for. The last step posts once.
export default async function NewBookingPage({ params, searchParams }: Props) {
  const [{ salon }, query] = await Promise.all([params, searchParams]);
  const ctx = await requireStaffPage({ salon, returnTo: staffPath(salon, "bookings", "new") });
  const { slug, locale, currency } = ctx.tenant;
  const action = staffPath(slug, "bookings", "new");
  const services = await listBookableServices(ctx.tenantId);
  const service = services.find((s) => s.id === id(query.service));
  const offering = service ? (await listTherapistsForService(ctx.tenantId, service.id)).filter((t) => mayBookFor(ctx, t.id)) : [];
  const therapist = offering.find((t) => t.id === id(query.therapist)) ?? (offering.length === 1 ? offering[0] : undefined);
  const start = parseParam(ZStartParam, query.start);
  const date = parseParam(ZDateParam, query.date);
  const fromParam = parseParam(ZDateParam, query.from);
  const from = fromParam === "invalid" ? undefined : fromParam;
  const client = id(query.client);
  const q = param(query.q)?.slice(0, 100);
  const keep = { service: service?.id, therapist: therapist?.id, client, q };
  const href = (extra: Record<string, string | undefined>) => `${action}?${new URLSearchParams(Object.entries({ ...keep, ...extra }).filter((e): e is [string, string] => e[1] !== undefined)).toString()}`;

  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold text-stone-900">New booking</h1>
        <p className="text-stone-700">For a client on the phone: the time is held while they pay the deposit from the link we email them.</p>
      </header>

      <section aria-labelledby="service-heading" className="space-y-3 rounded-xl border border-stone-200 bg-white p-5">
        <h2 id="service-heading" className="font-semibold text-stone-900">
          1. Service
        </h2>
        <form action={action} method="get" className="flex flex-col gap-2 sm:flex-row sm:items-end">
          {client && <input type="hidden" name="client" value={client} />}
          <div className="min-w-0 sm:flex-1">
            <label htmlFor="new-booking-service" className="text-sm font-semibold text-stone-900">
              Service
            </label>
            <select id="new-booking-service" name="service" defaultValue={service?.id ?? ""} required className="mt-1.5 block min-h-12 w-full rounded-xl border border-stone-300 bg-white px-3 text-base">
              <option value="" disabled>
                Choose a service
              </option>
              {services.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name} · {formatDuration(s.durationMinutes)} · {formatMoney(s.priceCents, currency, locale)}
                  {s.locationType === "MOBILE" ? " · mobile" : ""}
                </option>
              ))}
            </select>
          </div>
          <Button type="submit" variant="secondary">
            Show therapists
          </Button>
        </form>
        {service && offering.length === 0 && <p className="text-sm text-stone-700">{ctx.therapistId && !ctx.roles.includes("OWNER") ? "You don't offer this service." : "Nobody offers this service at the moment."}</p>}
        {service && offering.length > 1 && (
          <ChoicePills label="Therapist" current={therapist?.id ?? ""} options={offering.map((t) => ({ id: t.id, label: t.displayName, href: href({ therapist: t.id }) }))} />
        )}
      </section>

      {service && therapist && (
        <section aria-labelledby="time-heading" className="space-y-4 rounded-xl border border-stone-200 bg-white p-5">
          <h2 id="time-heading" className="font-semibold text-stone-900">
            2. Time with {therapist.displayName}
          </h2>
          {start && start !== "invalid" ? (
            <p className="text-stone-900">
              <strong>{dateTimeLabel(new Date(start), (await getPrimaryLocation(ctx.tenantId))?.timeZone ?? ctx.tenant.timeZone, locale)}</strong>{" "}
              <Link href={href({ from, date: date === "invalid" ? undefined : date })} className="ml-2 text-sm font-semibold text-brand-700 hover:underline">
                Change
              </Link>
            </p>
          ) : (
            <Times tenantId={ctx.tenantId} serviceId={service.id} therapistId={therapist.id} locale={locale} action={action} params={keep} from={from} date={date === "invalid" ? undefined : date} />
          )}
        </section>
      )}

      {service && therapist && start && start !== "invalid" && (
        <section aria-labelledby="client-heading" className="space-y-4 rounded-xl border border-stone-200 bg-white p-5">
          <h2 id="client-heading" className="font-semibold text-stone-900">
            3. Client
          </h2>
          <ClientStep tenantId={ctx.tenantId} action={action} keep={{ service: service.id, therapist: therapist.id, start, from, date: date === "invalid" ? undefined : date }} client={client} q={q} />
          <NewBookingForm
            salon={slug}
            serviceId={service.id}
            therapistId={therapist.id}
            start={start}
            request={crypto.randomUUID()}
            client={client ? await findClient(ctx.tenantId, client) : null}
            mobile={service.locationType === "MOBILE"}
            holdHours={STAFF_HOLD_HOURS}
          />
        </section>
      )}
    </div>
  );
}

type TimesProps = { tenantId: string; serviceId: string; therapistId: string; locale: string; action: string; params: Record<string, string | undefined>; from?: string; date?: string };

async function Times({ tenantId, serviceId, therapistId, locale, action, params, from, date }: TimesProps) {
  const window = await findDayWindow({ tenantId, serviceId, therapistId, now: clockNow(), size: 14, from, date });
  return <FreeTimesPicker window={window} locale={locale} action={action} params={params} date={date} offLabel="Not working" empty="No free times with this therapist on these days." />;
}

async function ClientStep({ tenantId, action, keep, client, q }: { tenantId: string; action: string; keep: Record<string, string | undefined>; client?: string; q?: string }) {
  const chosen = client ? await findClient(tenantId, client) : null;
  // A query the search refuses (one letter, special characters) simply finds nobody.
  const matches = !chosen && q ? await searchClients({ tenantId, query: q }).catch((error: unknown) => (isAppError(error, "VALIDATION") ? [] : Promise.reject(error))) : null;
  return <ClientSearch action={action} keep={keep} chosen={chosen} query={q ?? ""} matches={matches} />;
}
