import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Card } from "@/components/ui/card";
import { PoliciesForm, type PoliciesFormValues } from "@/components/staff/settings/policies-form";
import { formatDateTime } from "@/lib/format/format";
import { toMajorString } from "@/lib/payments/money";
import { describePolicyValue, POLICY_LABELS, policiesOf, type PolicyField } from "@/lib/settings/policies";
import { listAuditEntries } from "@/lib/settings/update-policies";
import { can } from "@/lib/tenancy/guard";
import { requireStaffPage } from "@/lib/tenancy/staff-page";

export const metadata: Metadata = { title: "Policies" };

/** The owner's booking policies and the recent changes to the salon's settings. */
export default async function PoliciesPage({ params }: { params: Promise<{ salon: string }> }) {
  const { salon } = await params;
  const staff = await requireStaffPage({ salon });
  if (!can(staff, "salon.manage")) notFound();
  const { tenant } = staff;
  const policies = policiesOf(tenant);
  const rule = policies.depositRule;
  const initial: PoliciesFormValues = {
    depositKind: rule.kind,
    depositAmount: rule.kind === "fixed" ? toMajorString(rule.amountMinor, tenant.currency) : "",
    depositPercent: rule.kind === "percent" ? String(rule.basisPoints / 100) : "",
    cancellationNoticeHours: String(policies.cancellationNoticeHours),
    lateCancelFee: toMajorString(policies.lateCancelFeeMinor, tenant.currency),
    noShowFee: toMajorString(policies.noShowFeeMinor, tenant.currency),
    reviewWindowHours: String(policies.reviewWindowHours),
    reminderHoursBefore: String(policies.reminderHoursBefore),
    travelBufferMinutes: String(policies.travelBufferMinutes),
    bookingHorizonDays: String(policies.bookingHorizonDays),
    minNoticeMinutes: String(policies.minNoticeMinutes),
  };
  const entries = await listAuditEntries(tenant.id);
  const describe = (field: PolicyField, v: unknown) => describePolicyValue(field, v, tenant.currency, tenant.locale);

  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold text-stone-900">Policies</h1>
        <p className="text-stone-700">What clients agree to when they book. Changes apply to new bookings at once; existing bookings keep the policy they were made under.</p>
      </header>
      <Card>
        <PoliciesForm salon={tenant.slug} currency={tenant.currency} initial={initial} />
      </Card>
      <section aria-labelledby="audit-heading" className="space-y-3">
        <h2 id="audit-heading" className="text-xl font-semibold text-stone-900">
          Recent changes
        </h2>
        {entries.length === 0 ? (
          <p className="text-stone-600">No changes yet.</p>
        ) : (
          <ul className="divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white">
            {entries.map((entry) => (
              <li key={entry.id} className="space-y-1 px-3 py-2 text-sm">
                <p className="text-stone-900">
                  <span className="font-semibold">{entry.actorName}</span> <span className="text-stone-600">· {formatDateTime(entry.createdAt, tenant.timeZone, tenant.locale)}</span>
                </p>
                <ul className="text-stone-700">
                  {(Object.entries(entry.changes) as [PolicyField, { before: unknown; after: unknown }][]).map(([field, change]) => (
                    <li key={field}>
                      {POLICY_LABELS[field] ?? field}: {describe(field, change.before)} → {describe(field, change.after)}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
