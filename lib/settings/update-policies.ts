import { db } from "@/lib/db/client";
import { parseOrThrow } from "@/lib/errors/validation";
import { requirePermission, type StaffContext } from "@/lib/tenancy/guard";
import { lockTenant, recordAudit } from "./audit";
import { POLICY_FIELDS, policiesOf, ZPoliciesSchema, type PolicyField, type TPolicies } from "./policies";

// Changing the salon's booking policies. Public pages read the tenant's policy per request, so a
// change shows at once; bookings keep the policy snapshotted when they were made. Each change
// writes an audit row (who, when, each field before and after) in the same transaction.

export type PolicyChanges = Partial<Record<PolicyField, { before: unknown; after: unknown }>>;

export const POLICIES_AUDIT_ACTION = "policies.update";

function changesBetween(before: TPolicies, after: TPolicies): PolicyChanges {
  const changes: PolicyChanges = {};
  for (const field of POLICY_FIELDS) {
    if (JSON.stringify(before[field]) !== JSON.stringify(after[field])) changes[field] = { before: before[field], after: after[field] };
  }
  return changes;
}

/** Sets the policies of the caller's salon (owners only). Returns what changed; no change writes nothing. */
export async function updatePolicies({ staff, policies }: { staff: StaffContext; policies: unknown }): Promise<{ changes: PolicyChanges }> {
  requirePermission(staff, "salon.manage");
  const next = parseOrThrow(ZPoliciesSchema, policies, "Please check the highlighted fields");
  const { tenantId } = staff;
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    // Two owners saving at once each audit against what they replaced.
    await lockTenant(tx, tenantId);
    const tenant = await tx.tenant.findUniqueOrThrow({
      where: { id: tenantId },
    });
    const changes = changesBetween(policiesOf(tenant), next);
    if (Object.keys(changes).length === 0) return { changes };
    await tx.tenant.update({
      where: { id: tenantId },
      data: { ...next, depositRule: next.depositRule },
    });
    await recordAudit(tx, staff, { action: POLICIES_AUDIT_ACTION, changes });
    return { changes };
  });
}
