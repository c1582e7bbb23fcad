import { z } from "zod";
import { db } from "@/lib/db/client";
import { formatDateTime, zoneAbbreviation } from "@/lib/format/format";
import { sendMail } from "@/lib/mail/mailer";
import { getPrimaryLocation } from "@/lib/booking/primary-location";
import { renderEmail } from "@/lib/notifications/render";
import { StaffInvitationEmail } from "@/lib/notifications/staff-invitation-email";
import { hashInvitationToken, invitationUrl, openInvitationToken } from "@/lib/staff/invitation-token";
import { now as clockNow } from "@/lib/time/clock";
import { defineJob } from "./define-job";

// The email of a staff invitation (lib/staff/invitations.ts), enqueued with the invitation or
// its resending. The payload carries the link's secret sealed; the email goes only while that
// secret still opens a pending invitation (not accepted, withdrawn, expired or resent since).

export const sendStaffInvitationJob = defineJob({
  name: "staff.send-invitation",
  payload: z.object({ tenantId: z.uuid(), invitationId: z.uuid(), sealedToken: z.string().max(200) }),
  retryLimit: 5,
  retryDelaySeconds: 30,
  async handler({ tenantId, invitationId, sealedToken }) {
    const token = openInvitationToken(sealedToken);
    if (!token) return;
    const prisma = await db();
    const invitation = await prisma.staffInvitation.findUnique({
      where: { tenantId_id: { tenantId, id: invitationId } },
      include: { tenant: { select: { name: true, phone: true, timeZone: true, locale: true } } },
    });
    if (!invitation || invitation.acceptedAt || invitation.revokedAt || invitation.expiresAt <= clockNow() || invitation.tokenHash !== hashInvitationToken(token)) return;
    const { tenant } = invitation;
    const [inviter, location] = await Promise.all([
      invitation.invitedByUserId ? prisma.user.findUnique({ where: { id: invitation.invitedByUserId }, select: { name: true } }) : null,
      getPrimaryLocation(tenantId),
    ]);
    const inviterName = inviter?.name || tenant.name;
    const address = location ? [location.addressLine1, location.addressLine2, `${location.city} ${location.postalCode}`].filter(Boolean).join(", ") : null;
    const email = StaffInvitationEmail({
      data: {
        salon: { name: tenant.name, address, phone: tenant.phone },
        name: invitation.name,
        inviterName,
        roleLabel: invitation.role === "OWNER" ? "an owner" : "a therapist",
        acceptUrl: invitationUrl(token),
        expires: `${formatDateTime(invitation.expiresAt, tenant.timeZone, tenant.locale)} (${zoneAbbreviation(invitation.expiresAt, tenant.timeZone, tenant.locale)})`,
      },
    });
    await sendMail({ to: invitation.email, subject: `${inviterName} invited you to join ${tenant.name}`, ...(await renderEmail(email)) });
  },
});

export const STAFF_INVITATION_JOBS = [sendStaffInvitationJob];
