import { beforeAll, describe, expect, it } from "vitest";
import { createBooking } from "@/lib/booking/create-booking";
import { getClientBooking } from "@/lib/booking/public-queries";
import { localDateTimeToInstant } from "@/lib/availability/time-zone";
import { setupTestDatabase } from "../setup/test-database";
import { TEST_NOW } from "../fixtures/test-clock";
import { createSoloTherapist, tenantBySlug } from "../fixtures/factories";

// A booker who has not proved an email changes nothing stored for it (decision 006), and one
// confirmation makes one booking however often it arrives.

const { db } = setupTestDatabase();
const tz = "America/New_York";
let serviceId: string;
let therapistId: string;
let hour = 9;

function nextStart(): string {
  hour += 1;
  return new Date(localDateTimeToInstant("2026-11-26", hour * 60, tz)).toISOString();
}

beforeAll(async () => {
  const prisma = await db();
  const solo = await createSoloTherapist(prisma, (await tenantBySlug(prisma, "serenity")).id);
  serviceId = solo.service.id;
  therapistId = solo.therapist.id;
});

async function ava() {
  const prisma = await db();
  const tenant = await tenantBySlug(prisma, "serenity");
  return prisma.client.findUniqueOrThrow({ where: { tenantId_email: { tenantId: tenant.id, email: "ava.williams@example.com" } } });
}

describe("bookers who have not proved their email", () => {
  it("booking under someone's email with a new name and phone leaves their stored details alone", async () => {
    const prisma = await db();
    const tenant = await tenantBySlug(prisma, "serenity");
    const before = await ava();
    const attacker = { name: "Mallory Attacker", email: "AVA.WILLIAMS@example.com", phone: "+1 999 555 0000" };
    const booking = await createBooking({ tenant, now: TEST_NOW, input: { serviceId, therapistId, startsAt: nextStart(), client: attacker } });
    expect(await ava()).toEqual(before);
    // The booking attaches to the client and keeps the details it was made with.
    expect(booking.clientId).toBe(before.id);
    expect(booking).toMatchObject({ contactName: "Mallory Attacker", contactEmail: "ava.williams@example.com", contactPhone: "+1 999 555 0000" });
    // Ava's other bookings still show her details; the manage page of this one shows only what the booker typed.
    const hers = await prisma.booking.findFirstOrThrow({ where: { tenantId: tenant.id, clientId: before.id, id: { not: booking.id } } });
    expect(hers.contactName).toBe(before.name);
    const managed = await getClientBooking(tenant.id, booking.id);
    expect(managed).not.toHaveProperty("client");
    expect(JSON.stringify(managed)).not.toContain(before.phone);
  });

  it("a client signed in by email link may update their own details by booking", async () => {
    const prisma = await db();
    const tenant = await tenantBySlug(prisma, "serenity");
    const details = { name: "Ava Williams-Park", email: "ava.williams@example.com", phone: "+1 212 555 0142" };
    await createBooking({ tenant, now: TEST_NOW, verifiedEmail: "ava.williams@example.com", input: { serviceId, therapistId, startsAt: nextStart(), client: details } });
    expect(await ava()).toMatchObject({ name: "Ava Williams-Park", phone: "+1 212 555 0142" });
  });

  it("being signed in as someone else gives no right to change this email's record", async () => {
    const tenant = await tenantBySlug(await db(), "serenity");
    const before = await ava();
    await createBooking({ tenant, now: TEST_NOW, verifiedEmail: "other@example.com", input: { serviceId, therapistId, startsAt: nextStart(), client: { name: "Not Ava", email: "ava.williams@example.com", phone: "+1 212 555 0000" } } });
    expect(await ava()).toEqual(before);
  });
});

describe("confirming twice makes one booking", () => {
  it("a retry with the same key returns the booking already made, even though its slot is now taken", async () => {
    const prisma = await db();
    const tenant = await tenantBySlug(prisma, "serenity");
    const input = { serviceId, therapistId, startsAt: nextStart(), client: { name: "Retry Person", email: "retry@example.com", phone: "+1 212 555 0101" } };
    const first = await createBooking({ tenant, now: TEST_NOW, input, idempotencyKey: "key-retry" });
    const again = await createBooking({ tenant, now: TEST_NOW, input, idempotencyKey: "key-retry" });
    expect(first.replayed).toBe(false);
    expect(again).toMatchObject({ id: first.id, replayed: true });
    expect(await prisma.booking.count({ where: { tenantId: tenant.id, contactEmail: "retry@example.com" } })).toBe(1);
  });

  it("ten simultaneous confirmations of one draft for 'any therapist' make exactly one booking", async () => {
    const prisma = await db();
    const tenant = await tenantBySlug(prisma, "serenity");
    const service = await prisma.service.findFirstOrThrow({ where: { tenantId: tenant.id, slug: "swedish-60" } }).catch(() => prisma.service.findFirstOrThrow({ where: { tenantId: tenant.id, active: true } }));
    const { findSlots } = await import("@/lib/booking/find-slots");
    const { slots } = await findSlots({ tenantId: tenant.id, serviceId: service.id, therapistId: "any", fromDate: "2026-11-27", toDate: "2026-11-27", now: TEST_NOW });
    const slot = slots.find((s) => s.therapistIds.length >= 2) ?? slots[0]!;
    const input = { serviceId: service.id, therapistId: "any", startsAt: new Date(slot.start).toISOString(), client: { name: "Two Tabs", email: "tabs@example.com", phone: "+1 212 555 0102" } };
    const results = await Promise.all(Array.from({ length: 10 }, () => createBooking({ tenant, now: TEST_NOW, input, idempotencyKey: "key-tabs" })));
    expect(new Set(results.map((b) => b.id)).size).toBe(1);
    expect(results.filter((b) => !b.replayed)).toHaveLength(1);
    expect(await prisma.booking.count({ where: { tenantId: tenant.id, contactEmail: "tabs@example.com" } })).toBe(1);
  });

  it("the same key in another salon is another booking (keys are per salon)", async () => {
    const prisma = await db();
    const harbor = await tenantBySlug(prisma, "harbor");
    const service = await prisma.service.findFirstOrThrow({ where: { tenantId: harbor.id, active: true } });
    const { findSlots } = await import("@/lib/booking/find-slots");
    const { slots } = await findSlots({ tenantId: harbor.id, serviceId: service.id, therapistId: "any", fromDate: "2026-11-27", toDate: "2026-11-27", now: TEST_NOW });
    const booking = await createBooking({ tenant: harbor, now: TEST_NOW, idempotencyKey: "key-retry", input: { serviceId: service.id, therapistId: "any", startsAt: new Date(slots[0]!.start).toISOString(), client: { name: "Harbor Person", email: "hp@example.com", phone: "+44 20 7946 0000" } } });
    expect(booking.replayed).toBe(false);
    expect(booking.tenantId).toBe(harbor.id);
  });
});
