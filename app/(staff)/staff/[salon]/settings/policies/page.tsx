import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { PoliciesForm, type PoliciesFormValues } from "@/components/staff/settings/policies-form";
import { toMajorString } from "@/lib/payments/money";
import { ChangeLog } from "@/components/staff/settings/change-log";
import { listAuditEntries } from "@/lib/settings/audit";
import { policiesOf } from "@/lib/settings/policies";
import { POLICIES_AUDIT_ACTION } from "@/lib/settings/update-policies";
import { requireStaffPagePermission } from "@/lib/tenancy/staff-page";

export const metadata: Metadata = { title: "Policies" };

/** The owner's booking policies and their recent changes (the settings layout admits owners only). */
export default async function PoliciesPage({ params }: { params: Promise<{ salon: string }> }) {
  const { salon } = await params;
  const staff = await requireStaffPagePermission({
    salon,
    permission: "salon.manage",
  });
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
  const entries = await listAuditEntries(tenant.id, {
    actionPrefix: POLICIES_AUDIT_ACTION,
  });

  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold text-stone-900">Policies</h1>
        <p className="text-stone-700">What clients agree to when they book. Changes apply to new bookings at once; existing bookings keep the policy they were made under.</p>
      </header>
      <Card>
        <PoliciesForm salon={tenant.slug} currency={tenant.currency} initial={initial} />
      </Card>
      <ChangeLog entries={entries} salon={tenant} />
    </div>
  );
}
