import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { now as clockNow } from "@/lib/time/clock";
import { consentText, ZPolicySnapshotSchema } from "./policy";

// A booking staff took by phone has no consent yet: the client agrees to the policy themselves
// when they open the deposit checkout from their booking's page, which shows the terms above the
// button. Recorded once (the first time), with where they were, like a public booking's.

export async function recordDeferredConsent({ tenantId, bookingId, visitor, now = clockNow() }: { tenantId: string; bookingId: string; visitor: { ipAddress: string; userAgent: string | null }; now?: Date }): Promise<boolean> {
  const prisma = await db();
  const booking = await prisma.booking.findUnique({ where: { tenantId_id: { tenantId, id: bookingId } }, select: { status: true, consent: true, policySnapshot: true } });
  if (!booking || booking.status !== "PENDING" || booking.consent !== null) return false;
  const text = consentText(ZPolicySnapshotSchema.parse(booking.policySnapshot));
  const recorded = await prisma.booking.updateMany({
    where: { tenantId, id: bookingId, status: "PENDING", consent: { equals: Prisma.DbNull } },
    data: { consent: { at: now.toISOString(), ipAddress: visitor.ipAddress, userAgent: visitor.userAgent, text } },
  });
  return recorded.count === 1;
}
