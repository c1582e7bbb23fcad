import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { localDateTimeToInstant } from "@/lib/availability/time-zone";
import { createBooking } from "@/lib/booking/create-booking";
import { rescheduleBooking, staffMover } from "@/lib/booking/reschedule-booking";
import type { Mover } from "@/lib/booking/reschedule-rules";
import { getStaffMovableBooking } from "@/lib/booking/reschedule-queries";
import { isAppError } from "@/lib/errors/app-error";
import type { Booking, PrismaClient, Tenant } from "@/lib/generated/prisma/client";
import { notifyTherapistMovedAwayJob, notifyTherapistOfMoveJob, sendBookingMovedJob } from "@/lib/jobs/booking-moved-email-jobs";
import { planReminderJob } from "@/lib/jobs/reminder-jobs";
import { restoreSystemClock, setClock } from "@/lib/time/clock";
import { staffContextForUser } from "@/lib/tenancy/guard";
import { TEST_NOW } from "../fixtures/test-clock";
import { clientDetails, confirmHeld, countOverlappingActiveBookings, createSoloTherapist, staffContextFor, tenantBySlug } from "../fixtures/factories";
import { setupStripeEmulator } from "../fixtures/stripe-emulator";
import { CARDS, expectLedgerMatchesStripe, jobsFor, ledgerRows, payDeposit, reload, stripeSide, testClock } from "../fixtures/payments";
import { setupTestDatabase } from "../setup/test-database";

// Moving a confirmed booking: the same rules as booking (an offered time; the exclusion
// constraint decides races), the deposit stays where it is, the reminder follows the new time,
// the client and therapist(s) are emailed; clients only inside the free-cancellation window,
// staff until the session (therapists their own), nobody across salons.

const outbox = fs.mkdtempSync(path.join(os.tmpdir(), "stillwater-reschedule-outbox-"));
process.env.OUTBOX_DIR = outbox;
const { db } = setupTestDatabase();
const stripe = setupStripeEmulator();
const clock = testClock();
beforeAll(() => setClock(clock));
beforeEach(() => clock.set(TEST_NOW));
afterAll(() => {
  restoreSystemClock();
  fs.rmSync(outbox, { recursive: true, force: true });
});

const TZ = "America/New_York";
const CLIENT: Mover = { kind: "client" };
const at = (day: string, hour: number, minute = 0) => new Date(localDateTimeToInstant(day, hour * 60 + minute, TZ));

let prisma: PrismaClient;
let serenity: Tenant;
let solo: Awaited<ReturnType<typeof createSoloTherapist>>;
let n = 1000;

beforeAll(async () => {
  prisma = await db();
  serenity = await tenantBySlug(prisma, "serenity");
  solo = await createSoloTherapist(prisma, serenity.id);
});

/** A confirmed booking of the solo therapist (no money moved: confirmed as the webhook would). */
async function confirmed(startsAt: Date, therapistId = solo.therapist.id, serviceId = solo.service.id): Promise<Booking> {
  const held = await createBooking({ tenant: serenity, now: TEST_NOW, input: { serviceId, therapistId, startsAt: startsAt.toISOString(), client: clientDetails(n++) } });
  return confirmHeld(prisma, held, TEST_NOW);
}

async function outcome<T>(promise: Promise<T>): Promise<T | string> {
  try {
    return await promise;
  } catch (error) {
    if (isAppError(error)) return error.code;
    throw error;
  }
}

/** Times keep their meridiem with a no-break space ("2:00 PM"). */
const plain = (text: string | null) => text?.replace(/\u00a0/g, " ");

function mails(to: string) {
  return fs
    .readdirSync(outbox)
    .filter((f) => f.endsWith(".json"))
    .map((f) => JSON.parse(fs.readFileSync(path.join(outbox, f), "utf8")) as { to: string; subject: string; text: string })
    .filter((m) => m.to === to)
    .map((m) => ({ ...m, subject: plain(m.subject)!, text: plain(m.text)! }));
}

describe("a client moves their booking from its link", () => {
  it("keeps the deposit (ledger and Stripe unchanged), re-plans the reminder, records the move and emails client and therapist", async () => {
    const held = await createBooking({ tenant: serenity, input: { serviceId: solo.service.id, therapistId: solo.therapist.id, startsAt: at("2026-12-01", 10).toISOString(), client: clientDetails(n++) } });
    await payDeposit(stripe, serenity, held.id, CARDS.ok);
    await stripe.flush();
    const before = await reload(prisma, held);
    expect(before.status).toBe("CONFIRMED");
    // The reminder of the old time went out already: the move must plan a new one.
    await prisma.booking.update({ where: { tenantId_id: { tenantId: serenity.id, id: held.id } }, data: { reminderSentAt: TEST_NOW } });
    const ledgerBefore = await ledgerRows(prisma, before);
    expect(ledgerBefore).toEqual([["DEPOSIT", "SUCCEEDED", 2000]]);

    const newStart = at("2026-12-02", 14);
    const { booking, from } = await rescheduleBooking({ tenantId: serenity.id, bookingId: held.id, mover: CLIENT, input: { startsAt: newStart.toISOString() } });

    expect(from).toEqual({ startsAt: before.startsAt, therapistId: solo.therapist.id });
    expect(booking).toMatchObject({
      status: "CONFIRMED",
      startsAt: newStart,
      endsAt: new Date(newStart.getTime() + 60 * 60_000),
      blockStartsAt: newStart,
      blockEndsAt: new Date(newStart.getTime() + 60 * 60_000),
      therapistId: solo.therapist.id,
      reminderSentAt: null,
      depositMinor: before.depositMinor,
      priceCents: before.priceCents,
      policySnapshot: before.policySnapshot,
      consent: before.consent,
      stripePaymentMethodId: before.stripePaymentMethodId,
      balanceStatus: before.balanceStatus,
    });
    expect(await ledgerRows(prisma, booking)).toEqual(ledgerBefore);
    expect(stripeSide(stripe, serenity, booking.id).refunds).toEqual([]);
    expect(stripeSide(stripe, serenity, booking.id).succeeded).toHaveLength(1);
    await expectLedgerMatchesStripe(prisma, stripe, serenity, booking);

    const events = await prisma.bookingEvent.findMany({ where: { tenantId: serenity.id, bookingId: booking.id, note: { startsWith: "moved" } } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ fromStatus: "CONFIRMED", toStatus: "CONFIRMED", actor: "client" });
    expect(plain(events[0]!.note)).toBe("moved from Tue, Dec 1, 10:00 AM to Wed, Dec 2, 2:00 PM");

    const jobs = await jobsFor(prisma, booking.id);
    const plans = jobs.filter((j) => j.name === planReminderJob.name);
    expect(plans.at(-1)).toMatchObject({ startAfter: new Date(newStart.getTime() - 24 * 3_600_000), data: { startsAt: newStart.toISOString() } });
    const move = { tenantId: serenity.id, bookingId: booking.id, fromStartsAt: before.startsAt.toISOString(), fromTherapistId: solo.therapist.id, toStartsAt: newStart.toISOString(), toTherapistId: solo.therapist.id };
    expect(jobs.filter((j) => j.name === sendBookingMovedJob.name).map((j) => j.data)).toEqual([move]);
    expect(jobs.filter((j) => j.name === notifyTherapistOfMoveJob.name).map((j) => j.data)).toEqual([move]);
    expect(jobs.filter((j) => j.name === notifyTherapistMovedAwayJob.name)).toEqual([]);

    // What the jobs send.
    await sendBookingMovedJob.handler(move);
    await notifyTherapistOfMoveJob.handler(move);
    const [toClient] = mails(booking.contactEmail);
    expect(toClient?.subject).toBe("Booking moved: Solo massage at Serenity Spa, now Wednesday, December 2, 2026 at 2:00 PM (EST)");
    expect(toClient?.text).toContain("Was: Tuesday, December 1, 2026 at 10:00 AM (EST)");
    expect(toClient?.text).toContain("Nothing has been charged or refunded");
    const [toTherapist] = mails(solo.user.email);
    expect(toTherapist?.subject).toMatch(/^Moved: Test Client \d+, Solo massage, now Wednesday, December 2, 2026 at 2:00 PM/);
  });

  it("may move into a time overlapping its own", async () => {
    const booking = await confirmed(at("2026-12-03", 10));
    const { booking: moved } = await rescheduleBooking({ tenantId: serenity.id, bookingId: booking.id, mover: CLIENT, input: { startsAt: at("2026-12-03", 10, 30).toISOString() } });
    expect(moved.startsAt).toEqual(at("2026-12-03", 10, 30));
  });

  it("refuses a time that is not offered, is taken, or is its own", async () => {
    const booking = await confirmed(at("2026-12-04", 10));
    await confirmed(at("2026-12-04", 13));
    const move = (startsAt: Date) => outcome(rescheduleBooking({ tenantId: serenity.id, bookingId: booking.id, mover: CLIENT, input: { startsAt: startsAt.toISOString() } }));
    expect(await move(at("2026-12-04", 20))).toBe("VALIDATION"); // after hours
    expect(await move(at("2026-12-04", 11, 7))).toBe("VALIDATION"); // off the grid
    expect(await move(at("2026-12-04", 12, 30))).toBe("SLOT_TAKEN"); // overlaps the 13:00
    expect(await move(at("2026-12-04", 10))).toBe("VALIDATION"); // where it is already
    expect(await move(at("2026-11-23", 11))).toBe("VALIDATION"); // inside the salon's minimum notice
    expect((await reload(prisma, booking)).startsAt).toEqual(at("2026-12-04", 10));
  });

  it("refuses a client inside the cancellation window; staff may still move it until it starts", async () => {
    // Serenity's window is 24 hours; TEST_NOW is Monday 10:00.
    const booking = await confirmed(at("2026-11-24", 9));
    expect(await outcome(rescheduleBooking({ tenantId: serenity.id, bookingId: booking.id, mover: CLIENT, input: { startsAt: at("2026-11-26", 9).toISOString() } }))).toBe("CONFLICT");
    const owner = await staffContextFor(prisma, "owner@serenity.test");
    const { booking: moved } = await rescheduleBooking({ tenantId: serenity.id, bookingId: booking.id, mover: staffMover(owner), input: { startsAt: at("2026-11-26", 9).toISOString() } });
    expect(moved.startsAt).toEqual(at("2026-11-26", 9));
    const events = await prisma.bookingEvent.findMany({ where: { tenantId: serenity.id, bookingId: booking.id, note: { startsWith: "moved" } } });
    expect(events.map((e) => e.actor)).toEqual([`staff:${owner.userId}`]);

    clock.set(at("2026-11-26", 9, 5));
    expect(await outcome(rescheduleBooking({ tenantId: serenity.id, bookingId: booking.id, mover: staffMover(owner), input: { startsAt: at("2026-11-28", 9).toISOString() } }))).toBe("CONFLICT");
  });

  it("moves only confirmed bookings", async () => {
    const held = await createBooking({ tenant: serenity, now: TEST_NOW, input: { serviceId: solo.service.id, therapistId: solo.therapist.id, startsAt: at("2026-12-05", 10).toISOString(), client: clientDetails(n++) } });
    expect(await outcome(rescheduleBooking({ tenantId: serenity.id, bookingId: held.id, mover: CLIENT, input: { startsAt: at("2026-12-05", 12).toISOString() } }))).toBe("CONFLICT");
  });
});

describe("races", () => {
  it("two bookings moved into the same slot at once: exactly one wins, the other is told it was just taken", async () => {
    const a = await confirmed(at("2026-12-07", 9));
    const b = await confirmed(at("2026-12-07", 11));
    const target = at("2026-12-07", 14).toISOString();
    const results = await Promise.all([a, b].map((booking) => outcome(rescheduleBooking({ tenantId: serenity.id, bookingId: booking.id, mover: CLIENT, input: { startsAt: target } }))));
    expect(results.filter((r) => typeof r !== "string")).toHaveLength(1);
    expect(results.filter((r) => r === "SLOT_TAKEN")).toHaveLength(1);
    expect(await prisma.booking.count({ where: { tenantId: serenity.id, therapistId: solo.therapist.id, startsAt: new Date(target), status: "CONFIRMED" } })).toBe(1);
    expect(await countOverlappingActiveBookings(prisma)).toBe(0);
  });

  it("eight bookings and a new booking race for one slot: one gets it, nothing overlaps", async () => {
    const bookings = await Promise.all([9, 10, 11, 12, 13, 14, 15, 16].map((h) => confirmed(at("2026-12-08", h))));
    const target = at("2026-12-09", 10).toISOString();
    const results = await Promise.all([
      ...bookings.map((booking) => outcome(rescheduleBooking({ tenantId: serenity.id, bookingId: booking.id, mover: CLIENT, input: { startsAt: target } }))),
      outcome(createBooking({ tenant: serenity, now: TEST_NOW, input: { serviceId: solo.service.id, therapistId: solo.therapist.id, startsAt: target, client: clientDetails(n++) } })),
    ]);
    expect(results.filter((r) => typeof r !== "string")).toHaveLength(1);
    expect(results.filter((r) => r === "SLOT_TAKEN")).toHaveLength(8);
    expect(await countOverlappingActiveBookings(prisma)).toBe(0);
  });

  it("one booking moved by two people at once: no move is lost or half-made", async () => {
    const booking = await confirmed(at("2026-12-10", 9));
    const results = await Promise.all([12, 14].map((h) => outcome(rescheduleBooking({ tenantId: serenity.id, bookingId: booking.id, mover: CLIENT, input: { startsAt: at("2026-12-10", h).toISOString() } }))));
    const moves = results.filter((r): r is Exclude<typeof r, string> => typeof r !== "string");
    // A move that read the booking before the other one committed is refused (conditional update).
    expect(results.filter((r) => typeof r === "string").every((r) => r === "CONFLICT")).toBe(true);
    expect(moves.length).toBeGreaterThanOrEqual(1);
    const events = await prisma.bookingEvent.findMany({ where: { tenantId: serenity.id, bookingId: booking.id, note: { startsWith: "moved" } }, orderBy: { createdAt: "asc" } });
    expect(events).toHaveLength(moves.length);
    const last = moves.map((m) => m.booking).sort((a, b) => a.updatedAt.getTime() - b.updatedAt.getTime()).at(-1)!;
    expect((await reload(prisma, booking)).startsAt).toEqual(last.startsAt);
  });
});

describe("staff", () => {
  let second: Awaited<ReturnType<typeof createSoloTherapist>>["therapist"];
  let secondUser: { id: string; email: string };

  beforeAll(async () => {
    // A second therapist offering the solo service, same hours.
    const other = await createSoloTherapist(prisma, serenity.id);
    second = other.therapist;
    secondUser = other.user;
    await prisma.serviceTherapist.create({ data: { tenantId: serenity.id, serviceId: solo.service.id, therapistId: second.id } });
  });

  it("the owner moves a booking to another therapist: both therapists and the client are emailed", async () => {
    const owner = await staffContextFor(prisma, "owner@serenity.test");
    const booking = await confirmed(at("2026-12-14", 10));
    const { booking: moved } = await rescheduleBooking({ tenantId: serenity.id, bookingId: booking.id, mover: staffMover(owner), input: { startsAt: at("2026-12-14", 15).toISOString(), therapistId: second.id } });
    expect(moved).toMatchObject({ therapistId: second.id, startsAt: at("2026-12-14", 15) });
    const names = (await jobsFor(prisma, booking.id)).map((j) => j.name);
    expect(names).toEqual(expect.arrayContaining([sendBookingMovedJob.name, notifyTherapistOfMoveJob.name, notifyTherapistMovedAwayJob.name]));
    const move = { tenantId: serenity.id, bookingId: booking.id, fromStartsAt: booking.startsAt.toISOString(), fromTherapistId: solo.therapist.id, toStartsAt: moved.startsAt.toISOString(), toTherapistId: second.id };
    await notifyTherapistOfMoveJob.handler(move);
    await notifyTherapistMovedAwayJob.handler(move);
    expect(mails(secondUser.email).map((m) => m.subject)).toEqual([expect.stringMatching(/^New booking: Test Client \d+, Solo massage, Monday, December 14, 2026 at 3:00 PM/)]);
    expect(mails(solo.user.email).some((m) => m.subject.startsWith(`Moved to ${second.displayName}:`))).toBe(true);
    const event = await prisma.bookingEvent.findFirstOrThrow({ where: { tenantId: serenity.id, bookingId: booking.id, note: { startsWith: "moved" } } });
    expect(plain(event.note)).toBe(`moved from Mon, Dec 14, 10:00 AM to Mon, Dec 14, 3:00 PM (${solo.therapist.displayName} → ${second.displayName})`);
  });

  it("a deactivated therapist's booking moved to a colleague: the colleague and the client are emailed, not the one who left", async () => {
    const owner = await staffContextFor(prisma, "owner@serenity.test");
    const booking = await confirmed(at("2026-12-15", 10));
    await prisma.therapistProfile.update({ where: { tenantId_id: { tenantId: serenity.id, id: solo.therapist.id } }, data: { active: false } });
    try {
      const { booking: moved } = await rescheduleBooking({ tenantId: serenity.id, bookingId: booking.id, mover: staffMover(owner), input: { startsAt: at("2026-12-15", 15).toISOString(), therapistId: second.id } });
      const move = { tenantId: serenity.id, bookingId: booking.id, fromStartsAt: booking.startsAt.toISOString(), fromTherapistId: solo.therapist.id, toStartsAt: moved.startsAt.toISOString(), toTherapistId: second.id };
      const before = mails(solo.user.email).length;
      await notifyTherapistOfMoveJob.handler(move);
      await notifyTherapistMovedAwayJob.handler(move);
      expect(mails(solo.user.email)).toHaveLength(before);
      expect(mails(secondUser.email).some((m) => m.subject.startsWith("New booking:") && m.text.includes(`from ${solo.therapist.displayName}`))).toBe(true);
    } finally {
      await prisma.therapistProfile.update({ where: { tenantId_id: { tenantId: serenity.id, id: solo.therapist.id } }, data: { active: true } });
    }
  });

  it("a therapist moves their own bookings, not to a colleague, and cannot see anyone else's", async () => {
    const mine = await staffContextForUser(solo.user.id);
    const booking = await confirmed(at("2026-12-15", 10));
    const theirs = await confirmed(at("2026-12-15", 10), second.id);
    const { booking: moved } = await rescheduleBooking({ tenantId: serenity.id, bookingId: booking.id, mover: staffMover(mine), input: { startsAt: at("2026-12-15", 12).toISOString() } });
    expect(moved.startsAt).toEqual(at("2026-12-15", 12));
    expect(await outcome(rescheduleBooking({ tenantId: serenity.id, bookingId: booking.id, mover: staffMover(mine), input: { startsAt: at("2026-12-15", 14).toISOString(), therapistId: second.id } }))).toBe("FORBIDDEN");
    expect(await outcome(rescheduleBooking({ tenantId: serenity.id, bookingId: theirs.id, mover: staffMover(mine), input: { startsAt: at("2026-12-15", 14).toISOString() } }))).toBe("NOT_FOUND");
  });

  it("'any therapist' keeps the current one when free, and takes whoever is free otherwise", async () => {
    const booking = await confirmed(at("2026-12-16", 9));
    const { booking: kept } = await rescheduleBooking({ tenantId: serenity.id, bookingId: booking.id, mover: CLIENT, input: { startsAt: at("2026-12-16", 11).toISOString(), therapistId: "any" } });
    expect(kept.therapistId).toBe(solo.therapist.id);
    await confirmed(at("2026-12-16", 14));
    const { booking: handedOver } = await rescheduleBooking({ tenantId: serenity.id, bookingId: booking.id, mover: CLIENT, input: { startsAt: at("2026-12-16", 14).toISOString(), therapistId: "any" } });
    expect(handedOver.therapistId).toBe(second.id);
  });
});

describe("mobile sessions", () => {
  it("keep their address and block the travel buffer around the new time", async () => {
    const mobile = await createSoloTherapist(prisma, serenity.id);
    await prisma.service.update({ where: { tenantId_id: { tenantId: serenity.id, id: mobile.service.id } }, data: { locationType: "MOBILE", bufferBeforeMinutes: 0, bufferAfterMinutes: 0 } });
    const address = { line1: "55 Water Street", city: "Brooklyn", postalCode: "11201" };
    const held = await createBooking({ tenant: serenity, now: TEST_NOW, input: { serviceId: mobile.service.id, therapistId: mobile.therapist.id, startsAt: at("2026-12-01", 11).toISOString(), client: clientDetails(n++), visitAddress: address } });
    const booking = await confirmHeld(prisma, held, TEST_NOW);
    const { booking: moved } = await rescheduleBooking({ tenantId: serenity.id, bookingId: booking.id, mover: CLIENT, input: { startsAt: at("2026-12-02", 13).toISOString() } });
    const travel = serenity.travelBufferMinutes * 60_000;
    expect(travel).toBeGreaterThan(0);
    expect(moved.visitAddress).toEqual(address);
    expect(moved.blockStartsAt).toEqual(new Date(at("2026-12-02", 13).getTime() - travel));
    expect(moved.blockEndsAt).toEqual(new Date(at("2026-12-02", 14).getTime() + travel));
  });
});

describe("across salons", () => {
  it("another salon's staff, and another salon's id, reach nothing", async () => {
    const harbor = await tenantBySlug(prisma, "harbor");
    const harborOwner = await staffContextFor(prisma, "owner@harbor.test");
    const booking = await confirmed(at("2026-12-17", 10));
    const input = { startsAt: at("2026-12-17", 12).toISOString() };
    expect(await outcome(rescheduleBooking({ tenantId: harbor.id, bookingId: booking.id, mover: staffMover(harborOwner), input }))).toBe("NOT_FOUND");
    expect(await outcome(rescheduleBooking({ tenantId: harbor.id, bookingId: booking.id, mover: CLIENT, input }))).toBe("NOT_FOUND");
    // A Harbor therapist's id on a Serenity booking is not a therapist there.
    const harborTherapist = await prisma.therapistProfile.findFirstOrThrow({ where: { tenantId: harbor.id } });
    expect(await outcome(rescheduleBooking({ tenantId: serenity.id, bookingId: booking.id, mover: CLIENT, input: { ...input, therapistId: harborTherapist.id } }))).toBe("NOT_FOUND");
    expect((await reload(prisma, booking)).startsAt).toEqual(at("2026-12-17", 10));
    // The staff move page's read: nothing for Harbor's owner, nor for a Serenity therapist whose booking it is not.
    expect(await outcome(getStaffMovableBooking(harborOwner, booking.id))).toBe("NOT_FOUND");
    expect(await outcome(getStaffMovableBooking(await staffContextFor(prisma, "leo@serenity.test"), booking.id))).toBe("NOT_FOUND");
    expect((await getStaffMovableBooking(await staffContextFor(prisma, "owner@serenity.test"), booking.id)).id).toBe(booking.id);
  });
});
