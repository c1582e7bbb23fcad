import type { TransactionClient } from "@/lib/db/transaction";
import { enqueue } from "@/lib/jobs/queue";
import { planReminderJob, sendReminderJob } from "@/lib/jobs/reminder-jobs";

// The reminder email before a session: planned when the booking is confirmed (and again when
// it moves), sent once. The plan job claims the booking with a conditional update and enqueues
// the email in the same transaction, so several workers, restarts and stale plans (the booking
// was moved or cancelled) still make exactly one email, for the current time.

const HOUR_MS = 3_600_000;
/** Closer than this to the session, a reminder is more noise than help. */
const TOO_LATE_MS = 3 * HOUR_MS;

/** When the reminder should go, or null when the session is too close for one. */
export function reminderDueAt(startsAt: Date, hoursBefore: number, now: Date): Date | null {
  const due = new Date(startsAt.getTime() - hoursBefore * HOUR_MS);
  if (due > now) return due;
  return startsAt.getTime() - now.getTime() > TOO_LATE_MS ? now : null;
}

export async function planReminder(tx: TransactionClient, { tenantId, bookingId, now }: { tenantId: string; bookingId: string; now: Date }): Promise<Date | null> {
  const booking = await tx.booking.findUnique({ where: { tenantId_id: { tenantId, id: bookingId } }, select: { startsAt: true, tenant: { select: { reminderHoursBefore: true } } } });
  if (!booking) return null;
  const due = reminderDueAt(booking.startsAt, booking.tenant.reminderHoursBefore, now);
  if (due) await enqueue(tx, planReminderJob, { tenantId, bookingId, startsAt: booking.startsAt.toISOString() }, { startAfter: due });
  return due;
}

export type ReminderClaim = "sent" | "already-sent" | "stale";

/** Runs when a planned reminder is due: one claim per booking ever wins, and only for the planned time. */
export async function claimReminder(tx: TransactionClient, { tenantId, bookingId, startsAt, now }: { tenantId: string; bookingId: string; startsAt: Date; now: Date }): Promise<ReminderClaim> {
  const claimed = await tx.booking.updateMany({
    where: { tenantId, id: bookingId, status: "CONFIRMED", startsAt, reminderSentAt: null },
    data: { reminderSentAt: now },
  });
  if (claimed.count === 1) {
    await enqueue(tx, sendReminderJob, { tenantId, bookingId });
    return "sent";
  }
  const booking = await tx.booking.findUnique({ where: { tenantId_id: { tenantId, id: bookingId } }, select: { reminderSentAt: true, startsAt: true } });
  return booking?.reminderSentAt && booking.startsAt.getTime() === startsAt.getTime() ? "already-sent" : "stale";
}
