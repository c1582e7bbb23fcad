import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { parseOrThrow } from "@/lib/errors/validation";
import { Prisma } from "@/lib/generated/prisma/client";
import { ZDepositRuleSchema, type TDepositRule } from "@/lib/payments/deposit";
import { parseIdOrNotFound, requirePermission, ZIdSchema, type StaffContext } from "@/lib/tenancy/guard";
import { changedFields, lockTenant, recordAudit, type AuditChanges } from "./audit";
import { nextFreeSlug, SERVICE_LABELS, serviceDisplay, slugify, ZServiceSchema, type TService } from "./service-fields";

// The salon's services as the owner manages them: add, edit, hide, reorder, and who offers
// each. Public pages read services per request, so a change shows at once; a booking keeps the
// name, price, duration and deposit it was made with (snapshotted on the booking). Every change
// writes one change-log row in its transaction, values as the owner reads them.

export const SERVICE_AUDIT = { create: "service.create", update: "service.update", reorder: "service.reorder" } as const;

type Tx = Prisma.TransactionClient;

const THERAPIST_NOT_FOUND = "That therapist is not on your team";

/** The service's stored deposit override; one that no longer parses reads as "the salon's rule". */
function storedDepositRule(value: unknown): TDepositRule | null {
  const parsed = ZDepositRuleSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/**
 * Names of the therapists by id, all of this salon, or NOT_FOUND (no hint whether an id exists
 * elsewhere). A deactivated therapist is refused (VALIDATION) unless already `assigned`: the
 * form lists only active therapists, but keeps one already assigned so that saving does not
 * drop them behind the owner's back.
 */
async function therapistNamesOf(tx: Tx, tenantId: string, ids: string[], assigned: readonly string[] = []): Promise<string[]> {
  if (ids.some((id) => !ZIdSchema.safeParse(id).success)) throw new AppError("NOT_FOUND", THERAPIST_NOT_FOUND, { therapistIds: [THERAPIST_NOT_FOUND] });
  const found = await tx.therapistProfile.findMany({ where: { tenantId, id: { in: ids } }, select: { id: true, displayName: true, active: true } });
  if (found.length !== ids.length) throw new AppError("NOT_FOUND", THERAPIST_NOT_FOUND, { therapistIds: [THERAPIST_NOT_FOUND] });
  const inactive = found.find((t) => !t.active && !assigned.includes(t.id));
  if (inactive) {
    const message = `${inactive.displayName} is deactivated: bring them back under Staff before they offer a service`;
    throw new AppError("VALIDATION", message, { therapistIds: [message] });
  }
  return found.map((t) => t.displayName);
}

function columnsOf(service: TService) {
  return {
    name: service.name,
    description: service.description,
    durationMinutes: service.durationMinutes,
    priceCents: service.priceCents,
    bufferBeforeMinutes: service.bufferBeforeMinutes,
    bufferAfterMinutes: service.bufferAfterMinutes,
    depositRule: service.depositRule === null ? Prisma.DbNull : (service.depositRule as Prisma.InputJsonValue),
    locationType: service.locationType,
    active: service.active,
  };
}

/** Adds a service to the caller's salon (owners only), last in the order, with a slug made from its name. */
export async function createService({ staff, service }: { staff: StaffContext; service: unknown }): Promise<{ id: string; slug: string }> {
  requirePermission(staff, "salon.manage");
  const next = parseOrThrow(ZServiceSchema, service);
  const { tenantId, tenant } = staff;
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    await lockTenant(tx, tenantId);
    const names = await therapistNamesOf(tx, tenantId, next.therapistIds);
    const base = slugify(next.name);
    const taken = await tx.service.findMany({ where: { tenantId, slug: { startsWith: base } }, select: { slug: true } });
    const slug = nextFreeSlug(
      base,
      taken.map((s) => s.slug),
    );
    const last = await tx.service.aggregate({ where: { tenantId }, _max: { sortOrder: true } });
    const created = await tx.service.create({
      data: { tenantId, slug, sortOrder: (last._max.sortOrder ?? 0) + 1, ...columnsOf(next) },
      select: { id: true, slug: true },
    });
    if (next.therapistIds.length) await tx.serviceTherapist.createMany({ data: next.therapistIds.map((therapistId) => ({ tenantId, serviceId: created.id, therapistId })) });
    const after = serviceDisplay(next, names, tenant);
    const nothing = Object.fromEntries(Object.keys(after).map((k) => [k, null])) as Record<keyof typeof after, null>;
    await recordAudit(tx, staff, { action: SERVICE_AUDIT.create, subject: next.name, changes: changedFields<Record<string, unknown>>(nothing, after, SERVICE_LABELS) });
    return created;
  });
}

/**
 * Changes one service of the caller's salon (owners only); its slug stays, so public links keep
 * working. Another salon's service, or a therapist of another salon, is NOT_FOUND and nothing
 * changes. Returns the change-log changes (empty when nothing changed, and nothing is written).
 */
export async function updateService({ staff, serviceId, service }: { staff: StaffContext; serviceId: string; service: unknown }): Promise<{ changes: AuditChanges }> {
  requirePermission(staff, "salon.manage");
  const id = parseIdOrNotFound(serviceId, "Service");
  const next = parseOrThrow(ZServiceSchema, service);
  const { tenantId, tenant } = staff;
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    await lockTenant(tx, tenantId);
    const current = await tx.service.findFirst({
      where: { tenantId, id },
      include: { therapists: { select: { therapistId: true, therapist: { select: { displayName: true } } } } },
    });
    if (!current) throw new AppError("NOT_FOUND", "Service not found");
    const names = await therapistNamesOf(
      tx,
      tenantId,
      next.therapistIds,
      current.therapists.map((t) => t.therapistId),
    );
    const before = serviceDisplay(
      { ...current, depositRule: storedDepositRule(current.depositRule), therapistIds: current.therapists.map((t) => t.therapistId) },
      current.therapists.map((t) => t.therapist.displayName),
      tenant,
    );
    const changes = changedFields<Record<string, unknown>>(before, serviceDisplay(next, names, tenant), SERVICE_LABELS);
    if (Object.keys(changes).length === 0) return { changes };

    await tx.service.update({ where: { tenantId_id: { tenantId, id } }, data: columnsOf(next) });
    await tx.serviceTherapist.deleteMany({ where: { tenantId, serviceId: id, therapistId: { notIn: next.therapistIds } } });
    const existing = new Set(current.therapists.map((t) => t.therapistId));
    const added = next.therapistIds.filter((t) => !existing.has(t));
    if (added.length) await tx.serviceTherapist.createMany({ data: added.map((therapistId) => ({ tenantId, serviceId: id, therapistId })) });
    await recordAudit(tx, staff, { action: SERVICE_AUDIT.update, subject: next.name, changes });
    return { changes };
  });
}

export type MoveDirection = "up" | "down";

/**
 * Moves a service one place up or down in the salon's order (the order of the public list);
 * at either end nothing changes. Positions are renumbered 1…n as they are shown.
 */
export async function moveService({ staff, serviceId, direction }: { staff: StaffContext; serviceId: string; direction: MoveDirection }): Promise<{ moved: boolean; position: number; count: number }> {
  requirePermission(staff, "salon.manage");
  const id = parseIdOrNotFound(serviceId, "Service");
  if (direction !== "up" && direction !== "down") throw new AppError("VALIDATION", "Choose up or down");
  const { tenantId } = staff;
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    await lockTenant(tx, tenantId);
    const services = await tx.service.findMany({ where: { tenantId }, select: { id: true, name: true, sortOrder: true }, orderBy: [{ sortOrder: "asc" }, { name: "asc" }] });
    const from = services.findIndex((s) => s.id === id);
    if (from === -1) throw new AppError("NOT_FOUND", "Service not found");
    const to = direction === "up" ? from - 1 : from + 1;
    if (to < 0 || to >= services.length) return { moved: false, position: from + 1, count: services.length };
    const order = [...services];
    [order[from], order[to]] = [order[to]!, order[from]!];
    for (const [index, s] of order.entries()) {
      if (s.sortOrder !== index + 1) await tx.service.update({ where: { tenantId_id: { tenantId, id: s.id } }, data: { sortOrder: index + 1 } });
    }
    const count = services.length;
    await recordAudit(tx, staff, {
      action: SERVICE_AUDIT.reorder,
      subject: services[from]!.name,
      changes: { Position: { before: `${from + 1} of ${count}`, after: `${to + 1} of ${count}` } },
    });
    return { moved: true, position: to + 1, count };
  });
}

/** Every service of the salon (hidden ones too) in the public order, with who offers each. */
export async function listSettingsServices(tenantId: string) {
  const prisma = await db();
  const rows = await prisma.service.findMany({
    where: { tenantId },
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    include: { therapists: { select: { therapist: { select: { id: true, displayName: true, active: true } } } } },
  });
  return rows.map(({ therapists, ...service }) => ({
    ...service,
    depositRule: storedDepositRule(service.depositRule),
    therapists: therapists.map((t) => t.therapist).sort((a, b) => a.displayName.localeCompare(b.displayName)),
  }));
}

export type SettingsService = Awaited<ReturnType<typeof listSettingsServices>>[number];

/** One service of the salon for its edit page, or NOT_FOUND (another salon's id finds nothing). */
export async function getSettingsService(tenantId: string, serviceId: string): Promise<SettingsService> {
  const id = parseIdOrNotFound(serviceId, "Service");
  const prisma = await db();
  const row = await prisma.service.findFirst({
    where: { tenantId, id },
    include: { therapists: { select: { therapist: { select: { id: true, displayName: true, active: true } } } } },
  });
  if (!row) throw new AppError("NOT_FOUND", "Service not found");
  const { therapists, ...service } = row;
  return { ...service, depositRule: storedDepositRule(service.depositRule), therapists: therapists.map((t) => t.therapist) };
}

/** The salon's therapists for the "who offers it" list: active ones, and inactive ones only where already assigned. */
export async function listServiceTherapistChoices(tenantId: string, assigned: readonly string[] = []) {
  const prisma = await db();
  return prisma.therapistProfile.findMany({
    where: { tenantId, OR: [{ active: true }, { id: { in: [...assigned] } }] },
    select: { id: true, displayName: true, active: true },
    orderBy: { displayName: "asc" },
  });
}
