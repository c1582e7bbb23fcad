import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { can, parseIdOrNotFound, requirePermission, type StaffContext } from "@/lib/tenancy/guard";

// Whose schedule a staff member may manage: a therapist their own; the owner any therapist of
// the salon (chosen by id, checked against the salon, so another salon's id is "not found").

export type ScheduleTherapist = { id: string; displayName: string };

export async function scheduleTherapistFor(staff: StaffContext, requested?: string | null): Promise<ScheduleTherapist> {
  requirePermission(staff, "schedule.manage.own");
  const prisma = await db();
  if (requested && requested !== staff.therapistId) {
    requirePermission(staff, "schedule.manage.all");
    const therapist = await prisma.therapistProfile.findUnique({ where: { tenantId_id: { tenantId: staff.tenantId, id: parseIdOrNotFound(requested, "Therapist") } }, select: { id: true, displayName: true } });
    if (!therapist) throw new AppError("NOT_FOUND", "Therapist not found");
    return therapist;
  }
  if (staff.therapistId) return prisma.therapistProfile.findUniqueOrThrow({ where: { tenantId_id: { tenantId: staff.tenantId, id: staff.therapistId } }, select: { id: true, displayName: true } });
  // An owner who is not a therapist: the first therapist, so the page has someone to show.
  if (!can(staff, "schedule.manage.all")) throw new AppError("FORBIDDEN", "You do not have access to this");
  const first = await prisma.therapistProfile.findFirst({ where: { tenantId: staff.tenantId, active: true }, orderBy: { displayName: "asc" }, select: { id: true, displayName: true } });
  if (!first) throw new AppError("NOT_FOUND", "This salon has no therapists yet");
  return first;
}

export async function listScheduleTherapists(staff: StaffContext): Promise<ScheduleTherapist[]> {
  if (!can(staff, "schedule.manage.all")) return [];
  const prisma = await db();
  return prisma.therapistProfile.findMany({ where: { tenantId: staff.tenantId, active: true }, orderBy: { displayName: "asc" }, select: { id: true, displayName: true } });
}
