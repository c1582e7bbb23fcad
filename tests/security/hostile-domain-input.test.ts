import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { createBooking } from "@/lib/booking/create-booking";
import { cancelBooking } from "@/lib/booking/cancel-booking";
import { addDaysToLocalDate, localDateTimeToInstant } from "@/lib/availability/time-zone";
import { AppError } from "@/lib/errors/app-error";
import type { PrismaClient, Tenant } from "@/lib/generated/prisma/client";
import { isSafeMultiLine, isSafeSingleLine } from "@/lib/validation/text";
import { setupTestDatabase } from "../setup/test-database";
import { TEST_NOW } from "../fixtures/test-clock";
import { confirmHeld, createSoloTherapist, tenantBySlug } from "../fixtures/factories";
import { hostileString, objectNear, spliced } from "../fixtures/hostile-input";

// The domain functions on the real database, fed near-valid and hostile input: a rejection is
// always an AppError (never a driver, Prisma or RangeError) and leaves every table as it was.

const RUNS = 60;
const { db } = setupTestDatabase();
const tz = "America/New_York";
let prisma: PrismaClient;
let tenant: Tenant;
let valid: Record<string, unknown>;
// Free hourly starts over seven weeks, so hostile details mostly meet a bookable time and reach the insert.
const freeStarts = Array.from({ length: 49 * 8 }, (_, i) => ({ date: addDaysToLocalDate("2026-11-27", Math.floor(i / 8)), hour: 9 + (i % 8) }));

const at = (date: string, hour: number) => new Date(localDateTimeToInstant(date, hour * 60, tz)).toISOString();

beforeAll(async () => {
  prisma = await db();
  tenant = await tenantBySlug(prisma, "serenity");
  const { service, therapist } = await createSoloTherapist(prisma, tenant.id);
  valid = {
    serviceId: service.id,
    therapistId: therapist.id,
    startsAt: at("2026-11-25", 10),
    client: { name: "Jane Doe", email: "jane@example.com", phone: "+1 212 555 0199" },
    note: "First visit,\r\nground floor please",
  };
});

async function snapshot(bookingId?: string) {
  return {
    bookings: await prisma.booking.count(),
    clients: await prisma.client.count(),
    events: await prisma.bookingEvent.count(),
    booking: bookingId ? await prisma.booking.findUnique({ where: { tenantId_id: { tenantId: tenant.id, id: bookingId } } }) : null,
  };
}

/** Runs `work`; a failure must be an AppError and must have written nothing. Returns whether it succeeded. */
async function rejectsCleanly(work: () => Promise<unknown>, bookingId?: string): Promise<boolean> {
  const before = await snapshot(bookingId);
  try {
    await work();
    return true;
  } catch (error) {
    if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`, { cause: error });
    expect(await snapshot(bookingId)).toEqual(before);
    return false;
  }
}

async function expectOnlySafeTextStored() {
  const clients = await prisma.client.findMany({ where: { tenantId: tenant.id } });
  for (const c of clients) expect([c.name, c.email, c.phone].every(isSafeSingleLine)).toBe(true);
  const notes = await prisma.booking.findMany({ where: { tenantId: tenant.id, clientNote: { not: null } }, select: { clientNote: true } });
  for (const b of notes) expect(isSafeMultiLine(b.clientNote!)).toBe(true);
}

describe("domain functions under hostile input", () => {
  it("createBooking throws only AppErrors for bad input, writes nothing when it refuses, and stores only safe text", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...freeStarts).chain(({ date, hour }) => objectNear({ ...valid, startsAt: at(date, hour) })), async (input) => {
        await rejectsCleanly(() => createBooking({ tenant, input, now: TEST_NOW }));
      }),
      { numRuns: RUNS },
    );
    await expectOnlySafeTextStored();
  });

  it("hostile text in one free-text field of an otherwise valid booking is refused as an AppError, never a database error", async () => {
    const base = valid as { client: Record<string, string>; note: string };
    const fields = ["name", "email", "phone", "note"] as const;
    const attack = fc.record({
      start: fc.constantFrom(...freeStarts),
      field: fc.constantFrom(...fields),
      text: fc.oneof(...fields.map((f) => spliced(f === "note" ? base.note : base.client[f]!)), hostileString),
    });
    await fc.assert(
      fc.asyncProperty(attack, async ({ start, field, text }) => {
        const input = field === "note" ? { ...valid, note: text } : { ...valid, client: { ...base.client, [field]: text } };
        await rejectsCleanly(() => createBooking({ tenant, input: { ...input, startsAt: at(start.date, start.hour) }, now: TEST_NOW }));
      }),
      { numRuns: 40 },
    );
    await expectOnlySafeTextStored();
  });

  it("cancelBooking throws only AppErrors for bad ids, actors and reasons, and changes nothing when it refuses", async () => {
    const booking = await confirmHeld(prisma, await createBooking({ tenant, input: { ...valid, client: { ...(valid.client as object), email: "cancel-target@example.com" }, startsAt: at("2026-11-26", 14) }, now: TEST_NOW }));
    const near = objectNear({ tenantId: tenant.id, bookingId: booking.id, actor: "client", reason: "Changed plans,\nsorry" });
    await fc.assert(
      fc.asyncProperty(near, async (args) => {
        const cancelled = await rejectsCleanly(() => cancelBooking({ ...(args as object), now: TEST_NOW } as Parameters<typeof cancelBooking>[0]), booking.id);
        if (!cancelled) return;
        const row = await prisma.booking.findUniqueOrThrow({ where: { tenantId_id: { tenantId: tenant.id, id: booking.id } } });
        expect(row.cancelReason === null || isSafeMultiLine(row.cancelReason)).toBe(true);
        // Re-open it, so later runs meet an active booking again.
        await prisma.booking.update({ where: { tenantId_id: { tenantId: tenant.id, id: booking.id } }, data: { status: "CONFIRMED", cancelledAt: null, cancelReason: null } });
      }),
      { numRuns: RUNS },
    );
  });
});
