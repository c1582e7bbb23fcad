import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { can, type StaffContext } from "@/lib/tenancy/guard";

// The owner's list of money that needs a person: open concerns, balances the card could not
// pay (owed, waiting for the client, retrying), fees that failed, and disputes. Scoped to the
// caller's salon; only staff with payments.manage may read it.

const bookingSelect = {
  id: true,
  contactName: true,
  contactEmail: true,
  serviceName: true,
  startsAt: true,
  priceCents: true,
  extrasMinor: true,
  tipMinor: true,
  currency: true,
  balanceStatus: true,
  nextChargeAt: true,
  therapist: { select: { displayName: true } },
  location: { select: { timeZone: true } },
  payments: { select: { id: true, kind: true, amountMinor: true, status: true, refundOfId: true } },
} as const;

export async function listPaymentsNeedingAttention(ctx: StaffContext) {
  if (!can(ctx, "payments.manage")) throw new AppError("FORBIDDEN", "Only the salon's owner can see payments");
  const prisma = await db();
  const tenantId = ctx.tenantId;
  const [concerns, unpaid, failedFees, disputes, decided] = await Promise.all([
    prisma.concern.findMany({ where: { tenantId, status: "OPEN" }, orderBy: { createdAt: "asc" }, include: { booking: { select: bookingSelect } } }),
    prisma.booking.findMany({ where: { tenantId, balanceStatus: { in: ["OWED", "ACTION_REQUIRED", "RETRY_SCHEDULED"] } }, orderBy: { startsAt: "asc" }, select: bookingSelect }),
    prisma.paymentRecord.findMany({
      where: { tenantId, status: "FAILED", kind: { in: ["LATE_CANCEL_FEE", "NO_SHOW_FEE"] } },
      orderBy: { createdAt: "desc" },
      take: 50,
      include: { booking: { select: bookingSelect } },
    }),
    prisma.dispute.findMany({ where: { tenantId }, orderBy: { createdAt: "desc" }, take: 50, include: { booking: { select: bookingSelect } } }),
    prisma.concern.findMany({ where: { tenantId, status: { not: "OPEN" } }, orderBy: { resolvedAt: "desc" }, take: 10, include: { booking: { select: bookingSelect } } }),
  ]);
  return { concerns, unpaid, failedFees, disputes, decided };
}

export type PaymentsNeedingAttention = Awaited<ReturnType<typeof listPaymentsNeedingAttention>>;
