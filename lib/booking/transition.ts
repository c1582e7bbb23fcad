import type { TransactionClient } from "@/lib/db/transaction";
import { AppError } from "@/lib/errors/app-error";
import type { BookingStatus } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertTransition, label } from "./status";

export type Transition = {
  tenantId: string;
  bookingId: string;
  /** The status the caller read: the change happens only if the booking still has it. */
  from: BookingStatus;
  to: BookingStatus;
  actor: string;
  note?: string | null;
  now: Date;
  /** Other columns that change with the status (cancelledAt, …). */
  data?: Omit<Prisma.BookingUpdateManyMutationInput, "status" | "updatedAt">;
};

/**
 * Moves a booking from the status its caller read to the next one, as a conditional update
 * (`WHERE status = from`) with its event, inside the caller's transaction. When two actors
 * race (a client's cancel, a webhook, a job), the row changes once; the loser gets CONFLICT.
 */
export async function transitionBooking(tx: TransactionClient, { tenantId, bookingId, from, to, actor, note = null, now, data = {} }: Transition): Promise<void> {
  assertTransition(from, to);
  const changed = await tx.booking.updateMany({
    where: { tenantId, id: bookingId, status: from },
    data: { ...data, status: to, updatedAt: now },
  });
  if (changed.count !== 1) {
    const current = await tx.booking.findUnique({ where: { tenantId_id: { tenantId, id: bookingId } }, select: { status: true } });
    if (!current) throw new AppError("NOT_FOUND", "Booking not found");
    throw new AppError("CONFLICT", `This booking was just changed and is now ${label(current.status)}`);
  }
  await tx.bookingEvent.create({ data: { tenantId, bookingId, fromStatus: from, toStatus: to, actor, note, createdAt: now } });
}
