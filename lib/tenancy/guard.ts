import { z } from "zod";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { rolesHave, type Permission } from "@/lib/auth/permissions";
import type { Role } from "@/lib/generated/prisma/enums";
import type { CurrentSession } from "@/lib/auth/session";
import type { Tenant } from "@/lib/generated/prisma/client";

// The one guard: every page, action and route handler gets its tenant (and role) here,
// from the URL for public pages or from the signed-in membership for staff pages.

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

/** Staff context of a user; `tenantSlug` picks the salon when they belong to several. */
export async function staffContextForUser(userId: string | null | undefined, tenantSlug?: string): Promise<StaffContext> {
  if (!userId) throw new AppError("UNAUTHENTICATED", "Please sign in");
  const prisma = await db();
  const memberships = await prisma.membership.findMany({
    where: { userId, role: { in: ["OWNER", "THERAPIST"] }, ...(tenantSlug ? { tenant: { slug: tenantSlug } } : {}) },
    include: { tenant: true },
    orderBy: { createdAt: "asc" },
  });
  const first = memberships[0];
  if (!first) throw new AppError("FORBIDDEN", "This account has no staff access");
  const tenantId = first.tenantId;
  const roles = memberships.filter((m) => m.tenantId === tenantId).map((m) => m.role);
  const therapist = roles.includes("THERAPIST")
    ? await prisma.therapistProfile.findUnique({ where: { tenantId_userId: { tenantId, userId } }, select: { id: true } })
    : null;
  return { kind: "staff", tenant: first.tenant, tenantId, userId, roles, therapistId: therapist?.id ?? null };
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
