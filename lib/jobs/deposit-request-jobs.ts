import { z } from "zod";
import { db } from "@/lib/db/client";
import { formatDateTime, formatMoney, zoneAbbreviation } from "@/lib/format/format";
import { sendMail } from "@/lib/mail/mailer";
import { loadBookingEmailData } from "@/lib/notifications/booking-email-data";
import { DepositRequestEmail } from "@/lib/notifications/deposit-request-email";
import { renderEmail } from "@/lib/notifications/render";
import { defineJob } from "./define-job";

// The email of a booking staff took by phone (lib/booking/create-staff-booking.ts): the link to
// the booking's page, where the client pays the deposit and saves their card. Enqueued with the
// hold; sent only while the booking still waits for payment.

export const sendDepositRequestJob = defineJob({
  name: "booking.send-deposit-request",
  payload: z.object({ tenantId: z.uuid(), bookingId: z.uuid() }),
  retryLimit: 5,
  retryDelaySeconds: 30,
  async handler({ tenantId, bookingId }) {
    const held = await (await db()).booking.findUnique({ where: { tenantId_id: { tenantId, id: bookingId } }, select: { status: true, holdExpiresAt: true, depositMinor: true, currency: true, location: { select: { timeZone: true } } } });
    if (held?.status !== "PENDING" || !held.holdExpiresAt) return; // paid, released or gone meanwhile
    const data = await loadBookingEmailData(tenantId, bookingId);
    if (!data) return;
    const tz = held.location.timeZone;
    const request = {
      holdUntil: `${formatDateTime(held.holdExpiresAt, tz, data.locale)} (${zoneAbbreviation(held.holdExpiresAt, tz, data.locale)})`,
      deposit: held.depositMinor > 0 ? formatMoney(held.depositMinor, held.currency, data.locale) : null,
    };
    await sendMail({ to: data.client.email, subject: `Please confirm your booking: ${data.serviceName} at ${data.salon.name}`, ...(await renderEmail(DepositRequestEmail({ data, request }))) });
  },
});

export const DEPOSIT_REQUEST_JOBS = [sendDepositRequestJob];
