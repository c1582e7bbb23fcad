import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { StatusBadge } from "@/components/staff/status-badge";
import { PaymentLedger } from "@/components/staff/payment-ledger";
import { BriefCard, Empty } from "@/components/staff/brief/brief-card";
import { HealthCard, PreferencesBriefCard } from "@/components/staff/brief/brief-sections";
import { NotesCard } from "@/components/staff/brief/notes-card";
import { CheckInSummary } from "@/components/staff/check-in-summary";
import { BookingTime, Money, Satisfaction, SessionTime, VisitDate, type SalonFormat } from "@/components/staff/clients/client-figures";
import { getClientProfile, type ClientPayment, type ClientSession } from "@/lib/clients/client-profile";
import { formatDuration, formatMoney } from "@/lib/format/format";
import { parseIdOrNotFound } from "@/lib/tenancy/guard";
import { orNotFound } from "@/lib/tenancy/or-not-found";
import { requireStaffPagePermission, staffPath } from "@/lib/tenancy/staff-page";

export const metadata: Metadata = { title: "Client" };

/**
 * One client: contact, figures, sessions to come and past, payments (the owner), what they like
 * and their health notes (staff only, as in the brief), their check-ins and the salon's notes.
 * Another salon's client, or (a therapist) a client who never booked with them, is not found.
 */
export default async function ClientPage({ params }: { params: Promise<{ salon: string; id: string }> }) {
  const { salon, id } = await params;
  const staff = await requireStaffPagePermission({ salon, permission: "clients.read.own" });
  const { tenant } = staff;
  const page = await orNotFound(() => getClientProfile(staff, parseIdOrNotFound(id, "Client")));
  const { client } = page;
  const fmt: SalonFormat = { timeZone: tenant.timeZone, locale: tenant.locale, currency: tenant.currency };
  const showMoney = client.spendMinor !== null;
  const sessionHref = (s: { id: string }) => staffPath(tenant.slug, "bookings", s.id);
  const payments = page.payments;
  return (
    <article className="mx-auto max-w-5xl space-y-6">
      <Link href={staffPath(tenant.slug, "clients")} className="text-sm font-medium text-brand-700 hover:underline">
        ← Clients
      </Link>
      <header className="space-y-1">
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-semibold text-stone-900">{client.name}</h1>
          {client.hasAccount && <Badge tone="info">Has an account</Badge>}
        </div>
        <p className="flex flex-wrap gap-x-4 gap-y-1 text-stone-800">
          <a href={`tel:${client.phone.replace(/[^+\d]/g, "")}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
            {client.phone}
          </a>
          <a href={`mailto:${client.email}`} className="font-medium break-all text-brand-700 underline-offset-2 hover:underline">
            {client.email}
          </a>
        </p>
        <p className="text-sm text-stone-600">
          Client since <VisitDate at={client.since} fmt={fmt} />
        </p>
      </header>

      <section aria-labelledby="figures-heading">
        <h2 id="figures-heading" className="sr-only">
          At a glance
        </h2>
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5" data-testid="client-figures">
          <Figure label="Visits">{client.visits}</Figure>
          <Figure label="Last visit">
            <VisitDate at={client.lastVisit} fmt={fmt} />
          </Figure>
          <Figure label="Next booking">
            <BookingTime at={client.nextBooking} fmt={fmt} />
          </Figure>
          {showMoney && (
            <Figure label="Lifetime spend">
              <Money minor={client.spendMinor ?? 0} fmt={fmt} />
            </Figure>
          )}
          <Figure label="Satisfaction">
            <Satisfaction average={client.satisfaction} checkIns={client.checkIns} locale={fmt.locale} />
          </Figure>
        </dl>
      </section>

      <div className="grid gap-4 md:grid-cols-2 md:items-start">
        <PreferencesBriefCard
          brief={{ preferences: page.preferences && { ...page.preferences, source: "profile" } }}
          fmt={fmt}
          note="Their usual preferences, remembered from their bookings and check-ins; each booking can change them."
        />
        <HealthCard brief={{ healthNotes: page.healthNotes }} />
      </div>

      <BriefCard id="upcoming-heading" title="Booked" testId="client-upcoming">
        {page.upcoming.length === 0 ? (
          <Empty>Nothing booked.</Empty>
        ) : (
          <SessionList sessions={page.upcoming} href={sessionHref} showMoney={showMoney} money={(m, c) => formatMoney(m, c, fmt.locale)} locale={fmt.locale} upcoming />
        )}
      </BriefCard>

      <BriefCard id="visits-heading" title="Sessions" testId="client-visits">
        {page.history.length === 0 ? (
          <Empty>No sessions yet.</Empty>
        ) : (
          <>
            <SessionList sessions={page.history} href={sessionHref} showMoney={showMoney} money={(m, c) => formatMoney(m, c, fmt.locale)} locale={fmt.locale} />
            {page.historyTruncated && <p className="text-xs text-stone-600">The latest {page.history.length} sessions.</p>}
          </>
        )}
      </BriefCard>

      <div className="grid gap-4 md:grid-cols-2 md:items-start">
        <BriefCard id="check-ins-heading" title="Check-ins" testId="client-check-ins">
          {page.checkIns.length === 0 ? (
            <Empty>No check-ins yet. Clients are asked how their session felt after each visit.</Empty>
          ) : (
            <ol className="space-y-4">
              {page.checkIns.map((k) => (
                <li key={k.bookingId} className="space-y-1.5 border-l-2 border-brand-200 pl-3">
                  <CheckInSummary checkIn={k} when={<SessionTime at={k.sessionStartsAt} timeZone={fmt.timeZone} locale={fmt.locale} />} />
                </li>
              ))}
            </ol>
          )}
        </BriefCard>
        <NotesCard brief={{ notes: page.notes }} salon={tenant.slug} canNote={false} fmt={fmt} />
      </div>

      {payments && (
        <section aria-labelledby="payments-heading" className="space-y-3 rounded-xl border border-stone-200 bg-white p-4 sm:p-5" data-testid="client-payments">
          <h2 id="payments-heading" className="text-sm font-semibold tracking-wide text-stone-600 uppercase">
            Payments
          </h2>
          <p className="text-sm text-stone-700">
            Every payment on their bookings, newest first. Lifetime spend counts the charges that went through, less refunds; discounts and waivers move no money.
          </p>
          <PaymentLedger records={payments.map((p) => p.record)} timeZone={fmt.timeZone} locale={fmt.locale} label="Payments of this client" sessionOf={sessionOfPayment(payments, tenant.slug, fmt)} />
        </section>
      )}
    </article>
  );
}

function Figure({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="rounded-xl border border-stone-200 bg-white p-3">
      <dt className="text-xs font-semibold tracking-wide text-stone-600 uppercase">{label}</dt>
      <dd className="mt-1 text-stone-900">{children}</dd>
    </div>
  );
}

function SessionList({
  sessions,
  href,
  showMoney,
  money,
  locale,
  upcoming = false,
}: {
  sessions: ClientSession[];
  href: (s: ClientSession) => string;
  showMoney: boolean;
  money: (minor: number, currency: string) => string;
  locale: string;
  upcoming?: boolean;
}) {
  return (
    <ul className="divide-y divide-stone-100">
      {sessions.map((s) => (
        <li key={s.id} className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1 py-2.5">
          <div className="min-w-0">
            <p className="font-medium text-stone-900">
              {s.canOpen ? (
                <Link href={href(s)} className="text-brand-700 hover:underline">
                  <SessionTime at={s.startsAt} timeZone={s.timeZone} locale={locale} />
                </Link>
              ) : (
                <SessionTime at={s.startsAt} timeZone={s.timeZone} locale={locale} />
              )}
            </p>
            <p className="text-sm text-stone-700">
              {s.serviceName} · {formatDuration(s.durationMinutes)} · with {s.therapistName}
            </p>
          </div>
          <div className="flex flex-wrap items-center gap-3 text-sm">
            <StatusBadge status={s.status} />
            {showMoney && s.priceMinor !== null && (
              <span className="text-stone-800 tabular-nums">
                {upcoming || s.paidMinor === null ? (
                  money(s.priceMinor, s.currency)
                ) : (
                  <>
                    {s.status === "COMPLETED" && <span className="text-stone-600">{money(s.priceMinor, s.currency)} · </span>}
                    {money(s.paidMinor, s.currency)} paid
                  </>
                )}
              </span>
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}

/** Which session each payment is for, as a link to its brief. */
function sessionOfPayment(payments: ClientPayment[], slug: string, fmt: SalonFormat): (record: { id: string }) => React.ReactNode {
  const cells = new Map(
    payments.map((p) => [
      p.id,
      <Link key={p.id} href={staffPath(slug, "bookings", p.bookingId)} className="text-brand-700 hover:underline">
        {p.serviceName}, <SessionTime at={p.sessionStartsAt} timeZone={p.timeZone} locale={fmt.locale} />
      </Link>,
    ]),
  );
  return (record) => cells.get(record.id) ?? null;
}
