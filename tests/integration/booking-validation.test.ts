import { beforeAll, describe, expect, it } from "vitest";
import { createBooking } from "@/lib/booking/create-booking";
import { AppError } from "@/lib/errors/app-error";
import { localDateTimeToInstant } from "@/lib/availability/time-zone";
import { setupTestDatabase } from "../setup/test-database";
import { TEST_NOW } from "../fixtures/test-clock";
import { createSoloTherapist, tenantBySlug } from "../fixtures/factories";

// Bad input gets a clear error and writes nothing.

const { db } = setupTestDatabase();
const tz = "America/New_York";
let valid: { serviceId: string; therapistId: string; startsAt: string; client: { name: string; email: string; phone: string } };
let harborServiceId: string;

beforeAll(async () => {
  const prisma = await db();
  const serenity = await tenantBySlug(prisma, "serenity");
  const { service, therapist } = await createSoloTherapist(prisma, serenity.id);
  harborServiceId = (await prisma.service.findFirstOrThrow({ where: { tenant: { slug: "harbor" } } })).id;
  valid = {
    serviceId: service.id,
    therapistId: therapist.id,
    startsAt: new Date(localDateTimeToInstant("2026-11-25", 10 * 60, tz)).toISOString(),
    client: { name: "Jane Doe", email: "jane@example.com", phone: "+1 212 555 0199" },
  };
});

async function expectRejected(input: unknown, code: AppError["code"], message: RegExp) {
  const prisma = await db();
  const before = { bookings: await prisma.booking.count(), clients: await prisma.client.count(), events: await prisma.bookingEvent.count() };
  const tenant = await tenantBySlug(prisma, "serenity");
  const error = await createBooking({ tenant, input, now: TEST_NOW }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  expect(JSON.stringify({ message: (error as AppError).message, fields: (error as AppError).fieldErrors })).toMatch(message);
  expect({ bookings: await prisma.booking.count(), clients: await prisma.client.count(), events: await prisma.bookingEvent.count() }).toEqual(before);
}

const long = (n: number) => "x".repeat(n);

describe("createBooking rejects bad input and writes nothing", () => {
  it.each([
    ["an invalid email", (v: typeof valid) => ({ ...v, client: { ...v.client, email: "not-an-email" } }), "VALIDATION", /valid email/],
    ["an empty name", (v: typeof valid) => ({ ...v, client: { ...v.client, name: " " } }), "VALIDATION", /enter your name/],
    ["an oversized name", (v: typeof valid) => ({ ...v, client: { ...v.client, name: long(5000) } }), "VALIDATION", /too long/],
    ["an oversized note", (v: typeof valid) => ({ ...v, note: long(20_000) }), "VALIDATION", /too long/],
    ["a bad phone", (v: typeof valid) => ({ ...v, client: { ...v.client, phone: "call me" } }), "VALIDATION", /valid phone/],
    ["a number for a name", (v: typeof valid) => ({ ...v, client: { ...v.client, name: 42 } }), "VALIDATION", /name/],
    ["an array for the client", (v: typeof valid) => ({ ...v, client: [] }), "VALIDATION", /client/],
    ["a non-uuid service id", (v: typeof valid) => ({ ...v, serviceId: "1 OR 1=1" }), "VALIDATION", /service/],
    ["a malformed time", (v: typeof valid) => ({ ...v, startsAt: "tomorrow at ten" }), "VALIDATION", /time/],
    ["nothing at all", () => undefined, "VALIDATION", /_form/],
  ] as const)("%s", async (_name, mutate, code, message) => {
    await expectRejected(mutate(valid), code, message);
  });

  it("a time in the past", async () => {
    await expectRejected({ ...valid, startsAt: new Date(TEST_NOW.getTime() - 86_400_000).toISOString() }, "VALIDATION", /not available/);
  });

  it("a time outside working hours", async () => {
    const night = new Date(localDateTimeToInstant("2026-11-25", 22 * 60, tz)).toISOString();
    await expectRejected({ ...valid, startsAt: night }, "VALIDATION", /not available/);
  });

  it("a time off the slot grid", async () => {
    const odd = new Date(localDateTimeToInstant("2026-11-25", 10 * 60 + 7, tz)).toISOString();
    await expectRejected({ ...valid, startsAt: odd }, "VALIDATION", /not available/);
  });

  it("an unknown service", async () => {
    await expectRejected({ ...valid, serviceId: "00000000-0000-4000-8000-000000000000" }, "NOT_FOUND", /service/);
  });

  it("another salon's service", async () => {
    await expectRejected({ ...valid, serviceId: harborServiceId }, "NOT_FOUND", /service/);
  });

  it("a valid request books (the control case)", async () => {
    const prisma = await db();
    const booking = await createBooking({ tenant: await tenantBySlug(prisma, "serenity"), input: valid, now: TEST_NOW });
    // Held while the client pays the deposit; the deposit's webhook confirms it.
    expect(booking.status).toBe("PENDING");
    expect(booking.holdExpiresAt?.getTime()).toBe(TEST_NOW.getTime() + 10 * 60_000);
    expect(booking.startsAt.toISOString()).toBe(valid.startsAt);
    expect(booking.endsAt.getTime() - booking.startsAt.getTime()).toBe(3_600_000);
  });
});
