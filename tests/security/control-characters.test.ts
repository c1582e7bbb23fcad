import { beforeAll, describe, expect, it } from "vitest";
import { createBooking } from "@/lib/booking/create-booking";
import { cancelBooking } from "@/lib/booking/cancel-booking";
import { manageToken } from "@/lib/booking/manage-token";
import { cancelBookingAction } from "@/lib/actions/cancel-booking";
import { saveDetailsAction } from "@/lib/actions/save-details";
import { localDateTimeToInstant } from "@/lib/availability/time-zone";
import { AppError } from "@/lib/errors/app-error";
import type { PrismaClient, Tenant } from "@/lib/generated/prisma/client";
import { setupTestDatabase } from "../setup/test-database";
import { TEST_NOW } from "../fixtures/test-clock";
import { confirmHeld, createSoloTherapist, tenantBySlug } from "../fixtures/factories";

// PostgreSQL refuses NUL in text (SQLSTATE 22021): before these fixes such input reached the
// insert and the client saw a 500. Now the schema refuses it with a message on the field.

const { db } = setupTestDatabase();
const tz = "America/New_York";
let prisma: PrismaClient;
let tenant: Tenant;
let valid: { serviceId: string; therapistId: string; startsAt: string; client: { name: string; email: string; phone: string }; note?: string };

const at = (date: string, hour: number) => new Date(localDateTimeToInstant(date, hour * 60, tz)).toISOString();

beforeAll(async () => {
  prisma = await db();
  tenant = await tenantBySlug(prisma, "serenity");
  const { service, therapist } = await createSoloTherapist(prisma, tenant.id);
  valid = { serviceId: service.id, therapistId: therapist.id, startsAt: at("2026-11-25", 10), client: { name: "Jane Doe", email: "jane@example.com", phone: "+1 212 555 0199" } };
});

async function counts() {
  return { bookings: await prisma.booking.count(), clients: await prisma.client.count(), events: await prisma.bookingEvent.count() };
}

async function rejection(work: () => Promise<unknown>): Promise<AppError> {
  const error = await work().then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("control characters in free text never reach the database", () => {
  it.each([
    ["a NUL character in a name", { client: { name: "Jane\u0000Doe" } }, "client.name"],
    ["a NUL character in a note", { note: "Ground floor\u0000please" }, "note"],
    ["a line break in a name", { client: { name: "Jane\nDoe" } }, "client.name"],
    ["an escape character in a phone number", { client: { phone: "+1 212 555 0199\u001b" } }, "client.phone"],
    ["a bidi override in a name", { client: { name: "Jane \u202eeoD" } }, "client.name"],
    ["a lone surrogate in a note", { note: "hello \ud800 there" }, "note"],
  ] as const)("%s is refused with a field message, not a database error", async (_what, patch, field) => {
    const before = await counts();
    const input = { ...valid, ...patch, client: { ...valid.client, ...("client" in patch ? patch.client : {}) } };
    const error = await rejection(() => createBooking({ tenant, input, now: TEST_NOW }));
    expect(error.code).toBe("VALIDATION");
    expect(error.fieldErrors?.[field]?.[0]).toMatch(/special characters/);
    expect(await counts()).toEqual(before);
  });

  it("a NUL character in a cancel reason is refused and the booking stays booked", async () => {
    const booking = await confirmHeld(prisma, await createBooking({ tenant, input: { ...valid, startsAt: at("2026-11-26", 11) }, now: TEST_NOW }));
    const error = await rejection(() => cancelBooking({ tenantId: tenant.id, bookingId: booking.id, actor: "client", reason: "changed\u0000plans", now: TEST_NOW }));
    expect(error.code).toBe("VALIDATION");
    expect(error.fieldErrors?.reason?.[0]).toMatch(/special characters/);
    expect((await prisma.booking.findUniqueOrThrow({ where: { tenantId_id: { tenantId: tenant.id, id: booking.id } } })).status).toBe("CONFIRMED");
  });

  it("the cancel form explains a NUL character in the reason instead of failing", async () => {
    const booking = await confirmHeld(prisma, await createBooking({ tenant, input: { ...valid, startsAt: at("2026-11-27", 12) }, now: TEST_NOW }));
    const form = new FormData();
    form.set("salon", "serenity");
    form.set("booking", booking.id);
    form.set("token", manageToken(tenant.id, booking.id));
    form.set("reason", "changed\u0000plans");
    expect(await cancelBookingAction(null, form)).toMatchObject({ ok: false, code: "VALIDATION", message: expect.stringMatching(/special characters/) });
    expect((await prisma.booking.findUniqueOrThrow({ where: { tenantId_id: { tenantId: tenant.id, id: booking.id } } })).status).toBe("CONFIRMED");
  });

  it("the details step explains a NUL character on the name field and keeps nothing", async () => {
    const form = new FormData();
    for (const [k, v] of Object.entries({ salon: "serenity", service: valid.serviceId, therapist: "any", start: valid.startsAt })) form.set(k, v);
    for (const [k, v] of Object.entries({ name: "Jane\u0000Doe", email: "jane@example.com", phone: "+1 212 555 0199", note: "" })) form.set(k, v);
    const state = await saveDetailsAction(null, form);
    expect(state.ok).toBe(false);
    if (state.ok) return;
    expect(state.fieldErrors?.name?.[0]).toMatch(/special characters/);
    expect(state.message).toMatch(/highlighted/);
    expect(state.values?.email).toBe("jane@example.com");
  });
});
