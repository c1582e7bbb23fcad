import { db } from "@/lib/db/client";
import { refundRecord } from "./refunds";

/** Gives back a cancelled booking's deposit (every deposit charge, once each). */
export async function refundDeposit({ tenantId, bookingId }: { tenantId: string; bookingId: string }): Promise<void> {
  const prisma = await db();
  const tenant = await prisma.tenant.findUniqueOrThrow({ where: { id: tenantId } });
  const deposits = await prisma.paymentRecord.findMany({ where: { tenantId, bookingId, kind: "DEPOSIT", status: "SUCCEEDED" } });
  for (const record of deposits) await refundRecord({ tenant, record, reason: "Cancelled in time: deposit refunded", actor: "system", purpose: "cancellation" });
}
