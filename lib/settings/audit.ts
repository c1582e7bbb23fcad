import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { StaffContext } from "@/lib/tenancy/guard";

// The salon's change log: every settings change writes one row in the transaction that makes
// the change (who, when, what about, each changed field before and after), so a change and its
// record commit together or neither does.

export type AuditChange = { before: unknown; after: unknown };
export type AuditChanges = Record<string, AuditChange>;

type Tx = Prisma.TransactionClient;

/**
 * The fields whose values differ between `before` and `after` (compared as JSON), keyed by
 * `labels[field]` when given. Values are kept as they are; pass display strings (money already
 * formatted in the salon's currency) when the raw value would not read well later.
 */
export function changedFields<T extends Record<string, unknown>>(before: T, after: T, labels?: Partial<Record<keyof T, string>>): AuditChanges {
  const changes: AuditChanges = {};
  for (const field of Object.keys(after) as (keyof T & string)[]) {
    if (JSON.stringify(before[field] ?? null) !== JSON.stringify(after[field] ?? null)) {
      changes[labels?.[field] ?? field] = {
        before: before[field] ?? null,
        after: after[field] ?? null,
      };
    }
  }
  return changes;
}

/** Locks the salon's row until the transaction ends, so two owners saving at once audit in turn. */
export async function lockTenant(tx: Tx, tenantId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "Tenant" WHERE id = ${tenantId}::uuid FOR UPDATE`;
}

/** Writes one change-log row (nothing when `changes` is empty). The actor's name is copied. */
export async function recordAudit(tx: Tx, staff: Pick<StaffContext, "tenantId" | "userId">, entry: { action: string; subject?: string | null; changes: AuditChanges }): Promise<void> {
  if (Object.keys(entry.changes).length === 0) return;
  const actor = await tx.user.findUnique({
    where: { id: staff.userId },
    select: { name: true, email: true },
  });
  await tx.auditLog.create({
    data: {
      tenantId: staff.tenantId,
      actorUserId: staff.userId,
      actorName: actor?.name || actor?.email || "Unknown",
      action: entry.action,
      subject: entry.subject ?? null,
      changes: entry.changes as Prisma.InputJsonValue,
    },
  });
}

export type AuditEntry = {
  id: string;
  actorName: string;
  action: string;
  subject: string | null;
  changes: AuditChanges;
  createdAt: Date;
};

/** The salon's most recent settings changes, newest first; `actionPrefix` narrows to one area ("service."). */
export async function listAuditEntries(tenantId: string, { take = 10, actionPrefix }: { take?: number; actionPrefix?: string } = {}): Promise<AuditEntry[]> {
  const prisma = await db();
  const rows = await prisma.auditLog.findMany({
    where: {
      tenantId,
      ...(actionPrefix ? { action: { startsWith: actionPrefix } } : {}),
    },
    orderBy: { createdAt: "desc" },
    take,
    select: {
      id: true,
      actorName: true,
      action: true,
      subject: true,
      changes: true,
      createdAt: true,
    },
  });
  return rows.map((r) => ({
    ...r,
    changes: (r.changes ?? {}) as AuditChanges,
  }));
}
