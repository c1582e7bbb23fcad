import { beforeAll, describe, expect, it } from "vitest";
import { createBooking } from "@/lib/booking/create-booking";
import { cancelBooking } from "@/lib/booking/cancel-booking";
import { findSlots } from "@/lib/booking/find-slots";
import { localDateTimeToInstant } from "@/lib/availability/time-zone";
import { setupTestDatabase } from "../setup/test-database";
import { TEST_NOW } from "../fixtures/test-clock";
import { clientDetails, createSoloTherapist, tenantBySlug } from "../fixtures/factories";

// The search reads schedules and bookings from the database: a booking (buffers included)
// removes the starts it overlaps, and cancelling it gives them back.

const { db } = setupTestDatabase();
const tz = "America/New_York";
const DAY = "2026-11-25";
const at = (hour: number, minute = 0) => localDateTimeToInstant(DAY, hour * 60 + minute, tz);
let fixture: Awaited<ReturnType<typeof createSoloTherapist>>;
let tenantId: string;

beforeAll(async () => {
  const prisma = await db();
  tenantId = (await tenantBySlug(prisma, "serenity")).id;
  fixture = await createSoloTherapist(prisma, tenantId, { bufferAfterMinutes: 15 });
});

async function starts() {
  const { slots } = await findSlots({ tenantId, serviceId: fixture.service.id, therapistId: fixture.therapist.id, fromDate: DAY, toDate: DAY, now: TEST_NOW });
  return slots.map((s) => s.start);
}

describe("findSlots against the database", () => {
  it("offers every quarter hour of a free 09:00–17:00 day that fits a 60 + 15 minute session", async () => {
    const free = await starts();
    expect(free[0]).toBe(at(9));
    expect(free.at(-1)).toBe(at(16));
    expect(free).toHaveLength(29);
  });

  it("a booking removes the starts whose blocked time would overlap it, and cancelling restores them", async () => {
    const prisma = await db();
    const tenant = await tenantBySlug(prisma, "serenity");
    const input = { serviceId: fixture.service.id, therapistId: fixture.therapist.id, startsAt: new Date(at(12)).toISOString(), client: clientDetails(501) };
    const booking = await createBooking({ tenant, input, now: TEST_NOW });
    const after = await starts();
    // Blocked 12:00–13:15; a new session blocks [s, s + 75 min): s in (10:45, 13:15) is gone.
    expect(after).toContain(at(10, 45));
    expect(after).not.toContain(at(11));
    expect(after).not.toContain(at(13));
    expect(after).toContain(at(13, 15));
    expect(after).toHaveLength(29 - 9);
    await cancelBooking({ tenantId, bookingId: booking.id, actor: "client", now: TEST_NOW });
    expect(await starts()).toHaveLength(29);
  });

  it("time off removes the hours it covers", async () => {
    const prisma = await db();
    await prisma.timeOff.create({ data: { tenantId, therapistId: fixture.therapist.id, startsAt: new Date(at(9)), endsAt: new Date(at(13)) } });
    const free = await starts();
    expect(free[0]).toBe(at(13));
  });
});
