import { env } from "@/lib/env";
import { sendMail } from "@/lib/mail/mailer";
import { formatDateTime, formatMoney, zoneAbbreviation } from "@/lib/format/format";
import { escapeHtml } from "@/lib/mail/escape-html";
import { manageUrl } from "./manage-token";
import { ZPolicySnapshotSchema } from "./policy";

export type ConfirmationMail = {
  tenant: { id: string; slug: string; name: string };
  booking: { id: string; startsAt: Date; serviceName: string; durationMinutes: number; priceCents: number; currency: string; policySnapshot: unknown };
  client: { name: string; email: string };
  therapistName: string;
  location: { name: string; addressLine1: string; city: string; timeZone: string };
};

export async function sendBookingConfirmation(mail: ConfirmationMail): Promise<void> {
  const { tenant, booking, client, therapistName, location } = mail;
  const when = `${formatDateTime(booking.startsAt, location.timeZone)} (${zoneAbbreviation(booking.startsAt, location.timeZone)})`;
  const link = manageUrl(env().APP_URL, tenant.slug, tenant.id, booking.id);
  const policy = ZPolicySnapshotSchema.parse(booking.policySnapshot);
  const lines = [
    `Hi ${client.name},`,
    ``,
    `Your ${booking.serviceName} (${booking.durationMinutes} min) with ${therapistName} at ${tenant.name} is confirmed.`,
    `When: ${when.replace(/\u00a0/g, " ")}`, // plain text: ordinary spaces, mail clients wrap as they like
    `Where: ${location.name}, ${location.addressLine1}, ${location.city}`,
    `Price: ${formatMoney(booking.priceCents, booking.currency)}`,
    ``,
    `Cancellation policy: ${policy.summary}`,
    ``,
    `View or cancel your booking: ${link}`,
  ];
  const html = `<p>Hi ${escapeHtml(client.name)},</p>
<p>Your <strong>${escapeHtml(booking.serviceName)}</strong> (${booking.durationMinutes} min) with ${escapeHtml(therapistName)} at ${escapeHtml(tenant.name)} is confirmed.</p>
<p><strong>When:</strong> ${escapeHtml(when)}<br><strong>Where:</strong> ${escapeHtml(`${location.name}, ${location.addressLine1}, ${location.city}`)}<br><strong>Price:</strong> ${escapeHtml(formatMoney(booking.priceCents, booking.currency))}</p>
<p><strong>Cancellation policy:</strong> ${escapeHtml(policy.summary)}</p>
<p><a href="${escapeHtml(link)}">View or cancel your booking</a></p>`;
  await sendMail({ to: client.email, subject: `Booking confirmed: ${booking.serviceName} at ${tenant.name}`, text: lines.join("\n"), html });
}
