import { db } from "@/lib/db/client";
import type { TransactionClient } from "@/lib/db/transaction";
import { AppError } from "@/lib/errors/app-error";
import type { Role } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import { lockTenant, recordAudit } from "@/lib/settings/audit";
import { parseIdOrNotFound, requirePermission, type StaffContext } from "@/lib/tenancy/guard";
import { now as clockNow } from "@/lib/time/clock";
import { describeRoles, STAFF_AUDIT } from "./labels";

// The salon's staff as the owner manages them: who works here and as what, the owner role given
// or taken (the salon always keeps one owner), an owner made a therapist too, and therapists
// deactivated or brought back. A deactivated therapist disappears from booking and availability
// at once and can no longer open the salon's staff area (lib/tenancy/guard.ts); their sessions
// still booked stay theirs until the owner moves them, and are listed as needing reassignment.

export type StaffMember = {
  userId: string;
  name: string;
  email: string;
  roles: Role[];
  therapist: { id: string; displayName: string; active: boolean } | null;
  since: Date;
};

async function membersWhere(tx: Pick<TransactionClient, "membership" | "therapistProfile">, tenantId: string, userId?: string): Promise<StaffMember[]> {
  const [memberships, profiles] = await Promise.all([
    tx.membership.findMany({
      where: { tenantId, role: { in: ["OWNER", "THERAPIST"] }, ...(userId ? { userId } : {}) },
      select: { role: true, createdAt: true, user: { select: { id: true, name: true, email: true } } },
      orderBy: { createdAt: "asc" },
    }),
    tx.therapistProfile.findMany({ where: { tenantId, ...(userId ? { userId } : {}) }, select: { id: true, userId: true, displayName: true, active: true } }),
  ]);
  const members = new Map<string, StaffMember>();
  for (const m of memberships) {
    const member = members.get(m.user.id);
    if (member) {
      member.roles.push(m.role);
      continue;
    }
    const profile = profiles.find((p) => p.userId === m.user.id);
    members.set(m.user.id, {
      userId: m.user.id,
      name: profile?.displayName || m.user.name || m.user.email,
      email: m.user.email,
      roles: [m.role],
      therapist: profile ? { id: profile.id, displayName: profile.displayName, active: profile.active } : null,
      since: m.createdAt,
    });
  }
  for (const member of members.values()) {
    // Owners first, so the roles read the same everywhere; a therapist profile without the role is none.
    member.roles.sort((a, b) => (a === "OWNER" ? -1 : b === "OWNER" ? 1 : 0));
    if (!member.roles.includes("THERAPIST")) member.therapist = null;
  }
  return [...members.values()];
}

/** Everyone on the salon's staff: active first, then by name. */
export async function listStaffMembers(staff: StaffContext): Promise<StaffMember[]> {
  requirePermission(staff, "salon.manage");
  const members = await membersWhere(await db(), staff.tenantId);
  const deactivated = (m: StaffMember) => Number(isDeactivated(m));
  return members.sort((a, b) => deactivated(a) - deactivated(b) || a.name.localeCompare(b.name));
}

/** A therapist the owner deactivated who has no other role: no access to the salon any more. */
export function isDeactivated(member: Pick<StaffMember, "roles" | "therapist">): boolean {
  return member.therapist !== null && !member.therapist.active;
}

/** One member of the caller's salon; anyone else (another salon's staff, a malformed id) is not found. */
export async function getStaffMember(staff: StaffContext, member: unknown): Promise<StaffMember> {
  requirePermission(staff, "salon.manage");
  return findMember(await db(), staff.tenantId, member);
}

async function findMember(tx: Pick<TransactionClient, "membership" | "therapistProfile">, tenantId: string, member: unknown): Promise<StaffMember> {
  const userId = parseIdOrNotFound(member, "Staff member");
  const [found] = await membersWhere(tx, tenantId, userId);
  if (!found) throw new AppError("NOT_FOUND", "Staff member not found");
  return found;
}

export type UpcomingBooking = { id: string; startsAt: Date; status: "CONFIRMED" | "PENDING"; serviceName: string; clientName: string; therapistId: string; therapistName: string; timeZone: string };

/** Sessions still to come with these therapists: confirmed, or held while the client pays the deposit. */
async function upcomingBookings(tx: Pick<TransactionClient, "booking">, tenantId: string, therapist: Prisma.TherapistProfileWhereInput, now: Date): Promise<UpcomingBooking[]> {
  const rows = await tx.booking.findMany({
    where: {
      tenantId,
      therapist,
      startsAt: { gte: now },
      OR: [{ status: "CONFIRMED" }, { status: "PENDING", holdExpiresAt: { gt: now } }],
    },
    select: { id: true, startsAt: true, status: true, serviceName: true, contactName: true, therapistId: true, therapist: { select: { displayName: true } }, location: { select: { timeZone: true } } },
    orderBy: { startsAt: "asc" },
    take: 200,
  });
  return rows.map((b) => ({
    id: b.id,
    startsAt: b.startsAt,
    status: b.status as "CONFIRMED" | "PENDING",
    serviceName: b.serviceName,
    clientName: b.contactName,
    therapistId: b.therapistId,
    therapistName: b.therapist.displayName,
    timeZone: b.location.timeZone,
  }));
}

/** A therapist's sessions still to come (what deactivating them leaves to reassign). */
export async function upcomingBookingsOf(staff: StaffContext, therapistId: string, now: Date = clockNow()): Promise<UpcomingBooking[]> {
  requirePermission(staff, "salon.manage");
  return upcomingBookings(await db(), staff.tenantId, { tenantId: staff.tenantId, id: therapistId }, now);
}

/** Sessions still to come with deactivated therapists: each needs moving to someone else (or cancelling). */
export async function bookingsNeedingReassignment(staff: StaffContext, now: Date = clockNow()): Promise<UpcomingBooking[]> {
  requirePermission(staff, "salon.manage");
  return upcomingBookings(await db(), staff.tenantId, { tenantId: staff.tenantId, active: false }, now);
}

/**
 * Runs one staff change for an owner of the caller's salon, with the salon locked: of two owners
 * changing staff at once (demoting each other, say), the second sees the first's change.
 */
async function lockedChange<T>(staff: StaffContext, change: (tx: TransactionClient, tenantId: string) => Promise<T>): Promise<T> {
  requirePermission(staff, "salon.manage");
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    await lockTenant(tx, staff.tenantId);
    return change(tx, staff.tenantId);
  });
}

function recordRoleChange(tx: TransactionClient, staff: StaffContext, before: StaffMember, after: StaffMember): Promise<void> {
  return recordAudit(tx, staff, { action: STAFF_AUDIT.roles, subject: before.name, changes: { Roles: { before: describeRoles(before.roles), after: describeRoles(after.roles) } } });
}

export type RoleChange = { changed: boolean; member: StaffMember; selfDemoted: boolean };

/**
 * Gives or takes the owner role. The salon always keeps an owner: taking the role from its only
 * owner is refused, whoever asks (themselves included), and so is leaving someone with no role.
 */
export async function setOwnerRole({ staff, member, owner }: { staff: StaffContext; member: unknown; owner: boolean }): Promise<RoleChange> {
  return lockedChange(staff, async (tx, tenantId) => {
    const before = await findMember(tx, tenantId, member);
    const isOwner = before.roles.includes("OWNER");
    if (isOwner === owner) return { changed: false, member: before, selfDemoted: false };
    const self = before.userId === staff.userId;
    if (owner) {
      await tx.membership.create({ data: { tenantId, userId: before.userId, role: "OWNER" } });
    } else {
      const owners = await tx.membership.count({ where: { tenantId, role: "OWNER" } });
      if (owners <= 1) {
        throw new AppError("CONFLICT", self ? "You are the salon's only owner. Make someone else an owner first: the salon must always have one." : `${before.name} is the salon's only owner. Make someone else an owner first: the salon must always have one.`);
      }
      const stillTherapist = before.therapist?.active === true;
      if (!stillTherapist) {
        throw new AppError("CONFLICT", `${before.name} has no other role here: without the owner role they could no longer sign in to the salon. Keep them as an owner.`);
      }
      await tx.membership.deleteMany({ where: { tenantId, userId: before.userId, role: "OWNER" } });
    }
    const after = await findMember(tx, tenantId, before.userId);
    await recordRoleChange(tx, staff, before, after);
    return { changed: true, member: after, selfDemoted: self && !owner };
  });
}

/**
 * Makes an owner who is not a therapist one too: the therapist role and a profile named as their
 * account is. They are in the pickers at once, but clients can book them only once they have weekly
 * hours and services. Someone already a therapist is refused (a deactivated one is reactivated).
 */
export async function addTherapistRole({ staff, member, now = clockNow() }: { staff: StaffContext; member: unknown; now?: Date }): Promise<StaffMember> {
  return lockedChange(staff, async (tx, tenantId) => {
    const before = await findMember(tx, tenantId, member);
    if (before.therapist) {
      throw new AppError("CONFLICT", before.therapist.active ? `${before.name} is already a therapist here.` : `${before.name} is already a therapist here, deactivated: reactivate them below to make them bookable again.`);
    }
    const { userId } = before;
    await tx.membership.upsert({ where: { tenantId_userId_role: { tenantId, userId, role: "THERAPIST" } }, create: { tenantId, userId, role: "THERAPIST", createdAt: now }, update: {} });
    // A profile left from an earlier therapist role comes back with its hours and services.
    await tx.therapistProfile.upsert({ where: { tenantId_userId: { tenantId, userId } }, create: { tenantId, userId, displayName: before.name, active: true, createdAt: now }, update: { active: true } });
    const after = await findMember(tx, tenantId, userId);
    await recordRoleChange(tx, staff, before, after);
    return after;
  });
}

export type TherapistStatusChange = { changed: boolean; member: StaffMember; upcoming: number };

async function therapistOf(tx: TransactionClient, tenantId: string, member: unknown): Promise<StaffMember & { therapist: NonNullable<StaffMember["therapist"]> }> {
  const found = await findMember(tx, tenantId, member);
  if (!found.therapist) throw new AppError("NOT_FOUND", `${found.name} is not a therapist here.`);
  return found as StaffMember & { therapist: NonNullable<StaffMember["therapist"]> };
}

/**
 * Deactivates a therapist: off the booking pages and out of availability at once, no access to the
 * staff area (unless they are also an owner), and their calendar feed link stops working. Their
 * sessions still to come stay booked with them and are listed for the owner to move.
 */
export async function deactivateTherapist({ staff, member, now = clockNow() }: { staff: StaffContext; member: unknown; now?: Date }): Promise<TherapistStatusChange> {
  return lockedChange(staff, async (tx, tenantId) => {
    const before = await therapistOf(tx, tenantId, member);
    const upcoming = await upcomingBookings(tx, tenantId, { tenantId, id: before.therapist.id }, now);
    if (!before.therapist.active) return { changed: false, member: before, upcoming: upcoming.length };
    await tx.therapistProfile.update({ where: { tenantId_id: { tenantId, id: before.therapist.id } }, data: { active: false } });
    await tx.calendarFeed.updateMany({ where: { tenantId, therapistId: before.therapist.id, revokedAt: null }, data: { revokedAt: now } });
    await recordAudit(tx, staff, {
      action: STAFF_AUDIT.deactivate,
      subject: before.name,
      changes: { Status: { before: "Active", after: "Deactivated" }, ...(upcoming.length ? { "Sessions to reassign": { before: null, after: String(upcoming.length) } } : {}) },
    });
    return { changed: true, member: { ...before, therapist: { ...before.therapist, active: false } }, upcoming: upcoming.length };
  });
}

/** Brings a deactivated therapist back: bookable again (with their hours and services as they were) and able to sign in. */
export async function reactivateTherapist({ staff, member, now = clockNow() }: { staff: StaffContext; member: unknown; now?: Date }): Promise<TherapistStatusChange> {
  return lockedChange(staff, async (tx, tenantId) => {
    const before = await therapistOf(tx, tenantId, member);
    const upcoming = await upcomingBookings(tx, tenantId, { tenantId, id: before.therapist.id }, now);
    if (before.therapist.active) return { changed: false, member: before, upcoming: upcoming.length };
    await tx.therapistProfile.update({ where: { tenantId_id: { tenantId, id: before.therapist.id } }, data: { active: true } });
    await recordAudit(tx, staff, { action: STAFF_AUDIT.reactivate, subject: before.name, changes: { Status: { before: "Deactivated", after: "Active" } } });
    return { changed: true, member: { ...before, therapist: { ...before.therapist, active: true } }, upcoming: upcoming.length };
  });
}
