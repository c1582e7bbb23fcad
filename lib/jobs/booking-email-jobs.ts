import type { ReactElement } from "react";
import { z } from "zod";
import { sendMail, type MailAttachment } from "@/lib/mail/mailer";
import { sessionIcsAttachment } from "@/lib/notifications/calendar-attachment";
import { loadBookingEmailData, type BookingEmailData } from "@/lib/notifications/booking-email-data";
import { BookingCancelledEmail, BookingConfirmedEmail, TherapistCancelledEmail, TherapistNewBookingEmail } from "@/lib/notifications/booking-emails";
import { renderEmail } from "@/lib/notifications/render";
import { defineJob } from "./define-job";

// One job per email, so a retry never sends a sibling twice. Each is enqueued in the
// transaction that books or cancels.

const ZBookingRefSchema = z.object({ tenantId: z.uuid(), bookingId: z.uuid() });

type Mail = {
  to: (data: BookingEmailData) => string | null;
  subject: (data: BookingEmailData) => string;
  body: (data: BookingEmailData) => ReactElement;
  attachments?: (data: BookingEmailData) => MailAttachment[];
};

export function bookingEmailJob(name: string, mail: Mail) {
  return defineJob({
    name,
    payload: ZBookingRefSchema,
    retryLimit: 5,
    retryDelaySeconds: 30,
    async handler({ tenantId, bookingId }) {
      const data = await loadBookingEmailData(tenantId, bookingId);
      const to = data && mail.to(data);
      if (!data || !to) return; // the booking is gone, or nobody to tell
      await sendMail({ to, subject: mail.subject(data), ...(await renderEmail(mail.body(data))), ...(mail.attachments ? { attachments: mail.attachments(data) } : {}) });
    },
  });
}

export const sendBookingConfirmationJob = bookingEmailJob("booking.send-confirmation", {
  to: (d) => d.client.email,
  subject: (d) => `Booking confirmed: ${d.serviceName} at ${d.salon.name}`,
  body: (d) => BookingConfirmedEmail({ data: d }),
  attachments: (d) => [sessionIcsAttachment(d)],
});

export const sendCancellationConfirmationJob = bookingEmailJob("booking.send-cancellation", {
  to: (d) => d.client.email,
  subject: (d) => `Booking cancelled: ${d.serviceName} at ${d.salon.name}`,
  body: (d) => BookingCancelledEmail({ data: d }),
});

export const notifyTherapistOfBookingJob = bookingEmailJob("booking.notify-therapist-booked", {
  to: (d) => d.therapist.email,
  subject: (d) => `New booking: ${d.client.name}, ${d.serviceName}`,
  body: (d) => TherapistNewBookingEmail({ data: d }),
});

export const notifyTherapistOfCancellationJob = bookingEmailJob("booking.notify-therapist-cancelled", {
  to: (d) => d.therapist.email,
  subject: (d) => `Cancelled: ${d.client.name}, ${d.serviceName}`,
  body: (d) => TherapistCancelledEmail({ data: d }),
});

export const BOOKED_EMAIL_JOBS = [sendBookingConfirmationJob, notifyTherapistOfBookingJob];
export const CANCELLED_EMAIL_JOBS = [sendCancellationConfirmationJob, notifyTherapistOfCancellationJob];
