import { z } from "zod";
import { db } from "@/lib/db/client";
import { transactionWithRetry } from "@/lib/db/transaction";
import { SessionReminderEmail } from "@/lib/notifications/booking-emails";
import { now as clockNow } from "@/lib/time/clock";
import { bookingEmailJob } from "./booking-email-jobs";
import { defineJob } from "./define-job";

// The reminder before a session (lib/booking/reminders.ts): a plan job, due at the reminder
// time, claims the booking once and enqueues the email job with the claim.

export const sendReminderJob = bookingEmailJob("booking.send-reminder", {
  to: (d) => d.client.email,
  subject: (d) => `Reminder: ${d.serviceName} at ${d.salon.name}, ${d.when}`,
  body: (d) => SessionReminderEmail({ data: d }),
});

export const planReminderJob = defineJob({
  name: "booking.reminder-due",
  payload: z.object({ tenantId: z.uuid(), bookingId: z.uuid(), startsAt: z.iso.datetime() }),
  retryLimit: 5,
  retryDelaySeconds: 30,
  async handler({ tenantId, bookingId, startsAt }) {
    // Imported here: reminders.ts imports this file to enqueue these jobs.
    const { claimReminder } = await import("@/lib/booking/reminders");
    const prisma = await db();
    await transactionWithRetry(prisma, (tx) => claimReminder(tx, { tenantId, bookingId, startsAt: new Date(startsAt), now: clockNow() }));
  },
});

export const REMINDER_JOBS = [planReminderJob, sendReminderJob];
