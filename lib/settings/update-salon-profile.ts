import { db } from "@/lib/db/client";
import { parseOrThrow } from "@/lib/errors/validation";
import { requirePermission, type StaffContext } from "@/lib/tenancy/guard";
import { changedFields, lockTenant, recordAudit, type AuditChanges } from "./audit";
import { SALON_PROFILE_LABELS, salonProfileDisplay, salonProfileOf, ZSalonProfileSchema } from "./salon-profile";

// Changing the salon's profile. The public pages read the tenant per request, so a new name,
// tagline, phone or locale shows at once. The salon's time zone is the staff side's (calendar,
// time off, calendar feed, dashboard days): bookings and opening hours run in each location's
// own zone, so changing it moves no booking and no hours.

export const SALON_AUDIT_ACTION = "salon.update";

/** Sets the profile of the caller's salon (owners only). Returns what changed; no change writes nothing. */
export async function updateSalonProfile({ staff, profile }: { staff: StaffContext; profile: unknown }): Promise<{ changes: AuditChanges }> {
  requirePermission(staff, "salon.manage");
  const next = parseOrThrow(ZSalonProfileSchema, profile);
  const { tenantId } = staff;
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    await lockTenant(tx, tenantId);
    const tenant = await tx.tenant.findUniqueOrThrow({ where: { id: tenantId } });
    const changes = changedFields(salonProfileDisplay(salonProfileOf(tenant)), salonProfileDisplay(next), SALON_PROFILE_LABELS);
    if (Object.keys(changes).length === 0) return { changes };
    await tx.tenant.update({ where: { id: tenantId }, data: next });
    await recordAudit(tx, staff, { action: SALON_AUDIT_ACTION, changes });
    return { changes };
  });
}
