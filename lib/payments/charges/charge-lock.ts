import type { TransactionClient } from "@/lib/db/transaction";
import type { Booking } from "@/lib/generated/prisma/client";

/**
 * The booking's charge lock, then the booking as it is now. Everything that changes what is
 * owed or charged (an attempt, its outcome, a pay link, a tip, a concern) takes it first, so
 * none of them interleave.
 */
export async function lockBookingForCharge(tx: TransactionClient, tenantId: string, bookingId: string): Promise<Booking | null> {
  await tx.$queryRaw`SELECT 1 AS locked FROM pg_advisory_xact_lock(hashtextextended(${`charge:${tenantId}:${bookingId}`}, 0))`;
  return tx.booking.findUnique({ where: { tenantId_id: { tenantId, id: bookingId } } });
}
