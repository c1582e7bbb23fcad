import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { authenticateWithPassword } from "@/lib/auth/authenticate";
import { findSlots } from "@/lib/booking/find-slots";
import { listActiveTherapists } from "@/lib/booking/public-queries";
import { createCalendarFeed, findFeedByToken } from "@/lib/calendar-feed/feeds";
import type { PrismaClient, Tenant } from "@/lib/generated/prisma/client";
import { JOB_SCHEMA } from "@/lib/jobs/queue";
import { sendStaffInvitationJob } from "@/lib/jobs/staff-invitation-jobs";
import { listAuditEntries } from "@/lib/settings/audit";
import { hashInvitationToken, openInvitationToken, sealInvitationToken } from "@/lib/staff/invitation-token";
import { acceptInvitation, inviteStaff, listOpenInvitations, resendInvitation, revokeInvitation, viewInvitation } from "@/lib/staff/invitations";
import { addTherapistRole, bookingsNeedingReassignment, deactivateTherapist, getStaffMember, listStaffMembers, reactivateTherapist, setOwnerRole, upcomingBookingsOf } from "@/lib/staff/members";
import { therapistSetup } from "@/lib/staff/therapist-setup";
import { listScheduleTherapists } from "@/lib/hours/schedule-access";
import { setWeeklyHours } from "@/lib/hours/update-hours";
import { listServiceTherapistChoices } from "@/lib/settings/services";
import { listStaffSalons, staffContextForUser, type StaffContext } from "@/lib/tenancy/guard";
import { manualClock, restoreSystemClock, setClock } from "@/lib/time/clock";
import { TEST_NOW } from "../fixtures/test-clock";
import { demoStaff, soloBooker, staffContextFor, tenantBySlug } from "../fixtures/factories";
import { setupTestDatabase } from "../setup/test-database";

// Settings → Staff: an owner invites by email; the emailed link (its secret stored only hashed)
// lets the person choose a password and join, once; expired, withdrawn and replaced links are
// refused. Roles change without ever leaving the salon ownerless, and an owner can take bookings
// as a therapist too; a deactivated therapist
// leaves booking, availability and the staff area, and their sessions to come are listed for
// reassignment. Another salon's owner and a therapist change nothing.

const outbox = fs.mkdtempSync(path.join(os.tmpdir(), "stillwater-staff-outbox-"));
process.env.OUTBOX_DIR = outbox;
const { db } = setupTestDatabase();
const clock = manualClock(TEST_NOW);
beforeAll(() => setClock(clock));
beforeEach(() => clock.set(TEST_NOW));
afterAll(() => {
  restoreSystemClock();
  fs.rmSync(outbox, { recursive: true, force: true });
});

const PASSWORD = "a long new password";
const DAY = 86_400_000;

let prisma: PrismaClient;
let serenity: Tenant;
let owner: StaffContext;
let harborOwner: StaffContext;
let therapist: StaffContext;

const userId = async (email: string) => (await prisma.user.findUniqueOrThrow({ where: { email } })).id;

beforeAll(async () => {
  prisma = await db();
  serenity = await tenantBySlug(prisma, "serenity");
  ({ owner, harborOwner, therapist } = await demoStaff(prisma));
});

const sent = new Set<string>();

/** Works the invitation emails enqueued so far, as a worker would (each job once). */
async function sendInvitationEmails(): Promise<void> {
  const jobs = await prisma.$queryRawUnsafe<{ id: string; data: unknown }[]>(`SELECT id::text, data FROM ${JOB_SCHEMA}.job WHERE name = $1 ORDER BY created_on`, sendStaffInvitationJob.name);
  for (const job of jobs.filter((j) => !sent.has(j.id))) {
    sent.add(job.id);
    await sendStaffInvitationJob.handler(sendStaffInvitationJob.payload.parse(job.data));
  }
}

type Mail = { to: string; subject: string; text: string; html: string };

function mailsTo(email: string): Mail[] {
  return fs
    .readdirSync(outbox)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => JSON.parse(fs.readFileSync(path.join(outbox, f), "utf8")) as Mail)
    .filter((m) => m.to === email);
}

function tokenIn(mail: Mail): string {
  const match = /\/invite\?token=([A-Za-z0-9_-]{43})/.exec(mail.text);
  if (!match) throw new Error(`no invitation link in:\n${mail.text}`);
  return match[1]!;
}

/** Invites `email` and returns the token of the link that reached their inbox. */
async function invite(email: string, name = "Nora Quinn", role: "THERAPIST" | "OWNER" = "THERAPIST", by: StaffContext = owner): Promise<{ token: string; invitationId: string; mail: Mail }> {
  const { invitationId } = await inviteStaff({ staff: by, input: { name, email, role } });
  await sendInvitationEmails();
  const mail = mailsTo(email.toLowerCase()).at(-1)!;
  return { token: tokenIn(mail), invitationId, mail };
}

const newAccount = (displayName = "Nora Quinn") => ({ displayName, password: PASSWORD, confirmPassword: PASSWORD });

describe("inviting and accepting", () => {
  it("invite → email → accept: the new therapist signs in, has the salon's staff area and is bookable", async () => {
    const { token, invitationId, mail } = await invite("Nora.Quinn@Example.com");
    expect(mail.subject).toBe("Olivia Reed invited you to join Serenity Spa");
    expect(mail.text).toContain("Hi Nora Quinn");
    expect(mail.text).toContain("as a therapist");
    expect(mail.html).toContain(`/invite?token=${token}`);

    // Only the secret's hash is stored; the job carries it sealed.
    const stored = await prisma.staffInvitation.findUniqueOrThrow({ where: { tenantId_id: { tenantId: serenity.id, id: invitationId } } });
    expect(stored).toMatchObject({ email: "nora.quinn@example.com", role: "THERAPIST", tokenHash: hashInvitationToken(token), acceptedAt: null });
    expect(JSON.stringify(await prisma.$queryRawUnsafe(`SELECT data FROM ${JOB_SCHEMA}.job WHERE name = $1`, sendStaffInvitationJob.name))).not.toContain(token);
    expect((await listOpenInvitations(owner)).map((i) => i.email)).toContain("nora.quinn@example.com");

    expect(await viewInvitation(token)).toMatchObject({ status: "pending", salon: { slug: "serenity" }, name: "Nora Quinn", email: "nora.quinn@example.com", role: "THERAPIST", hasPassword: false });
    await expect(acceptInvitation({ token, input: { displayName: "Nora Quinn", password: "short", confirmPassword: "short" } })).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { password: ["Use at least 12 characters"] } });
    await expect(acceptInvitation({ token, input: { displayName: "Nora Quinn", password: PASSWORD, confirmPassword: "something else" } })).rejects.toMatchObject({ fieldErrors: { confirmPassword: [expect.any(String)] } });

    expect(await acceptInvitation({ token, input: newAccount() })).toEqual({ email: "nora.quinn@example.com", role: "THERAPIST", salon: { name: "Serenity Spa", slug: "serenity" } });

    const user = await authenticateWithPassword("nora.quinn@example.com", PASSWORD);
    expect(user).toMatchObject({ email: "nora.quinn@example.com", name: "Nora Quinn" });
    const nora = await staffContextForUser(user!.id, "serenity");
    expect(nora.roles).toEqual(["THERAPIST"]);
    expect(nora.therapistId).not.toBeNull();
    expect((await listActiveTherapists(serenity.id)).map((t) => t.displayName)).toContain("Nora Quinn");
    expect((await listOpenInvitations(owner)).map((i) => i.email)).not.toContain("nora.quinn@example.com");

    const entries = await listAuditEntries(serenity.id, { actionPrefix: "staff." });
    expect(entries.slice(0, 2).map((e) => [e.action, e.subject, e.actorName])).toEqual([
      ["staff.accept", "Nora Quinn", "Nora Quinn"],
      ["staff.invite", "Nora Quinn", "Olivia Reed"],
    ]);

    // The link works once.
    await expect(acceptInvitation({ token, input: newAccount("Someone Else") })).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("already used") });
    expect((await viewInvitation(token)).status).toBe("accepted");
    expect(await prisma.membership.count({ where: { tenantId: serenity.id, userId: user!.id } })).toBe(1);
  });

  it("two acceptances of one link at once: one joins, the other is told it was used", async () => {
    const { token } = await invite("racer@example.com", "Rae Racer");
    const results = await Promise.allSettled([acceptInvitation({ token, input: newAccount("Rae") }), acceptInvitation({ token, input: newAccount("Rae Two") })]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { code: "CONFLICT" } });
    const rae = await prisma.user.findUniqueOrThrow({ where: { email: "racer@example.com" } });
    expect(await prisma.membership.count({ where: { tenantId: serenity.id, userId: rae.id } })).toBe(1);
    expect(await prisma.therapistProfile.count({ where: { tenantId: serenity.id, userId: rae.id } })).toBe(1);
  });

  it("an expired link is refused; sending it again makes a new link and the old one stops working", async () => {
    const { token, invitationId } = await invite("late@example.com", "Lou Late");
    clock.set(TEST_NOW.getTime() + 7 * DAY + 60_000);
    expect((await viewInvitation(token)).status).toBe("expired");
    await expect(acceptInvitation({ token, input: newAccount("Lou Late") })).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("expired") });
    expect((await listOpenInvitations(owner)).find((i) => i.id === invitationId)).toMatchObject({ expired: true });

    await resendInvitation({ staff: owner, invitationId });
    await sendInvitationEmails();
    const fresh = tokenIn(mailsTo("late@example.com").at(-1)!);
    expect(fresh).not.toBe(token);
    expect((await viewInvitation(token)).status).toBe("unknown");
    await expect(acceptInvitation({ token, input: newAccount("Lou Late") })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await acceptInvitation({ token: fresh, input: newAccount("Lou Late") });
    expect(await authenticateWithPassword("late@example.com", PASSWORD)).not.toBeNull();
  });

  it("a withdrawn invitation is refused, and its email is not sent if the job runs after", async () => {
    const { invitationId } = await inviteStaff({ staff: owner, input: { name: "Wren Withdrawn", email: "wren@example.com", role: "THERAPIST" } });
    await revokeInvitation({ staff: owner, invitationId });
    await sendInvitationEmails();
    expect(mailsTo("wren@example.com")).toEqual([]);
    await expect(revokeInvitation({ staff: owner, invitationId })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(resendInvitation({ staff: owner, invitationId })).rejects.toMatchObject({ code: "CONFLICT" });

    const { token, invitationId: second } = await invite("wren@example.com", "Wren Withdrawn");
    await revokeInvitation({ staff: owner, invitationId: second });
    expect((await viewInvitation(token)).status).toBe("revoked");
    await expect(acceptInvitation({ token, input: newAccount("Wren") })).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("withdrawn") });
    expect(await prisma.user.findUnique({ where: { email: "wren@example.com" } })).toBeNull();
    expect((await listAuditEntries(serenity.id, { actionPrefix: "staff.invite.revoke" }))[0]).toMatchObject({ subject: "Wren Withdrawn" });
  });

  it("refuses inviting someone already on the staff, or already invited; malformed and unknown links find nothing", async () => {
    await expect(inviteStaff({ staff: owner, input: { name: "Maya", email: "MAYA@serenity.test", role: "THERAPIST" } })).rejects.toMatchObject({ code: "CONFLICT", fieldErrors: { email: [expect.stringContaining("already on your staff")] } });
    await invite("twice@example.com", "Tess Twice");
    await expect(inviteStaff({ staff: owner, input: { name: "Tess Twice", email: "twice@example.com", role: "OWNER" } })).rejects.toMatchObject({ code: "CONFLICT", fieldErrors: { email: [expect.stringContaining("Send that invitation again")] } });
    await expect(inviteStaff({ staff: owner, input: { name: "", email: "not an email", role: "BOSS" } })).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { name: [expect.any(String)], email: [expect.any(String)], role: [expect.any(String)] } });
    for (const token of ["", "x".repeat(43), "../../etc", null, "a".repeat(500)]) {
      expect(await viewInvitation(token)).toEqual({ status: "unknown" });
      await expect(acceptInvitation({ token, input: newAccount() })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
  });

  it("someone with an account and a password joins by confirming it; nothing else about their account changes", async () => {
    const { token } = await invite("sam@harbor.test", "Sam Fisher");
    expect(await viewInvitation(token)).toMatchObject({ status: "pending", hasPassword: true });
    await expect(acceptInvitation({ token, input: { displayName: "Sam", currentPassword: "not the password" } })).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { currentPassword: [expect.any(String)] } });
    // Choosing a new password is no way in.
    await expect(acceptInvitation({ token, input: newAccount("Sam") })).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { currentPassword: [expect.any(String)] } });
    await acceptInvitation({ token, input: { displayName: "Sam at Serenity", currentPassword: "demo-password" } });
    const sam = await userId("sam@harbor.test");
    expect((await staffContextForUser(sam, "serenity")).roles).toEqual(["THERAPIST"]);
    expect((await staffContextForUser(sam, "harbor")).roles).toEqual(["THERAPIST"]);
    expect(await authenticateWithPassword("sam@harbor.test", "demo-password")).not.toBeNull();
    expect((await listStaffSalons(sam)).map((s) => s.slug).sort()).toEqual(["harbor", "serenity"]);
  });

  it("an account without a password (a client's) gets the one chosen, and an owner invitation makes an owner", async () => {
    await prisma.user.create({ data: { email: "client-owner@example.com", name: "Cleo Client" } });
    const { token, mail } = await invite("client-owner@example.com", "Cleo Client", "OWNER");
    expect(mail.text).toContain("as an owner");
    await acceptInvitation({ token, input: newAccount("Cleo C.") });
    const cleo = await authenticateWithPassword("client-owner@example.com", PASSWORD);
    expect(cleo).toMatchObject({ name: "Cleo Client" });
    expect(await staffContextForUser(cleo!.id, "serenity")).toMatchObject({ roles: ["OWNER"], therapistId: null });
    await expect(setOwnerRole({ staff: owner, member: cleo!.id, owner: false })).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("no other role") });
  });
});

describe("roles", () => {
  it("never leaves the salon without an owner, nor someone without a role", async () => {
    const harborOnly = await staffContextFor(prisma, "owner@harbor.test", "harbor");
    await expect(setOwnerRole({ staff: harborOnly, member: harborOnly.userId, owner: false })).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("You are the salon's only owner") });
    const priya = await userId("priya@harbor.test");
    await expect(setOwnerRole({ staff: harborOnly, member: priya, owner: false })).resolves.toMatchObject({ changed: false });

    const made = await setOwnerRole({ staff: harborOnly, member: priya, owner: true });
    expect(made).toMatchObject({ changed: true, member: { roles: ["OWNER", "THERAPIST"] } });
    const priyaCtx = await staffContextForUser(priya, "harbor");
    expect(priyaCtx.roles.sort()).toEqual(["OWNER", "THERAPIST"]);
    // Hannah has no other role: with two owners, taking hers would still leave her with nothing.
    await expect(setOwnerRole({ staff: priyaCtx, member: harborOnly.userId, owner: false })).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("no other role") });
    // Priya gives it up herself: she is not the last owner and stays a therapist.
    expect(await setOwnerRole({ staff: priyaCtx, member: priya, owner: false })).toMatchObject({ changed: true, selfDemoted: true, member: { roles: ["THERAPIST"] } });
    expect((await staffContextForUser(priya, "harbor")).roles).toEqual(["THERAPIST"]);
    await expect(setOwnerRole({ staff: harborOnly, member: harborOnly.userId, owner: false })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await prisma.membership.count({ where: { tenantId: harborOnly.tenantId, role: "OWNER" } })).toBe(1);

    const [entry] = await listAuditEntries(harborOnly.tenantId, { actionPrefix: "staff.roles" });
    expect(entry).toMatchObject({ subject: "Priya Shah", changes: { Roles: { before: "Owner, Therapist", after: "Therapist" } } });
  });
});

describe("an owner who also takes bookings", () => {
  /** An owner of Serenity with no therapist role, as a salon's founder would be. */
  async function ownerOnly(email: string, name: string): Promise<string> {
    const user = await prisma.user.create({ data: { email, name } });
    await prisma.membership.create({ data: { tenantId: serenity.id, userId: user.id, role: "OWNER" } });
    return user.id;
  }

  it("becomes a therapist: role, profile and change log; in the pickers at once, bookable once they have hours and services", async () => {
    const otis = await ownerOnly("otis@example.com", "Otis Owner");
    const made = await addTherapistRole({ staff: owner, member: otis });
    expect(made).toMatchObject({ userId: otis, roles: ["OWNER", "THERAPIST"], therapist: { displayName: "Otis Owner", active: true } });
    const therapistId = made.therapist!.id;
    expect((await prisma.membership.findMany({ where: { tenantId: serenity.id, userId: otis }, select: { role: true } })).map((m) => m.role).sort()).toEqual(["OWNER", "THERAPIST"]);
    expect(await staffContextForUser(otis, "serenity")).toMatchObject({ roles: expect.arrayContaining(["OWNER", "THERAPIST"]), therapistId });
    const [entry] = await listAuditEntries(serenity.id, { actionPrefix: "staff.roles" });
    expect(entry).toMatchObject({ actorName: "Olivia Reed", subject: "Otis Owner", changes: { Roles: { before: "Owner", after: "Owner, Therapist" } } });

    expect((await listServiceTherapistChoices(serenity.id)).map((t) => t.id)).toContain(therapistId);
    expect((await listScheduleTherapists(owner)).map((t) => t.id)).toContain(therapistId);
    expect((await listActiveTherapists(serenity.id)).map((t) => t.id)).toContain(therapistId);
    expect(await therapistSetup(owner, therapistId)).toEqual({ hasHours: false, services: 0 });

    const service = await prisma.service.findFirstOrThrow({ where: { tenantId: serenity.id, active: true, locationType: "STUDIO" } });
    const slots = async () => (await findSlots({ tenantId: serenity.id, serviceId: service.id, therapistId, fromDate: "2026-12-03", toDate: "2026-12-03", now: TEST_NOW })).slots.length;
    await prisma.serviceTherapist.create({ data: { tenantId: serenity.id, serviceId: service.id, therapistId } });
    expect(await slots()).toBe(0);
    await setWeeklyHours({ tenantId: serenity.id, therapistId, actor: "test", now: TEST_NOW, blocks: [0, 1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, startMinute: 9 * 60, endMinute: 17 * 60 })) });
    expect(await therapistSetup(owner, therapistId)).toEqual({ hasHours: true, services: 1 });
    expect(await slots()).toBeGreaterThan(0);
  });

  it("is refused for someone already a therapist, pointing a deactivated one to reactivation", async () => {
    const ada = await ownerOnly("ada@example.com", "Ada Again");
    await addTherapistRole({ staff: owner, member: ada });
    const audits = await prisma.auditLog.count({ where: { tenantId: serenity.id } });
    await expect(addTherapistRole({ staff: owner, member: ada })).rejects.toMatchObject({ code: "CONFLICT", message: "Ada Again is already a therapist here." });
    await deactivateTherapist({ staff: owner, member: ada });
    await expect(addTherapistRole({ staff: owner, member: ada })).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("reactivate them") });
    expect(await prisma.membership.count({ where: { tenantId: serenity.id, userId: ada } })).toBe(2);
    expect(await prisma.therapistProfile.findMany({ where: { tenantId: serenity.id, userId: ada }, select: { active: true } })).toEqual([{ active: false }]);
    // Only the deactivation was logged.
    expect(await prisma.auditLog.count({ where: { tenantId: serenity.id } })).toBe(audits + 1);

    const leo = await userId("leo@serenity.test");
    await expect(addTherapistRole({ staff: owner, member: leo })).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("already a therapist") });
  });
});

describe("deactivating a therapist", () => {
  it("lists their sessions to come, takes them off booking, availability and the staff area, and brings them back on reactivation", async () => {
    const book = await soloBooker(prisma, serenity);
    const booking = await book("2026-12-02", 10, 8101);
    const soloTherapistId = booking.therapistId;
    const solo = await prisma.therapistProfile.findUniqueOrThrow({ where: { tenantId_id: { tenantId: serenity.id, id: soloTherapistId } } });
    const feed = await createCalendarFeed({ tenantId: serenity.id, therapistId: soloTherapistId });
    const slots = async () => (await findSlots({ tenantId: serenity.id, serviceId: booking.serviceId, therapistId: "any", fromDate: "2026-12-03", toDate: "2026-12-03", now: TEST_NOW })).slots.length;
    expect(await slots()).toBeGreaterThan(0);

    expect((await upcomingBookingsOf(owner, soloTherapistId)).map((b) => b.id)).toEqual([booking.id]);
    const result = await deactivateTherapist({ staff: owner, member: solo.userId });
    expect(result).toMatchObject({ changed: true, upcoming: 1, member: { therapist: { active: false } } });

    expect((await bookingsNeedingReassignment(owner)).map((b) => [b.id, b.therapistName])).toEqual([[booking.id, solo.displayName]]);
    expect(await slots()).toBe(0);
    await expect(findSlots({ tenantId: serenity.id, serviceId: booking.serviceId, therapistId: soloTherapistId, fromDate: "2026-12-03", toDate: "2026-12-03", now: TEST_NOW })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await listActiveTherapists(serenity.id)).map((t) => t.id)).not.toContain(soloTherapistId);
    await expect(staffContextForUser(solo.userId, "serenity")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(staffContextForUser(solo.userId)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await listStaffSalons(solo.userId)).toEqual([]);
    expect(await findFeedByToken(feed)).toBeNull();
    expect((await listStaffMembers(owner)).find((m) => m.userId === solo.userId)).toMatchObject({ therapist: { active: false } });
    expect((await listAuditEntries(serenity.id, { actionPrefix: "staff.deactivate" }))[0]).toMatchObject({ subject: solo.displayName, changes: { Status: { before: "Active", after: "Deactivated" }, "Sessions to reassign": { after: "1" } } });
    expect(await deactivateTherapist({ staff: owner, member: solo.userId })).toMatchObject({ changed: false });

    // The booking itself is untouched: it waits for the owner to move it.
    expect(await prisma.booking.findUniqueOrThrow({ where: { tenantId_id: { tenantId: serenity.id, id: booking.id } } })).toMatchObject({ status: "CONFIRMED", therapistId: soloTherapistId });

    await reactivateTherapist({ staff: owner, member: solo.userId });
    expect(await slots()).toBeGreaterThan(0);
    expect((await staffContextForUser(solo.userId, "serenity")).therapistId).toBe(soloTherapistId);
    expect(await bookingsNeedingReassignment(owner)).toEqual([]);
  });

  it("an owner who is also a deactivated therapist keeps the owner's access", async () => {
    const leo = await userId("leo@serenity.test");
    await setOwnerRole({ staff: owner, member: leo, owner: true });
    await deactivateTherapist({ staff: owner, member: leo });
    expect(await staffContextForUser(leo, "serenity")).toMatchObject({ roles: ["OWNER"], therapistId: null });
    await reactivateTherapist({ staff: owner, member: leo });
    await setOwnerRole({ staff: owner, member: leo, owner: false });
    expect((await staffContextForUser(leo, "serenity")).roles).toEqual(["THERAPIST"]);
  });
});

describe("who may", () => {
  it("another salon's owner reaches nothing of this salon's staff, and changes nothing", async () => {
    const { invitationId } = await invite("cross@example.com", "Cross Salon");
    const maya = await userId("maya@serenity.test");
    const before = { memberships: await prisma.membership.findMany({ where: { tenantId: serenity.id }, orderBy: { id: "asc" } }), invitations: await prisma.staffInvitation.findMany({ where: { tenantId: serenity.id }, orderBy: { id: "asc" } }), profiles: await prisma.therapistProfile.findMany({ where: { tenantId: serenity.id }, orderBy: { id: "asc" } }) };
    const audits = await prisma.auditLog.count({ where: { tenantId: serenity.id } });

    await expect(staffContextForUser(harborOwner.userId, "serenity")).rejects.toMatchObject({ code: "NOT_FOUND" });
    for (const attempt of [
      () => resendInvitation({ staff: harborOwner, invitationId }),
      () => revokeInvitation({ staff: harborOwner, invitationId }),
      () => setOwnerRole({ staff: harborOwner, member: maya, owner: true }),
      () => setOwnerRole({ staff: harborOwner, member: owner.userId, owner: false }),
      () => deactivateTherapist({ staff: harborOwner, member: maya }),
      () => reactivateTherapist({ staff: harborOwner, member: maya }),
      () => addTherapistRole({ staff: harborOwner, member: owner.userId }),
      () => addTherapistRole({ staff: owner, member: harborOwner.userId }),
      () => addTherapistRole({ staff: harborOwner, member: "not-a-uuid" }),
      () => getStaffMember(harborOwner, maya),
      () => getStaffMember(harborOwner, "not-a-uuid"),
    ]) {
      await expect(attempt()).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    expect((await listStaffMembers(harborOwner)).map((m) => m.email)).not.toContain("maya@serenity.test");
    expect((await listOpenInvitations(harborOwner)).map((i) => i.email)).not.toContain("cross@example.com");
    expect(await bookingsNeedingReassignment(harborOwner)).toEqual([]);

    const after = { memberships: await prisma.membership.findMany({ where: { tenantId: serenity.id }, orderBy: { id: "asc" } }), invitations: await prisma.staffInvitation.findMany({ where: { tenantId: serenity.id }, orderBy: { id: "asc" } }), profiles: await prisma.therapistProfile.findMany({ where: { tenantId: serenity.id }, orderBy: { id: "asc" } }) };
    expect(after).toEqual(before);
    expect(await prisma.therapistProfile.count({ where: { userId: harborOwner.userId } })).toBe(0);
    expect(await prisma.auditLog.count({ where: { tenantId: serenity.id } })).toBe(audits);
  });

  it("a therapist can do none of it", async () => {
    const { invitationId } = await invite("therapist-try@example.com", "Tried");
    const leo = await userId("leo@serenity.test");
    for (const attempt of [
      () => inviteStaff({ staff: therapist, input: { name: "Friend", email: "friend@example.com", role: "OWNER" } }),
      () => resendInvitation({ staff: therapist, invitationId }),
      () => revokeInvitation({ staff: therapist, invitationId }),
      () => setOwnerRole({ staff: therapist, member: therapist.userId, owner: true }),
      () => deactivateTherapist({ staff: therapist, member: leo }),
      () => reactivateTherapist({ staff: therapist, member: leo }),
      () => addTherapistRole({ staff: therapist, member: owner.userId }),
      () => listStaffMembers(therapist),
      () => listOpenInvitations(therapist),
      () => getStaffMember(therapist, leo),
      () => bookingsNeedingReassignment(therapist),
    ]) {
      await expect(attempt()).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await prisma.staffInvitation.count({ where: { email: "friend@example.com" } })).toBe(0);
    expect(await prisma.therapistProfile.count({ where: { userId: owner.userId } })).toBe(0);
    expect((await staffContextForUser(therapist.userId, "serenity")).roles).toEqual(["THERAPIST"]);
  });

  it("limits invitations to one address", async () => {
    const { invitationId } = await invite("often@example.com", "Otto Often", "THERAPIST", harborOwner);
    for (let i = 0; i < 4; i++) await resendInvitation({ staff: harborOwner, invitationId });
    await expect(resendInvitation({ staff: harborOwner, invitationId })).rejects.toMatchObject({ code: "RATE_LIMITED" });
    // Another salon may still invite them.
    await expect(inviteStaff({ staff: owner, input: { name: "Otto Often", email: "often@example.com", role: "THERAPIST" } })).resolves.toMatchObject({ email: "often@example.com" });
  });
});

describe("the sealed token of the email job", () => {
  it("opens only what this app sealed", () => {
    const token = "A".repeat(43);
    const sealed = sealInvitationToken(token);
    expect(sealed).not.toContain(token);
    expect(openInvitationToken(sealed)).toBe(token);
    const tampered = Buffer.from(sealed, "base64url");
    tampered[tampered.length - 1]! ^= 1;
    expect(openInvitationToken(tampered.toString("base64url"))).toBeNull();
    expect(openInvitationToken("garbage")).toBeNull();
  });
});
