import type { ReactElement } from "react";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { formatDateTime, zoneAbbreviation } from "@/lib/format/format";
import { sendMail, type MailAttachment } from "@/lib/mail/mailer";
import { sessionIcsAttachment } from "@/lib/notifications/calendar-attachment";
import { loadBookingEmailData, type BookingEmailData } from "@/lib/notifications/booking-email-data";
import { BookingMovedEmail, TherapistMovedAwayEmail, TherapistMovedEmail, type Move } from "@/lib/notifications/booking-moved-emails";
import { renderEmail } from "@/lib/notifications/render";
import { defineJob } from "./define-job";

// The emails of a move (lib/booking/reschedule-booking.ts), one job each, enqueued with the move.
// The payload carries the move itself (from → to), so each email describes its own move even if
// the booking has moved again before it is sent.

export const ZMoveSchema = z.object({
  tenantId: z.uuid(),
  bookingId: z.uuid(),
  fromStartsAt: z.iso.datetime(),
  fromTherapistId: z.uuid(),
  toStartsAt: z.iso.datetime(),
  toTherapistId: z.uuid(),
});
type TMove = z.infer<typeof ZMoveSchema>;

type Mail = {
  to: (data: BookingEmailData, move: Move) => string | null;
  subject: (data: BookingEmailData, move: Move) => string;
  body: (data: BookingEmailData, move: Move) => ReactElement;
  attachments?: (data: BookingEmailData) => MailAttachment[];
};

function when(iso: string, timeZone: string, locale: string): string {
  const instant = new Date(iso);
  return `${formatDateTime(instant, timeZone, locale)} (${zoneAbbreviation(instant, timeZone, locale)})`;
}

/** A therapist of the move; one who has been deactivated keeps their name but gets no email (their sessions are being moved off them). */
async function therapistOf(tenantId: string, therapistId: string) {
  const prisma = await db();
  const profile = await prisma.therapistProfile.findUnique({ where: { tenantId_id: { tenantId, id: therapistId } }, select: { displayName: true, userId: true, active: true } });
  if (!profile) return { name: "your therapist", email: null };
  if (!profile.active) return { name: profile.displayName, email: null };
  const user = await prisma.user.findUnique({ where: { id: profile.userId }, select: { email: true } });
  return { name: profile.displayName, email: user?.email ?? null };
}

async function loadMove(payload: TMove, data: BookingEmailData): Promise<Move> {
  const tz = data.calendar.timeZone;
  const changedTherapist = payload.fromTherapistId !== payload.toTherapistId;
  return {
    from: when(payload.fromStartsAt, tz, data.locale),
    to: when(payload.toStartsAt, tz, data.locale),
    fromTherapist: changedTherapist ? await therapistOf(payload.tenantId, payload.fromTherapistId) : data.therapist,
    toTherapist: changedTherapist ? await therapistOf(payload.tenantId, payload.toTherapistId) : data.therapist,
    changedTherapist,
  };
}

export function movedEmailJob(name: string, mail: Mail) {
  return defineJob({
    name,
    payload: ZMoveSchema,
    retryLimit: 5,
    retryDelaySeconds: 30,
    async handler(payload) {
      const data = await loadBookingEmailData(payload.tenantId, payload.bookingId);
      if (!data) return; // the booking is gone
      const move = await loadMove(payload, data);
      const to = mail.to(data, move);
      if (!to) return;
      await sendMail({ to, subject: mail.subject(data, move), ...(await renderEmail(mail.body(data, move))), ...(mail.attachments ? { attachments: mail.attachments(data) } : {}) });
    },
  });
}

export const sendBookingMovedJob = movedEmailJob("booking.send-moved", {
  to: (d) => d.client.email,
  subject: (d, m) => `Booking moved: ${d.serviceName} at ${d.salon.name}, now ${m.to}`,
  body: (d, m) => BookingMovedEmail({ data: d, move: m }),
  attachments: (d) => [sessionIcsAttachment(d)],
});

/** To the therapist who has the session now (the same one, or the one it moved to). */
export const notifyTherapistOfMoveJob = movedEmailJob("booking.notify-therapist-moved", {
  to: (_d, m) => m.toTherapist.email,
  subject: (d, m) => (m.changedTherapist ? `New booking: ${d.client.name}, ${d.serviceName}, ${m.to}` : `Moved: ${d.client.name}, ${d.serviceName}, now ${m.to}`),
  body: (d, m) => TherapistMovedEmail({ data: d, move: m }),
});

/** To the therapist the session moved away from. */
export const notifyTherapistMovedAwayJob = movedEmailJob("booking.notify-therapist-moved-away", {
  to: (_d, m) => (m.changedTherapist ? m.fromTherapist.email : null),
  subject: (d, m) => `Moved to ${m.toTherapist.name}: ${d.client.name}, ${d.serviceName}, ${m.from}`,
  body: (d, m) => TherapistMovedAwayEmail({ data: d, move: m }),
});

export const MOVED_EMAIL_JOBS = [sendBookingMovedJob, notifyTherapistOfMoveJob];
export const MOVED_AWAY_EMAIL_JOB = notifyTherapistMovedAwayJob;
