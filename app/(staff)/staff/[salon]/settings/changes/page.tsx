import type { Metadata } from "next";
import { ChangeLog } from "@/components/staff/settings/change-log";
import { listAuditEntries } from "@/lib/settings/audit";
import { requireStaffPagePermission } from "@/lib/tenancy/staff-page";

export const metadata: Metadata = { title: "Change log" };

/** Every settings change at the salon, newest first (the layout admits owners only). */
export default async function ChangeLogPage({ params }: { params: Promise<{ salon: string }> }) {
  const { tenant } = await requireStaffPagePermission({
    salon: (await params).salon,
    permission: "salon.manage",
  });
  const entries = await listAuditEntries(tenant.id, { take: 200 });
  return (
    <div className="space-y-4">
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold text-stone-900">Change log</h1>
        <p className="text-stone-700">Who changed the salon&apos;s settings, and what each value was before and after. The latest 200 changes.</p>
      </header>
      <ChangeLog entries={entries} salon={tenant} title="Changes" empty="Nobody has changed a setting yet." />
    </div>
  );
}
