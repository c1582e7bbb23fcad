import type { SqlDriver } from "@/lib/db/sql-driver";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { chargeBalanceJob } from "@/lib/jobs/payment-jobs";
import { createBoss } from "@/lib/jobs/queue";

/**
 * The demo's sessions still in their review window get the charge job the app would have
 * enqueued when they were completed, so their cards are charged when the window ends.
 */
export async function scheduleSeededCharges(prisma: PrismaClient, driver: SqlDriver): Promise<number> {
  const due = await prisma.booking.findMany({ where: { balanceStatus: "IN_REVIEW", reviewEndsAt: { not: null } }, select: { tenantId: true, id: true, reviewEndsAt: true } });
  const boss = createBoss(driver);
  await boss.start();
  try {
    for (const b of due) {
      const id = await boss.send(chargeBalanceJob.name, chargeBalanceJob.payload.parse({ tenantId: b.tenantId, bookingId: b.id }) as object, { startAfter: b.reviewEndsAt! });
      if (!id) throw new Error(`job queue "${chargeBalanceJob.name}" is missing: run the migrations`);
    }
  } finally {
    await boss.stop({ graceful: false, wait: true, close: false });
  }
  return due.length;
}
