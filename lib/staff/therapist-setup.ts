import { db } from "@/lib/db/client";
import { requirePermission, type StaffContext } from "@/lib/tenancy/guard";

// What a therapist still needs before clients can book them: weekly hours (no slot is offered
// outside them) and at least one active service they are ticked for. Without either they show in
// the pickers, yet the booking pages never offer them a session.

export type TherapistSetup = { hasHours: boolean; services: number };

export async function therapistSetup(staff: StaffContext, therapistId: string): Promise<TherapistSetup> {
  requirePermission(staff, "salon.manage");
  const { tenantId } = staff;
  const prisma = await db();
  const [rules, services] = await Promise.all([
    prisma.availabilityRule.count({ where: { tenantId, therapistId } }),
    prisma.serviceTherapist.count({ where: { tenantId, therapistId, service: { active: true } } }),
  ]);
  return { hasHours: rules > 0, services };
}
