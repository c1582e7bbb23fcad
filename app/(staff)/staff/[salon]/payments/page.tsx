import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireStaffPage, staffPath } from "@/lib/tenancy/staff-page";
import { can } from "@/lib/tenancy/guard";
import { listPaymentsNeedingAttention } from "@/lib/payments/owner-lists";
import { BALANCE_STATUS_LABELS } from "@/lib/payments/balance-status";
import { amountDueFromLedger } from "@/lib/payments/receipt";
import { formatDateTime, formatMoney } from "@/lib/format/format";
import { ConcernDecisionForm } from "@/components/staff/concern-decision-form";
import { Alert } from "@/components/ui/alert";

export const metadata: Metadata = { title: "Payments" };

type Row = { id: string; contactName: string; serviceName: string; startsAt: Date; currency: string; location: { timeZone: string }; therapist: { displayName: string } };

function BookingLine({ booking, salon }: { booking: Row; salon: string }) {
  return (
    <p className="text-sm text-stone-700">
      <Link href={staffPath(salon, "bookings", booking.id)} className="font-semibold text-brand-700 hover:underline">
        {booking.contactName}
      </Link>{" "}
      · {booking.serviceName} with {booking.therapist.displayName} · {formatDateTime(booking.startsAt, booking.location.timeZone)}
    </p>
  );
}

function Section({ id, title, count, empty, children }: { id: string; title: string; count: number; empty: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-3" data-testid={id}>
      <h2 id={id} className="text-lg font-semibold text-stone-900">
        {title} <span className="text-stone-500">({count})</span>
      </h2>
      {count === 0 ? <p className="rounded-xl border border-dashed border-stone-300 p-4 text-sm text-stone-600">{empty}</p> : <ul className="space-y-3">{children}</ul>}
    </section>
  );
}

export default async function PaymentsPage({ params }: { params: Promise<{ salon: string }> }) {
  const { salon } = await params;
  const ctx = await requireStaffPage({ salon, returnTo: staffPath(salon, "payments") });
  if (!can(ctx, "payments.manage")) notFound();
  const { concerns, unpaid, failedFees, disputes, decided } = await listPaymentsNeedingAttention(ctx);
  const card = "rounded-xl border border-stone-200 bg-white p-4 space-y-2";
  return (
    <div className="space-y-8">
      <header className="space-y-1">
        <Link href={staffPath(ctx.tenant.slug, "calendar")} className="text-sm font-medium text-brand-700 hover:underline">
          ← Calendar
        </Link>
        <h1 className="text-2xl font-semibold text-stone-900">Payments needing you</h1>
        <p className="text-sm text-stone-700">Concerns from clients, balances their cards could not pay, failed fees and disputes.</p>
      </header>
      {/* The connection and its onboarding live in the owner's settings. */}
      {!ctx.tenant.stripeChargesEnabled && (
        <Alert tone="warning" title="Stripe is not taking payments yet">
          Clients cannot book online until it is.{" "}
          <Link href={staffPath(ctx.tenant.slug, "settings", "payments")} className="font-semibold underline">
            Connect Stripe in Settings
          </Link>
        </Alert>
      )}

      <Section id="concerns-heading" title="Concerns" count={concerns.length} empty="No open concerns. Clients who raise one on their receipt appear here, and their charge waits for you.">
        {concerns.map((c) => (
          <li key={c.id} className={card}>
            <BookingLine booking={c.booking} salon={ctx.tenant.slug} />
            <blockquote className="rounded-lg bg-sand-100 p-3 text-sm whitespace-pre-line text-stone-900">“{c.message}”</blockquote>
            <ConcernDecisionForm salon={ctx.tenant.slug} concernId={c.id} currency={c.booking.currency} dueLabel={formatMoney(amountDueFromLedger(c.booking), c.booking.currency)} />
          </li>
        ))}
      </Section>

      <Section id="owed-heading" title="Unpaid balances" count={unpaid.length} empty="Every balance due has been paid.">
        {unpaid.map((b) => (
          <li key={b.id} className={card}>
            <BookingLine booking={b} salon={ctx.tenant.slug} />
            <p className="text-sm font-medium text-stone-900">
              {formatMoney(amountDueFromLedger(b), b.currency)} · {BALANCE_STATUS_LABELS[b.balanceStatus]}
              {b.balanceStatus === "RETRY_SCHEDULED" && b.nextChargeAt ? `, next try ${formatDateTime(b.nextChargeAt, b.location.timeZone)}` : ""}
            </p>
            <p className="text-xs text-stone-600">{b.contactEmail} has a link to pay with another card.</p>
          </li>
        ))}
      </Section>

      <Section id="fees-heading" title="Failed fees" count={failedFees.length} empty="No failed late-cancellation or no-show fees.">
        {failedFees.map((f) => (
          <li key={f.id} className={card}>
            <BookingLine booking={f.booking} salon={ctx.tenant.slug} />
            <p className="text-sm text-stone-900">
              {f.kind === "NO_SHOW_FEE" ? "No-show fee" : "Late-cancellation fee"} of {formatMoney(f.amountMinor, f.currency)} failed{f.failureMessage ? `: ${f.failureMessage}` : ""}
            </p>
          </li>
        ))}
      </Section>

      <Section id="disputes-heading" title="Disputes" count={disputes.length} empty="No disputes. If a client disputes a charge with their bank, it appears here with its evidence.">
        {disputes.map((d) => (
          <li key={d.id} className={card}>
            <BookingLine booking={d.booking} salon={ctx.tenant.slug} />
            <p className="text-sm font-medium text-rose-800">
              {formatMoney(d.amountMinor, d.currency)} disputed ({d.reason.replaceAll("_", " ")}) · {d.status.replaceAll("_", " ")}
              {d.dueBy ? ` · evidence due ${formatDateTime(d.dueBy, d.booking.location.timeZone)}` : ""}
            </p>
            <details className="text-sm">
              <summary className="cursor-pointer font-medium text-brand-700">Evidence assembled</summary>
              <pre className="mt-2 overflow-x-auto rounded-lg bg-stone-100 p-3 text-xs whitespace-pre-wrap">{JSON.stringify(d.evidence, null, 2)}</pre>
            </details>
          </li>
        ))}
      </Section>

      {decided.length > 0 && (
        <Section id="decided-heading" title="Recently decided" count={decided.length} empty="">
          {decided.map((c) => (
            <li key={c.id} className={card}>
              <BookingLine booking={c.booking} salon={ctx.tenant.slug} />
              <p className="text-sm text-stone-800">
                “{c.message}” → {c.decision?.toLowerCase().replace("_", " ")}
                {c.discountMinor ? ` (${formatMoney(c.discountMinor, c.booking.currency)} off)` : ""}
                {c.decisionNote ? `: ${c.decisionNote}` : ""}
              </p>
            </li>
          ))}
        </Section>
      )}
    </div>
  );
}
