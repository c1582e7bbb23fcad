import { beforeAll, describe, expect, it } from "vitest";
import { localDateTimeToInstant } from "@/lib/availability/time-zone";
import { createBooking } from "@/lib/booking/create-booking";
import { findStaffSalonOfBooking } from "@/lib/booking/staff-queries";
import { getSessionBrief } from "@/lib/brief/get-session-brief";
import { getStaffCalendar } from "@/lib/calendar/get-staff-calendar";
import { submitCheckIn } from "@/lib/checkins/submit-check-in";
import { AppError } from "@/lib/errors/app-error";
import type { Tenant } from "@/lib/generated/prisma/client";
import { addSessionNote } from "@/lib/notes/add-session-note";
import { listClientNotes } from "@/lib/notes/list-session-notes";
import { saveBookingPreferences } from "@/lib/preferences/save-booking-preferences";
import { can, listStaffSalons, staffContextForUser, type StaffContext } from "@/lib/tenancy/guard";
import { setupTestDatabase } from "../setup/test-database";
import { TEST_NOW } from "../fixtures/test-clock";
import { clientDetails, confirmHeld, createSoloTherapist, staffContextFor, tenantBySlug } from "../fixtures/factories";

// The therapist's workspace: the salon comes from the URL through the guard; the brief of a
// session gathers what the client wants, what changed, their last check-in and the salon's notes;
// notes are the therapist's own sessions' (the owner's: any); nothing crosses to another salon.

const { db } = setupTestDatabase();
const NY = "America/New_York";
let serenity: Tenant;
let solo: StaffContext;
let owner: StaffContext;
let maya: StaffContext;
let harborOwner: StaffContext;
let serviceId: string;
let therapistId: string;

const before = { goal: "pain_relief", painArea: "lower back", painLevel: 6, sounds: "nature", scent: "vanilla", talking: "when_needed", pressure: "medium", focusAreas: ["lower_back"], avoidAreas: ["feet"] };
const after = { ...before, sounds: "silence", pressure: "firm" };
const HEALTH = "Allergic to lavender oil";

async function expectCode(work: Promise<unknown>, code: AppError["code"]) {
  const error = await work.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
}

async function book(day: string, hour: number, n: number, extra: { serviceId?: string; visitAddress?: object } = {}) {
  const held = await createBooking({
    tenant: serenity,
    now: TEST_NOW,
    input: { serviceId: extra.serviceId ?? serviceId, therapistId, startsAt: new Date(localDateTimeToInstant(day, hour * 60, NY)).toISOString(), client: clientDetails(n), ...(extra.visitAddress ? { visitAddress: extra.visitAddress } : {}) },
  });
  return confirmHeld(await db(), held, TEST_NOW);
}

async function complete(bookingId: string) {
  await (await db()).booking.update({ where: { tenantId_id: { tenantId: serenity.id, id: bookingId } }, data: { status: "COMPLETED", completedAt: TEST_NOW } });
}

const author = (ctx: StaffContext) => ({ userId: ctx.userId, therapistId: ctx.therapistId, anySession: can(ctx, "notes.write.all") });

beforeAll(async () => {
  const prisma = await db();
  serenity = await tenantBySlug(prisma, "serenity");
  const created = await createSoloTherapist(prisma, serenity.id);
  serviceId = created.service.id;
  therapistId = created.therapist.id;
  solo = await staffContextForUser(created.user.id, "serenity");
  owner = await staffContextForUser((await prisma.user.findUniqueOrThrow({ where: { email: "owner@serenity.test" } })).id, "serenity");
  maya = await staffContextFor(prisma, "maya@serenity.test");
  harborOwner = await staffContextFor(prisma, "owner@harbor.test");
});

describe("the guard takes the salon from the URL", () => {
  it("resolves the salon of the slug for its staff, and nothing for anyone else", async () => {
    expect(solo).toMatchObject({ tenantId: serenity.id, roles: ["THERAPIST"], therapistId });
    expect(owner.roles).toEqual(["OWNER"]);
    await expectCode(staffContextForUser(solo.userId, "harbor"), "NOT_FOUND");
    await expectCode(staffContextForUser(harborOwner.userId, "serenity"), "NOT_FOUND");
    await expectCode(staffContextForUser(owner.userId, "SERENITY"), "NOT_FOUND");
    await expectCode(staffContextForUser(owner.userId, ""), "NOT_FOUND");
  });

  it("someone working at two salons gets each salon's role by its slug, and both salons to choose from", async () => {
    const prisma = await db();
    const harbor = await tenantBySlug(prisma, "harbor");
    await prisma.membership.create({ data: { tenantId: harbor.id, userId: solo.userId, role: "OWNER" } });
    try {
      const atHarbor = await staffContextForUser(solo.userId, "harbor");
      expect(atHarbor).toMatchObject({ tenantId: harbor.id, roles: ["OWNER"], therapistId: null });
      expect((await staffContextForUser(solo.userId, "serenity")).roles).toEqual(["THERAPIST"]);
      expect((await listStaffSalons(solo.userId)).map((s) => [s.slug, s.roles])).toEqual([
        ["serenity", ["THERAPIST"]],
        ["harbor", ["OWNER"]],
      ]);
      // An old link without the salon finds the salon that holds the booking among theirs.
      const harborBooking = await prisma.booking.findFirstOrThrow({ where: { tenantId: harbor.id } });
      expect(await findStaffSalonOfBooking(solo.userId, harborBooking.id)).toBe("harbor");
    } finally {
      await prisma.membership.deleteMany({ where: { tenantId: harbor.id, userId: solo.userId } });
    }
    const serenityBooking = await prisma.booking.findFirstOrThrow({ where: { tenantId: serenity.id } });
    expect(await findStaffSalonOfBooking(harborOwner.userId, serenityBooking.id)).toBeNull();
  });
});

describe("the brief", () => {
  let first: Awaited<ReturnType<typeof book>>;
  let second: Awaited<ReturnType<typeof book>>;

  beforeAll(async () => {
    first = await book("2026-12-01", 10, 801);
    await saveBookingPreferences({ tenantId: serenity.id, bookingId: first.id, preferences: before, health: {}, remember: true, now: TEST_NOW });
    second = await book("2026-12-08", 10, 801);
    await saveBookingPreferences({ tenantId: serenity.id, bookingId: second.id, preferences: after, health: { healthNotes: HEALTH, healthConsent: true }, remember: false, now: TEST_NOW });
    await complete(first.id);
    await submitCheckIn({ tenantId: serenity.id, bookingId: first.id, input: { satisfaction: 4, goalReached: "PARTLY", changes: ["firmer_pressure", "less_talking"], remember: ["firmer_pressure"], wishes: "More on the neck" }, now: TEST_NOW });
    await addSessionNote({ tenantId: serenity.id, bookingId: first.id, author: author(solo), body: "Tight left trapezius; heat helped." });
  });

  it("shows this booking's preferences, health notes, what changed, the last check-in and earlier notes", async () => {
    const brief = await getSessionBrief(solo, second.id);
    expect(brief.client).toMatchObject({ name: "Test Client 801", visitsBefore: 1 });
    expect(brief.where).toMatchObject({ kind: "studio" });
    expect(brief.preferences?.source).toBe("booking");
    expect(brief.preferences?.items).toContainEqual({ label: "Goal", value: "Relief from pain" });
    expect(brief.preferences?.items).toContainEqual({ label: "Pressure", value: "Firm" });
    expect(brief.healthNotes).toBe(HEALTH);
    expect(brief.changes?.since).toEqual(first.startsAt);
    expect(brief.changes?.list).toEqual([
      { label: "Sounds", before: "Natural sounds", after: "Silence" },
      { label: "Pressure", before: "Medium", after: "Firm" },
    ]);
    expect(brief.lastCheckIn).toMatchObject({ bookingId: first.id, satisfaction: 4, goalReached: "Partly", wishes: "More on the neck" });
    expect(brief.lastCheckIn?.changes).toEqual([
      { label: "Firmer pressure", kept: true },
      { label: "Less talking", kept: false },
    ]);
    expect(brief.thisCheckIn).toBeNull();
    expect(brief.notes.map((n) => [n.body, n.booking.id])).toEqual([["Tight left trapezius; heat helped.", first.id]]);
    // Named as colleagues know the author: their therapist name.
    expect(brief.notes[0]!.authorName).toMatch(/^Solo /);
  });

  it("an earlier session's brief has its own notes and check-in, not later ones'", async () => {
    await addSessionNote({ tenantId: serenity.id, bookingId: second.id, author: author(owner), body: "Planned: focus on the neck." });
    const earlier = await getSessionBrief(solo, first.id);
    expect(earlier.notes.map((n) => n.body)).toEqual(["Tight left trapezius; heat helped."]);
    expect(earlier.lastCheckIn).toBeNull();
    expect(earlier.thisCheckIn).toMatchObject({ satisfaction: 4 });
    expect(earlier.changes).toBeNull();
    expect(earlier.client.visitsBefore).toBe(0);
    // The later brief lists both, newest first, each with its author.
    const later = await getSessionBrief(solo, second.id);
    expect(later.notes.map((n) => [n.body, n.authorName])).toEqual([
      ["Planned: focus on the neck.", "Olivia Reed"],
      ["Tight left trapezius; heat helped.", earlier.notes[0]!.authorName],
    ]);
  });

  it("with nothing stated for the session, the client's usual preferences (and their health notes) are shown as such", async () => {
    const third = await book("2026-12-15", 10, 801);
    const brief = await getSessionBrief(owner, third.id);
    expect(brief.preferences?.source).toBe("profile");
    // The check-in's "firmer pressure, keep it" moved the remembered profile on from medium.
    expect(brief.preferences?.items).toContainEqual({ label: "Pressure", value: "Firm" });
    expect(brief.changes).toBeNull();
    expect(brief.lastCheckIn?.bookingId).toBe(first.id);
  });

  it("a mobile session shows the client's address", async () => {
    const prisma = await db();
    const mobile = await prisma.service.create({ data: { tenantId: serenity.id, slug: `mobile-${Date.now()}`, name: "Mobile massage", description: "At home", durationMinutes: 60, priceCents: 15_000, locationType: "MOBILE" } });
    await prisma.serviceTherapist.create({ data: { tenantId: serenity.id, serviceId: mobile.id, therapistId } });
    const address = { line1: "88 Bedford Street", line2: "Apt 4B", city: "New York", postalCode: "10014", directions: "Buzz 4B" };
    const visit = await book("2026-12-02", 14, 802, { serviceId: mobile.id, visitAddress: address });
    expect((await getSessionBrief(solo, visit.id)).where).toEqual({ kind: "mobile", address });
    const calendar = await getStaffCalendar(solo, { view: "day", date: "2026-12-02", therapistId: null }, TEST_NOW);
    expect(calendar.model.days[0]!.bookings.find((b) => b.booking.id === visit.id)?.booking).toMatchObject({ mobile: true, address: "88 Bedford Street, Apt 4B, New York 10014" });
  });

  it("a therapist cannot open a colleague's brief", async () => {
    await expectCode(getSessionBrief(maya, second.id), "NOT_FOUND");
  });
});

describe("treatment notes", () => {
  it("a therapist notes their own sessions; a colleague cannot; the owner can note any", async () => {
    const session = await book("2026-12-03", 11, 803);
    const note = await addSessionNote({ tenantId: serenity.id, bookingId: session.id, author: author(solo), body: "  Worked the calves.  " });
    expect(note).toMatchObject({ tenantId: serenity.id, bookingId: session.id, clientId: session.clientId, authorUserId: solo.userId, body: "Worked the calves." });
    await expectCode(addSessionNote({ tenantId: serenity.id, bookingId: session.id, author: author(maya), body: "Not mine to write" }), "FORBIDDEN");
    expect(await addSessionNote({ tenantId: serenity.id, bookingId: session.id, author: author(owner), body: "Client asked for Maya next time." })).toMatchObject({ authorName: "Olivia Reed" });
    const prisma = await db();
    expect(await prisma.sessionNote.count({ where: { tenantId: serenity.id, bookingId: session.id } })).toBe(2);
  });

  it("refuses empty, overlong and unsafe text, and sessions that will not happen", async () => {
    const session = await book("2026-12-03", 13, 804);
    for (const body of ["", "   ", "x".repeat(2001), "bidi \u202e trick"]) {
      await expectCode(addSessionNote({ tenantId: serenity.id, bookingId: session.id, author: author(solo), body }), "VALIDATION");
    }
    const prisma = await db();
    await prisma.booking.update({ where: { tenantId_id: { tenantId: serenity.id, id: session.id } }, data: { status: "CANCELLED", cancelledAt: TEST_NOW } });
    await expectCode(addSessionNote({ tenantId: serenity.id, bookingId: session.id, author: author(solo), body: "Too late" }), "CONFLICT");
    expect(await prisma.sessionNote.count({ where: { bookingId: session.id } })).toBe(0);
    expect(can(solo, "notes.write.own") && !can(solo, "notes.write.all")).toBe(true);
  });
});

describe("another salon reaches none of it, even with this salon's ids", () => {
  it("harbor's owner cannot read serenity's brief, notes or calendar", async () => {
    const prisma = await db();
    const session = await book("2026-12-04", 10, 805);
    await addSessionNote({ tenantId: serenity.id, bookingId: session.id, author: author(solo), body: "Serenity only" });
    await expectCode(getSessionBrief(harborOwner, session.id), "NOT_FOUND");
    // Notes through harbor's tenant, asked for with serenity's client id: none.
    expect(await listClientNotes({ tenantId: harborOwner.tenantId, clientId: session.clientId, upTo: new Date("2100-01-01") })).toEqual([]);
    // Adding a note as harbor (the action passes the caller's own tenant) finds no such booking.
    await expectCode(addSessionNote({ tenantId: harborOwner.tenantId, bookingId: session.id, author: author(harborOwner), body: "Intrusion" }), "NOT_FOUND");
    expect(await prisma.sessionNote.count({ where: { bookingId: session.id, body: "Intrusion" } })).toBe(0);
    // Filtering harbor's calendar by a serenity therapist: not found.
    await expectCode(getStaffCalendar(harborOwner, { view: "week", date: "2026-12-04", therapistId }, TEST_NOW), "NOT_FOUND");
    await expectCode(getStaffCalendar(harborOwner, { view: "week", date: "2026-12-04", therapistId: "not-an-id" }, TEST_NOW), "NOT_FOUND");
    // Harbor's own calendar holds only harbor's therapists and bookings.
    const calendar = await getStaffCalendar(harborOwner, { view: "week", date: "2026-11-23", therapistId: null }, TEST_NOW);
    const shown = calendar.model.days.flatMap((d) => d.bookings.map((b) => b.booking.id));
    expect(shown.length).toBeGreaterThan(0);
    const tenants = await prisma.booking.findMany({ where: { id: { in: shown } }, select: { tenantId: true } });
    expect(new Set(tenants.map((t) => t.tenantId))).toEqual(new Set([harborOwner.tenantId]));
    const therapistTenants = await prisma.therapistProfile.findMany({ where: { id: { in: calendar.therapists.map((t) => t.id) } }, select: { tenantId: true } });
    expect(new Set(therapistTenants.map((t) => t.tenantId))).toEqual(new Set([harborOwner.tenantId]));
  });
});

describe("the calendar", () => {
  it("a therapist sees only their own sessions and cannot filter by a colleague", async () => {
    const session = await book("2026-12-09", 9, 806);
    const mine = await getStaffCalendar(solo, { view: "week", date: "2026-12-09", therapistId: null }, TEST_NOW);
    expect(mine).toMatchObject({ everyone: false, therapists: [{ id: therapistId }] });
    const ids = mine.model.days.flatMap((d) => d.bookings.map((b) => b.booking.therapistId));
    expect(new Set(ids)).toEqual(new Set([therapistId]));
    expect(mine.model.days.find((d) => d.date === "2026-12-09")!.bookings.map((b) => [b.booking.id, b.start, b.end])).toContainEqual([session.id, 540, 600]);
    await expectCode(getStaffCalendar(solo, { view: "day", date: "2026-12-09", therapistId: maya.therapistId }, TEST_NOW), "NOT_FOUND");
  });

  it("the owner sees every therapist, a column each in the day view, and can filter to one", async () => {
    const all = await getStaffCalendar(owner, { view: "day", date: "2026-12-09", therapistId: null }, TEST_NOW);
    expect(all.everyone).toBe(true);
    expect(all.therapists.map((t) => t.name)).toEqual(expect.arrayContaining(["Maya Chen", "Leo Park", "Ana Souza"]));
    expect(all.model.days[0]!.columns.map((c) => c.therapistIds[0])).toEqual(all.therapists.map((t) => t.id));
    // The solo therapist works 9–17 every day: their column is white then.
    expect(all.model.days[0]!.columns.find((c) => c.therapistIds[0] === therapistId)!.available).toEqual([{ start: 540, end: 1020 }]);
    const one = await getStaffCalendar(owner, { view: "day", date: "2026-12-09", therapistId }, TEST_NOW);
    expect(one.model.days[0]!.columns.map((c) => c.therapistIds)).toEqual([[therapistId]]);
    expect(one.filteredBy).toBe(therapistId);
  });
});
