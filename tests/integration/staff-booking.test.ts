import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { localDateTimeToInstant } from "@/lib/availability/time-zone";
import { createStaffBooking, STAFF_HOLD_HOURS } from "@/lib/booking/create-staff-booking";
import { recordDeferredConsent } from "@/lib/booking/deferred-consent";
import { manageUrl } from "@/lib/booking/manage-token";
import { searchClients } from "@/lib/clients/search-clients";
import { env } from "@/lib/env";
import { isAppError } from "@/lib/errors/app-error";
import type { PrismaClient, Tenant } from "@/lib/generated/prisma/client";
import { sendDepositRequestJob } from "@/lib/jobs/deposit-request-jobs";
import { expireHoldJob } from "@/lib/jobs/payment-jobs";
import { startDepositCheckout } from "@/lib/payments/checkout";
import { onSalonAccount, stripe as stripeClient } from "@/lib/payments/stripe";
import { restoreSystemClock, setClock } from "@/lib/time/clock";
import { staffContextForUser, type StaffContext } from "@/lib/tenancy/guard";
import { TEST_NOW } from "../fixtures/test-clock";
import { clientDetails, countOverlappingActiveBookings, createSoloTherapist, staffContextFor, tenantBySlug } from "../fixtures/factories";
import { setupStripeEmulator } from "../fixtures/stripe-emulator";
import { CARDS, jobsFor, ledgerRows, reload, sessionIdOf, stripeSide, testClock } from "../fixtures/payments";
import { setupTestDatabase } from "../setup/test-database";

// Bookings staff take by phone: for a client found by name, email or phone, or a new one; held
// PENDING like a public booking but for a day, the client emailed a link to pay the deposit and
// save the card on their booking's page, where they also agree to the policy. Same rules as any
// booking (offered times, the exclusion constraint), and nothing across salons.

const outbox = fs.mkdtempSync(path.join(os.tmpdir(), "stillwater-staff-booking-outbox-"));
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

const HOUR = 3_600_000;
const at = (day: string, hour: number) => new Date(localDateTimeToInstant(day, hour * 60, "America/New_York")).toISOString();

let prisma: PrismaClient;
let serenity: Tenant;
let owner: StaffContext;
let solo: Awaited<ReturnType<typeof createSoloTherapist>>;

beforeAll(async () => {
  prisma = await db();
  serenity = await tenantBySlug(prisma, "serenity");
  owner = await staffContextFor(prisma, "owner@serenity.test");
  solo = await createSoloTherapist(prisma, serenity.id);
});

async function code(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "ok";
  } catch (error) {
    if (isAppError(error)) return error.code;
    throw error;
  }
}

function mailsTo(email: string) {
  return fs
    .readdirSync(outbox)
    .filter((f) => f.endsWith(".json"))
    .map((f) => JSON.parse(fs.readFileSync(path.join(outbox, f), "utf8")) as { to: string; subject: string; text: string })
    .filter((m) => m.to === email);
}

describe("finding the caller among the salon's clients", () => {
  it("by part of a name, an email, or the digits of a phone number written any way", async () => {
    await prisma.client.create({ data: { tenantId: serenity.id, name: "Ottilie Vance", email: "ottilie@example.com", phone: "+1 (212) 555-0177" } });
    expect((await searchClients({ tenantId: serenity.id, query: "ottil" })).map((c) => c.email)).toEqual(["ottilie@example.com"]);
    expect((await searchClients({ tenantId: serenity.id, query: "OTTILIE@EXAMPLE" })).map((c) => c.name)).toEqual(["Ottilie Vance"]);
    expect((await searchClients({ tenantId: serenity.id, query: "212 555 0177" })).map((c) => c.name)).toEqual(["Ottilie Vance"]);
    // LIKE's wildcards are only characters here.
    expect(await searchClients({ tenantId: serenity.id, query: "%%" })).toEqual([]);
    expect(await searchClients({ tenantId: serenity.id, query: "_%_" })).toEqual([]);
    expect(await code(searchClients({ tenantId: serenity.id, query: "o" }))).toBe("VALIDATION");
  });

  it("never finds another salon's clients", async () => {
    const harbor = await tenantBySlug(prisma, "harbor");
    expect(await searchClients({ tenantId: harbor.id, query: "ottilie" })).toEqual([]);
  });
});

describe("a booking taken by phone", () => {
  it("for an existing client: held PENDING for a day, without consent yet, the client emailed the link to pay the deposit", async () => {
    const client = await prisma.client.create({ data: { tenantId: serenity.id, name: "Phone Caller", email: "caller@example.com", phone: "+1 212 555 0199" } });
    const booking = await createStaffBooking({ staff: owner, input: { serviceId: solo.service.id, therapistId: solo.therapist.id, startsAt: at("2026-12-01", 10), client: { id: client.id } } });

    expect(booking).toMatchObject({ status: "PENDING", clientId: client.id, contactEmail: "caller@example.com", contactName: "Phone Caller", depositMinor: 2000, consent: null, holdKey: null });
    expect(booking.holdExpiresAt).toEqual(new Date(TEST_NOW.getTime() + STAFF_HOLD_HOURS * HOUR));
    const events = await prisma.bookingEvent.findMany({ where: { tenantId: serenity.id, bookingId: booking.id } });
    expect(events.map((e) => [e.toStatus, e.actor])).toEqual([["PENDING", `staff:${owner.userId}`]]);

    const jobs = await jobsFor(prisma, booking.id);
    expect(jobs.find((j) => j.name === expireHoldJob.name)?.startAfter).toEqual(booking.holdExpiresAt);
    expect(jobs.filter((j) => j.name === sendDepositRequestJob.name)).toHaveLength(1);

    await sendDepositRequestJob.handler({ tenantId: serenity.id, bookingId: booking.id });
    const [mail, ...more] = mailsTo("caller@example.com");
    expect(more).toEqual([]);
    expect(mail?.subject).toBe("Please confirm your booking: Solo massage at Serenity Spa");
    expect(mail?.text).toContain(manageUrl(env().APP_URL, "serenity", serenity.id, booking.id));
    expect(mail?.text).toContain("Pay $20.00 deposit");
    expect(mail?.text.replace(/\u00a0/g, " ")).toContain("by Tuesday, November 24, 2026 at 10:00 AM (EST)");
  });

  it("the client then agrees and pays on their page: the deposit confirms it; an abandoned checkout does not end the day's hold", async () => {
    const booking = await createStaffBooking({ staff: owner, input: { serviceId: solo.service.id, therapistId: solo.therapist.id, startsAt: at("2026-12-02", 10), client: clientDetails(301) } });
    // First visit: opens Stripe's page and leaves; the session lapses at Stripe after half an hour.
    expect(await recordDeferredConsent({ tenantId: serenity.id, bookingId: booking.id, visitor: { ipAddress: "203.0.113.9", userAgent: "Phone browser" } })).toBe(true);
    const first = sessionIdOf(await startDepositCheckout({ tenant: serenity, bookingId: booking.id }));
    await stripeClient().checkout.sessions.expire(first, {}, onSalonAccount(serenity));
    await stripe.flush();
    expect(stripeSide(stripe, serenity, booking.id).sessions.map((s) => [s.id, s.status])).toEqual([[first, "expired"]]);
    clock.set(new Date(TEST_NOW.getTime() + 2 * HOUR));
    expect(await reload(prisma, booking)).toMatchObject({ status: "PENDING" });

    // Later that day: a new checkout, paid.
    const second = sessionIdOf(await startDepositCheckout({ tenant: serenity, bookingId: booking.id }));
    expect(second).not.toBe(first);
    await stripe.emulator().completeCheckout(second, CARDS.ok);
    await stripe.flush();
    const paid = await reload(prisma, booking);
    expect(paid).toMatchObject({ status: "CONFIRMED", holdExpiresAt: null });
    expect(paid.consent).toMatchObject({ ipAddress: "203.0.113.9", userAgent: "Phone browser", text: expect.stringContaining("deposit of $20.00") });
    // Recorded once: a later visit changes nothing.
    expect(await recordDeferredConsent({ tenantId: serenity.id, bookingId: booking.id, visitor: { ipAddress: "198.51.100.1", userAgent: "Other" } })).toBe(false);
    expect(await ledgerRows(prisma, paid)).toEqual([["DEPOSIT", "SUCCEEDED", 2000]]);
    expect((await jobsFor(prisma, booking.id)).map((j) => j.name)).toEqual(expect.arrayContaining(["booking.send-confirmation", "booking.notify-therapist-booked"]));
  });

  it("for a new client: creates them; an unpaid hold lapses after the day, and a request email is not sent for a released hold", async () => {
    const booking = await createStaffBooking({ staff: owner, input: { serviceId: solo.service.id, therapistId: solo.therapist.id, startsAt: at("2026-12-03", 10), client: clientDetails(302) } });
    expect(await prisma.client.count({ where: { tenantId: serenity.id, email: clientDetails(302).email } })).toBe(1);
    clock.set(new Date(TEST_NOW.getTime() + STAFF_HOLD_HOURS * HOUR + 1000));
    await expireHoldJob.handler({ tenantId: serenity.id, bookingId: booking.id });
    expect(await reload(prisma, booking)).toMatchObject({ status: "CANCELLED" });
    await sendDepositRequestJob.handler({ tenantId: serenity.id, bookingId: booking.id });
    expect(mailsTo(clientDetails(302).email)).toEqual([]);
  });

  it("close to the session, the hold ends an hour before it", async () => {
    const startsAt = at("2026-11-23", 16); // six hours after TEST_NOW
    const booking = await createStaffBooking({ staff: owner, input: { serviceId: solo.service.id, therapistId: solo.therapist.id, startsAt, client: clientDetails(303) } });
    expect(booking.holdExpiresAt).toEqual(new Date(Date.parse(startsAt) - HOUR));
  });

  it("keeps the booking rules: an offered time only, one booking per time, a replayed form books once", async () => {
    const input = (startsAt: string, n: number) => ({ serviceId: solo.service.id, therapistId: solo.therapist.id, startsAt, client: clientDetails(n) });
    expect(await code(createStaffBooking({ staff: owner, input: input(at("2026-12-04", 21), 304) }))).toBe("VALIDATION");
    const [a, b] = await Promise.all([code(createStaffBooking({ staff: owner, input: input(at("2026-12-04", 10), 305) })), code(createStaffBooking({ staff: owner, input: input(at("2026-12-04", 10), 306) }))]);
    expect([a, b].sort()).toEqual(["SLOT_TAKEN", "ok"]);
    const once = await createStaffBooking({ staff: owner, idempotencyKey: "form-1", input: input(at("2026-12-04", 14), 307) });
    const again = await createStaffBooking({ staff: owner, idempotencyKey: "form-1", input: input(at("2026-12-04", 14), 307) });
    expect(again.id).toBe(once.id);
    expect(await countOverlappingActiveBookings(prisma)).toBe(0);
  });

  it("a new client's details are checked field by field", async () => {
    const error = await createStaffBooking({ staff: owner, input: { serviceId: solo.service.id, therapistId: solo.therapist.id, startsAt: at("2026-12-05", 12), client: { name: "A", email: "not-an-email", phone: "12" } } }).catch((e: unknown) => e);
    expect(isAppError(error, "VALIDATION")).toBe(true);
    expect(Object.keys((error as { fieldErrors: Record<string, string[]> }).fieldErrors).sort()).toEqual(["client.email", "client.name", "client.phone"]);
  });

  it("a therapist books into their own calendar only", async () => {
    const therapist = await staffContextForUser(solo.user.id);
    const other = await createSoloTherapist(prisma, serenity.id);
    expect(await code(createStaffBooking({ staff: therapist, input: { serviceId: solo.service.id, therapistId: solo.therapist.id, startsAt: at("2026-12-05", 10), client: clientDetails(308) } }))).toBe("ok");
    expect(await code(createStaffBooking({ staff: therapist, input: { serviceId: other.service.id, therapistId: other.therapist.id, startsAt: at("2026-12-05", 10), client: clientDetails(309) } }))).toBe("FORBIDDEN");
  });
});

describe("across salons", () => {
  it("Harbor's staff reach none of Serenity's clients, services or therapists", async () => {
    const harborOwner = await staffContextFor(prisma, "owner@harbor.test");
    const serenityClient = await prisma.client.findFirstOrThrow({ where: { tenantId: serenity.id } });
    const harborService = await prisma.service.findFirstOrThrow({ where: { tenantId: harborOwner.tenantId, active: true } });
    const harborTherapist = await prisma.serviceTherapist.findFirstOrThrow({ where: { tenantId: harborOwner.tenantId, serviceId: harborService.id } });
    const harborAt = new Date(localDateTimeToInstant("2026-12-01", 11 * 60, "Europe/London")).toISOString();
    // A Serenity client's id with Harbor's own service and therapist.
    expect(await code(createStaffBooking({ staff: harborOwner, input: { serviceId: harborService.id, therapistId: harborTherapist.therapistId, startsAt: harborAt, client: { id: serenityClient.id } } }))).toBe("NOT_FOUND");
    // Serenity's service and therapist.
    expect(await code(createStaffBooking({ staff: harborOwner, input: { serviceId: solo.service.id, therapistId: solo.therapist.id, startsAt: at("2026-12-06", 10), client: clientDetails(310) } }))).toBe("NOT_FOUND");
    expect(await prisma.booking.count({ where: { tenantId: harborOwner.tenantId, contactEmail: clientDetails(310).email } })).toBe(0);
  });
});
