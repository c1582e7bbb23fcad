import { z } from "zod";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { rolesHave, type Permission } from "@/lib/auth/permissions";
import type { Role } from "@/lib/generated/prisma/enums";
import type { CurrentSession } from "@/lib/auth/session";
import type { Tenant } from "@/lib/generated/prisma/client";

// The one guard: every page, action and route handler gets its tenant (and role) here, from
// the URL's slug: public pages by the salon's existence, staff pages and actions by the
// caller's membership of that salon.

export type PublicContext = { kind: "public"; tenant: Tenant; tenantId: string };

export type StaffContext = {
  kind: "staff";
  tenant: Tenant;
  tenantId: string;
  userId: string;
  roles: Role[];
  /** The caller's therapist profile in this tenant, if they are a therapist. */
  therapistId: string | null;
};

export type TenantContext = PublicContext | StaffContext;

export const ZSlugSchema = z.string().regex(/^[a-z0-9-]{1,64}$/);
export const ZIdSchema = z.uuid({ message: "Not a valid id" });

export async function publicContext(slug: string): Promise<PublicContext> {
  const parsed = ZSlugSchema.safeParse(slug);
  if (!parsed.success) throw new AppError("NOT_FOUND", "Salon not found");
  const tenant = await (await db()).tenant.findUnique({ where: { slug: parsed.data } });
  if (!tenant) throw new AppError("NOT_FOUND", "Salon not found");
  return { kind: "public", tenant, tenantId: tenant.id };
}

/**
 * Staff context of the signed-in caller. Only a password sign-in opens the staff area: an
 * email link proves an inbox, which is enough for a client's own bookings but not for a
 * salon's records (docs/decisions/007).
 */
export async function staffContextForSession(session: Pick<CurrentSession, "userId" | "method"> | null, tenantSlug?: string): Promise<StaffContext> {
  if (!session) throw new AppError("UNAUTHENTICATED", "Please sign in");
  if (session.method !== "PASSWORD") throw new AppError("UNAUTHENTICATED", "Staff sign in with their password");
  return staffContextForUser(session.userId, tenantSlug);
}

/**
 * Staff context of a user at one salon. With `tenantSlug` (staff URLs carry the salon) the caller
 * must be staff of that salon: any other slug, or a malformed one, is "not found", so nothing
 * tells another salon's existence apart. Without it, their oldest membership (user-level pages).
 * A therapist the owner deactivated is no longer staff as a therapist: with no other role there,
 * the salon is closed to them.
 */
export async function staffContextForUser(userId: string | null | undefined, tenantSlug?: string): Promise<StaffContext> {
  if (!userId) throw new AppError("UNAUTHENTICATED", "Please sign in");
  if (tenantSlug !== undefined && !ZSlugSchema.safeParse(tenantSlug).success) throw new AppError("NOT_FOUND", "Salon not found");
  const prisma = await db();
  const memberships = await liveMemberships(
    userId,
    await prisma.membership.findMany({
      where: { userId, role: { in: ["OWNER", "THERAPIST"] }, ...(tenantSlug !== undefined ? { tenant: { slug: tenantSlug } } : {}) },
      include: { tenant: true },
      orderBy: { createdAt: "asc" },
    }),
  );
  const first = memberships[0];
  if (!first) throw tenantSlug !== undefined ? new AppError("NOT_FOUND", "Salon not found") : new AppError("FORBIDDEN", "This account has no staff access");
  const tenantId = first.tenantId;
  const here = memberships.filter((m) => m.tenantId === tenantId);
  return { kind: "staff", tenant: first.tenant, tenantId, userId, roles: here.map((m) => m.role), therapistId: here.find((m) => m.therapistId)?.therapistId ?? null };
}

/**
 * The memberships that still open the staff area, each therapist one with its profile's id: a
 * therapist membership whose profile was deactivated drops out.
 */
async function liveMemberships<M extends { tenantId: string; role: Role }>(userId: string, memberships: M[]): Promise<(M & { therapistId: string | null })[]> {
  const tenantIds = [...new Set(memberships.filter((m) => m.role === "THERAPIST").map((m) => m.tenantId))];
  const profiles = tenantIds.length ? await (await db()).therapistProfile.findMany({ where: { userId, tenantId: { in: tenantIds } }, select: { tenantId: true, id: true, active: true } }) : [];
  return memberships.flatMap((m) => {
    if (m.role !== "THERAPIST") return [{ ...m, therapistId: null }];
    const profile = profiles.find((p) => p.tenantId === m.tenantId);
    if (profile && !profile.active) return [];
    return [{ ...m, therapistId: profile?.id ?? null }];
  });
}

export type StaffSalon = { slug: string; name: string; roles: Role[] };

/** Every salon the user is staff of, oldest membership first (the staff home's chooser). */
export async function listStaffSalons(userId: string): Promise<StaffSalon[]> {
  const memberships = await liveMemberships(
    userId,
    await (await db()).membership.findMany({
      where: { userId, role: { in: ["OWNER", "THERAPIST"] } },
      select: { tenantId: true, role: true, tenant: { select: { slug: true, name: true } } },
      orderBy: { createdAt: "asc" },
    }),
  );
  const salons = new Map<string, StaffSalon>();
  for (const m of memberships) {
    const salon = salons.get(m.tenant.slug) ?? { slug: m.tenant.slug, name: m.tenant.name, roles: [] };
    salon.roles.push(m.role);
    salons.set(m.tenant.slug, salon);
  }
  return [...salons.values()];
}

export function can(ctx: StaffContext, permission: Permission): boolean {
  return rolesHave(ctx.roles, permission);
}

export function requirePermission(ctx: StaffContext, permission: Permission): void {
  if (!can(ctx, permission)) throw new AppError("FORBIDDEN", "You do not have access to this");
}

/** The filter every tenant-owned query starts from. */
export function tenantWhere(ctx: TenantContext): { tenantId: string } {
  return { tenantId: ctx.tenantId };
}

/** Parses an id from untrusted input; a malformed id is simply "not found" in this tenant. */
export function parseIdOrNotFound(id: unknown, what: string): string {
  const parsed = ZIdSchema.safeParse(id);
  if (!parsed.success) throw new AppError("NOT_FOUND", `${what} not found`);
  return parsed.data;
}
