import { z } from "zod";
import { ZNewPasswordSchema } from "@/lib/auth/change-password";
import { checkPassword, hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db/client";
import type { TransactionClient } from "@/lib/db/transaction";
import { AppError } from "@/lib/errors/app-error";
import { parseOrThrow } from "@/lib/errors/validation";
import { formatDateTime } from "@/lib/format/format";
import type { StaffInvitation, Tenant } from "@/lib/generated/prisma/client";
import { enqueue } from "@/lib/jobs/queue";
import { sendStaffInvitationJob } from "@/lib/jobs/staff-invitation-jobs";
import { enforceRateLimits } from "@/lib/rate-limit/policies";
import { lockTenant, recordAudit } from "@/lib/settings/audit";
import { parseIdOrNotFound, requirePermission, type StaffContext } from "@/lib/tenancy/guard";
import { now as clockNow } from "@/lib/time/clock";
import { ZEmailSchema } from "@/lib/validation/email";
import { singleLineText } from "@/lib/validation/text";
import { hashInvitationToken, isInvitationTokenShape, newInvitationToken, sealInvitationToken } from "./invitation-token";
import { INVITATION_DAYS, STAFF_AUDIT, STAFF_ROLE_LABELS, type StaffRole } from "./labels";

// Inviting someone to the salon's staff, by email. The owner names them and their role; the
// emailed link (its secret stored only as a hash) opens a page where they choose a password, or
// confirm the one they already have, and join: the membership, a therapist's profile and the
// invitation's acceptance commit together, once. The owner can send a new link (the old one stops
// working) or withdraw the invitation while it is open. Every step is in the change log.

const DAY_MS = 86_400_000;

export const ZDisplayNameSchema = singleLineText().min(1, "Please enter a name").max(100, "Use at most 100 characters");

export const ZInviteSchema = z.object({
  name: ZDisplayNameSchema,
  email: ZEmailSchema,
  role: z.enum(["THERAPIST", "OWNER"], { error: "Choose a role" }),
});
export type TInvite = z.infer<typeof ZInviteSchema>;

export type InvitationStatus = "pending" | "expired" | "accepted" | "revoked";

export function invitationStatus(invitation: Pick<StaffInvitation, "acceptedAt" | "revokedAt" | "expiresAt">, now: Date): InvitationStatus {
  if (invitation.acceptedAt) return "accepted";
  if (invitation.revokedAt) return "revoked";
  return invitation.expiresAt <= now ? "expired" : "pending";
}

function when(instant: Date, tenant: Pick<Tenant, "timeZone" | "locale">): string {
  return formatDateTime(instant, tenant.timeZone, tenant.locale);
}

async function sendLink(tx: TransactionClient, invitation: Pick<StaffInvitation, "tenantId" | "id">, token: string): Promise<void> {
  await enqueue(tx, sendStaffInvitationJob, { tenantId: invitation.tenantId, invitationId: invitation.id, sealedToken: sealInvitationToken(token) });
}

/** Invites `input.email` to the caller's salon (owners only) and emails them the link. */
export async function inviteStaff({ staff, input, now = clockNow() }: { staff: StaffContext; input: unknown; now?: Date }): Promise<{ invitationId: string; email: string }> {
  requirePermission(staff, "salon.manage");
  const invite = parseOrThrow(ZInviteSchema, input);
  const { tenantId } = staff;
  const prisma = await db();
  await enforceRateLimits(
    [
      { name: "staffInviteSalon", subject: tenantId },
      { name: "staffInviteAddress", subject: `${tenantId}:${invite.email}` },
    ],
    now,
  );
  return prisma.$transaction(async (tx) => {
    await lockTenant(tx, tenantId);
    const member = await tx.membership.findFirst({ where: { tenantId, role: { in: ["OWNER", "THERAPIST"] }, user: { email: invite.email } }, select: { id: true } });
    if (member) throw new AppError("CONFLICT", "Please check the highlighted fields", { email: [`${invite.email} is already on your staff. To bring back a deactivated therapist, open their page below and reactivate them.`] });
    const open = await tx.staffInvitation.findFirst({ where: { tenantId, email: invite.email, acceptedAt: null, revokedAt: null } });
    if (open && open.expiresAt > now) {
      throw new AppError("CONFLICT", "Please check the highlighted fields", { email: [`You invited ${invite.email} on ${when(open.createdAt, staff.tenant)}. Send that invitation again, or withdraw it, below.`] });
    }
    // An expired invitation to the same address gives way to the new one.
    if (open) await tx.staffInvitation.update({ where: { tenantId_id: { tenantId, id: open.id } }, data: { revokedAt: now } });
    const { token, tokenHash } = newInvitationToken();
    const invitation = await tx.staffInvitation.create({
      data: { tenantId, email: invite.email, name: invite.name, role: invite.role, tokenHash, invitedByUserId: staff.userId, expiresAt: new Date(now.getTime() + INVITATION_DAYS * DAY_MS), createdAt: now },
    });
    await sendLink(tx, invitation, token);
    await recordAudit(tx, staff, { action: STAFF_AUDIT.invite, subject: invite.name, changes: { Invitation: { before: null, after: `${invite.email} as ${STAFF_ROLE_LABELS[invite.role].toLowerCase()}` } } });
    return { invitationId: invitation.id, email: invite.email };
  });
}

/** An open invitation of the caller's salon; another salon's (or a malformed) id is not found. */
async function openInvitation(tx: TransactionClient, staff: StaffContext, invitationId: unknown, now: Date): Promise<StaffInvitation> {
  const id = parseIdOrNotFound(invitationId, "Invitation");
  const invitation = await tx.staffInvitation.findUnique({ where: { tenantId_id: { tenantId: staff.tenantId, id } } });
  if (!invitation) throw new AppError("NOT_FOUND", "Invitation not found");
  const status = invitationStatus(invitation, now);
  if (status === "accepted") throw new AppError("CONFLICT", `${invitation.name} has already accepted this invitation.`);
  if (status === "revoked") throw new AppError("CONFLICT", "This invitation was withdrawn. Invite them again if you want them to join.");
  return invitation;
}

/** A new link for an open (or expired) invitation, valid for another week; the previous link stops working. */
export async function resendInvitation({ staff, invitationId, now = clockNow() }: { staff: StaffContext; invitationId: unknown; now?: Date }): Promise<{ email: string }> {
  requirePermission(staff, "salon.manage");
  const prisma = await db();
  const found = await prisma.$transaction((tx) => openInvitation(tx, staff, invitationId, now));
  await enforceRateLimits(
    [
      { name: "staffInviteSalon", subject: staff.tenantId },
      { name: "staffInviteAddress", subject: `${staff.tenantId}:${found.email}` },
    ],
    now,
  );
  return prisma.$transaction(async (tx) => {
    await lockTenant(tx, staff.tenantId);
    const invitation = await openInvitation(tx, staff, found.id, now);
    const { token, tokenHash } = newInvitationToken();
    const expiresAt = new Date(now.getTime() + INVITATION_DAYS * DAY_MS);
    await tx.staffInvitation.update({ where: { tenantId_id: { tenantId: staff.tenantId, id: invitation.id } }, data: { tokenHash, expiresAt } });
    await sendLink(tx, invitation, token);
    await recordAudit(tx, staff, {
      action: STAFF_AUDIT.resend,
      subject: invitation.name,
      changes: { "Invitation link": { before: `expires ${when(invitation.expiresAt, staff.tenant)}`, after: `sent again, expires ${when(expiresAt, staff.tenant)}` } },
    });
    return { email: invitation.email };
  });
}

/** Withdraws an open invitation: its link stops working. */
export async function revokeInvitation({ staff, invitationId, now = clockNow() }: { staff: StaffContext; invitationId: unknown; now?: Date }): Promise<{ email: string }> {
  requirePermission(staff, "salon.manage");
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    await lockTenant(tx, staff.tenantId);
    const invitation = await openInvitation(tx, staff, invitationId, now);
    await tx.staffInvitation.update({ where: { tenantId_id: { tenantId: staff.tenantId, id: invitation.id } }, data: { revokedAt: now } });
    await recordAudit(tx, staff, { action: STAFF_AUDIT.revoke, subject: invitation.name, changes: { Invitation: { before: `${invitation.email}, open`, after: "withdrawn" } } });
    return { email: invitation.email };
  });
}

export type PendingInvitation = { id: string; name: string; email: string; role: StaffRole; createdAt: Date; expiresAt: Date; expired: boolean; invitedBy: string | null };

/** The salon's open invitations (expired ones too, until resent or withdrawn), newest first. */
export async function listOpenInvitations(staff: StaffContext, now: Date = clockNow()): Promise<PendingInvitation[]> {
  requirePermission(staff, "salon.manage");
  const prisma = await db();
  const rows = await prisma.staffInvitation.findMany({ where: { tenantId: staff.tenantId, acceptedAt: null, revokedAt: null }, orderBy: { createdAt: "desc" } });
  const inviterIds = [...new Set(rows.flatMap((r) => (r.invitedByUserId ? [r.invitedByUserId] : [])))];
  const inviters = inviterIds.length ? await prisma.user.findMany({ where: { id: { in: inviterIds } }, select: { id: true, name: true, email: true } }) : [];
  return rows.map((r) => {
    const inviter = inviters.find((u) => u.id === r.invitedByUserId);
    return { id: r.id, name: r.name, email: r.email, role: r.role as StaffRole, createdAt: r.createdAt, expiresAt: r.expiresAt, expired: r.expiresAt <= now, invitedBy: inviter ? inviter.name || inviter.email : null };
  });
}

// ——— The invited person's side (public: the link is their only credential) ———

export type InvitationView =
  | { status: "unknown" }
  | {
      status: InvitationStatus;
      salon: { name: string; slug: string };
      name: string;
      email: string;
      role: StaffRole;
      expiresAt: string;
      /** They already have an account with a password: they confirm it instead of choosing one. */
      hasPassword: boolean;
    };

async function findByToken(token: unknown) {
  if (!isInvitationTokenShape(token)) return null;
  const prisma = await db();
  return prisma.staffInvitation.findUnique({ where: { tokenHash: hashInvitationToken(token) }, include: { tenant: { select: { name: true, slug: true, timeZone: true, locale: true } } } });
}

/** What the invitation page shows for a link: the salon, who was invited and as what, and whether the link still works. */
export async function viewInvitation(token: unknown, now: Date = clockNow()): Promise<InvitationView> {
  const invitation = await findByToken(token);
  if (!invitation) return { status: "unknown" };
  const status = invitationStatus(invitation, now);
  const user = status === "pending" ? await (await db()).user.findUnique({ where: { email: invitation.email }, select: { passwordHash: true } }) : null;
  return {
    status,
    salon: { name: invitation.tenant.name, slug: invitation.tenant.slug },
    name: invitation.name,
    email: invitation.email,
    role: invitation.role as StaffRole,
    expiresAt: when(invitation.expiresAt, invitation.tenant),
    hasPassword: Boolean(user?.passwordHash),
  };
}

const STATUS_REFUSALS: Record<Exclude<InvitationStatus, "pending">, string> = {
  accepted: "This invitation was already used. Sign in with your email and password.",
  revoked: "This invitation was withdrawn by the salon. Ask them if you think that is a mistake.",
  expired: "This invitation has expired. Ask the salon to send you a new one.",
};

const UNKNOWN_LINK = "This invitation link is not valid. If the salon sent you a newer invitation, use the link in that email.";

function refusal(status: InvitationStatus | "unknown"): AppError {
  return status === "unknown" || status === "pending" ? new AppError("NOT_FOUND", UNKNOWN_LINK) : new AppError("CONFLICT", STATUS_REFUSALS[status]);
}

export const ZAcceptNewAccountSchema = z
  .object({
    displayName: ZDisplayNameSchema,
    password: ZNewPasswordSchema,
    confirmPassword: z.string().max(200),
  })
  .refine((v) => v.password === v.confirmPassword, { message: "The two passwords differ", path: ["confirmPassword"] });

export const ZAcceptExistingAccountSchema = z.object({
  displayName: ZDisplayNameSchema,
  currentPassword: z.string().min(1, "Please enter your password").max(200),
});

export type AcceptedInvitation = { email: string; role: StaffRole; salon: { name: string; slug: string } };

/**
 * Joins the salon with the invitation of `token`. A new account (or one without a password, such
 * as a client's) gets the password chosen here; an account that has a password must confirm it,
 * counted like a sign-in attempt. The invitation is accepted at most once: of two acceptances,
 * one joins and the other is told the link was used.
 */
export async function acceptInvitation({ token, input, now = clockNow() }: { token: unknown; input: unknown; now?: Date }): Promise<AcceptedInvitation> {
  const invitation = await findByToken(token);
  if (!invitation) throw refusal("unknown");
  const status = invitationStatus(invitation, now);
  if (status !== "pending") throw refusal(status);
  const prisma = await db();
  const user = await prisma.user.findUnique({ where: { email: invitation.email }, select: { id: true, name: true, passwordHash: true, emailVerified: true } });

  let displayName: string;
  let newPasswordHash: string | null = null;
  if (user?.passwordHash) {
    const existing = parseOrThrow(ZAcceptExistingAccountSchema, input);
    displayName = existing.displayName;
    await enforceRateLimits([{ name: "signInAccount", subject: invitation.email }], now);
    if (!(await checkPassword(existing.currentPassword, user.passwordHash)).ok) {
      throw new AppError("VALIDATION", "Please check the highlighted fields", { currentPassword: ["That is not the password of your account"] });
    }
  } else {
    const fresh = parseOrThrow(ZAcceptNewAccountSchema, input);
    displayName = fresh.displayName;
    newPasswordHash = await hashPassword(fresh.password);
  }

  const { tenantId } = invitation;
  const role = invitation.role as StaffRole;
  return prisma.$transaction(async (tx) => {
    const accepted = await tx.staffInvitation.updateMany({
      where: { tenantId, id: invitation.id, tokenHash: invitation.tokenHash, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
      data: { acceptedAt: now },
    });
    if (accepted.count !== 1) {
      const current = await tx.staffInvitation.findUnique({ where: { tenantId_id: { tenantId, id: invitation.id } } });
      throw refusal(current && current.tokenHash === invitation.tokenHash ? invitationStatus(current, now) : "unknown");
    }
    let userId: string;
    if (!user) {
      userId = (await tx.user.create({ data: { email: invitation.email, name: displayName, passwordHash: newPasswordHash, emailVerified: now } })).id;
    } else {
      userId = user.id;
      if (newPasswordHash) {
        // Conditional: a password set meanwhile (another invitation, say) is not overwritten.
        const set = await tx.user.updateMany({ where: { id: user.id, passwordHash: null }, data: { passwordHash: newPasswordHash, name: user.name ?? displayName, emailVerified: user.emailVerified ?? now } });
        if (set.count !== 1) throw new AppError("CONFLICT", "Your account got a password a moment ago. Open the link again and enter that password.");
      }
    }
    await tx.membership.upsert({ where: { tenantId_userId_role: { tenantId, userId, role } }, create: { tenantId, userId, role, createdAt: now }, update: {} });
    if (role === "THERAPIST") {
      await tx.therapistProfile.upsert({ where: { tenantId_userId: { tenantId, userId } }, create: { tenantId, userId, displayName, active: true, createdAt: now }, update: { displayName, active: true } });
    }
    await recordAudit(tx, { tenantId, userId }, { action: STAFF_AUDIT.accept, subject: displayName, changes: { Joined: { before: null, after: `${invitation.email} as ${STAFF_ROLE_LABELS[role].toLowerCase()}` } } });
    return { email: invitation.email, role, salon: { name: invitation.tenant.name, slug: invitation.tenant.slug } };
  });
}
