import type { TransactionClient } from "@/lib/db/transaction";
import { BOOKED_EMAIL_JOBS } from "@/lib/jobs/booking-email-jobs";
import { enqueue } from "@/lib/jobs/queue";
import { planReminder } from "./reminders";
import { transitionBooking, type Transition } from "./transition";

/**
 * A held (PENDING) booking becomes CONFIRMED once its deposit or card is secured; the client's
 * confirmation, the therapist's notice and the reminder's plan commit with it, or neither does.
 */
export async function confirmHeldBooking(tx: TransactionClient, { tenantId, bookingId, actor, now, note = "deposit paid", data = {} }: Pick<Transition, "tenantId" | "bookingId" | "actor" | "now" | "note" | "data">): Promise<void> {
  await transitionBooking(tx, { tenantId, bookingId, from: "PENDING", to: "CONFIRMED", actor, now, note, data: { ...data, holdExpiresAt: null } });
  for (const job of BOOKED_EMAIL_JOBS) await enqueue(tx, job, { tenantId, bookingId });
  await planReminder(tx, { tenantId, bookingId, now });
}
