import { beforeAll, describe, expect, it } from "vitest";
import { createBooking } from "@/lib/booking/create-booking";
import { findSlots } from "@/lib/booking/find-slots";
import { localDateTimeToInstant } from "@/lib/availability/time-zone";
import type { Tenant } from "@/lib/generated/prisma/client";
import { setupTestDatabase } from "../setup/test-database";
import { TEST_NOW } from "../fixtures/test-clock";
import { clientDetails, createSoloTherapist, tenantBySlug } from "../fixtures/factories";

// Mobile (outcall) sessions: the client's address is asked for and kept; the salon's travel
// buffer is blocked around the session in availability and in the booking's guarded range.

const { db } = setupTestDatabase();
let serenity: Tenant;
let solo: Awaited<ReturnType<typeof createSoloTherapist>>;
const ADDRESS = { line1: "55 Water Street", city: "Brooklyn", postalCode: "11201", directions: "Buzz 4B" };
const at = (hour: number, minute = 0) => new Date(localDateTimeToInstant("2026-12-01", hour * 60 + minute, "America/New_York")).toISOString();

beforeAll(async () => {
  const prisma = await db();
  serenity = await prisma.tenant.update({ where: { id: (await tenantBySlug(prisma, "serenity")).id }, data: { travelBufferMinutes: 45 } });
  solo = await createSoloTherapist(prisma, serenity.id);
  await prisma.service.update({ where: { tenantId_id: { tenantId: serenity.id, id: solo.service.id } }, data: { locationType: "MOBILE", bufferBeforeMinutes: 0, bufferAfterMinutes: 0 } });
});

const input = (startsAt: string, n: number, extra: object = {}) => ({ serviceId: solo.service.id, therapistId: solo.therapist.id, startsAt, client: clientDetails(n), ...extra });

describe("mobile sessions", () => {
  it("need the client's address, and keep it on the booking", async () => {
    await expect(createBooking({ tenant: serenity, now: TEST_NOW, input: input(at(11), 901) })).rejects.toMatchObject({ code: "VALIDATION" });
    const booking = await createBooking({ tenant: serenity, now: TEST_NOW, input: input(at(11), 901, { visitAddress: ADDRESS }) });
    expect(booking.visitAddress).toEqual(ADDRESS);
  });

  it("block the travel buffer before and after, so no session can start inside it", async () => {
    const prisma = await db();
    const booking = await prisma.booking.findFirstOrThrow({ where: { tenantId: serenity.id, therapistId: solo.therapist.id, startsAt: new Date(at(11)) } });
    expect(booking.blockStartsAt.toISOString()).toBe(new Date(new Date(at(11)).getTime() - 45 * 60_000).toISOString());
    expect(booking.blockEndsAt.toISOString()).toBe(new Date(new Date(at(12)).getTime() + 45 * 60_000).toISOString());
    const { slots } = await findSlots({ tenantId: serenity.id, serviceId: solo.service.id, therapistId: solo.therapist.id, fromDate: "2026-12-01", toDate: "2026-12-01", now: TEST_NOW });
    const starts = slots.map((s) => new Date(s.start).toISOString());
    // Both sessions travel 45 minutes each way: the blocked 10:15–12:45 keeps another mobile
    // session (60 min + 45 each side) from starting before 13:30; none fits before it from 09:00.
    expect(starts.filter((s) => s < at(13, 30))).toEqual([]);
    expect(starts).toContain(at(13, 30));
    await expect(createBooking({ tenant: serenity, now: TEST_NOW, input: input(at(13), 902, { visitAddress: ADDRESS }) })).rejects.toMatchObject({ code: expect.stringMatching(/SLOT_TAKEN|VALIDATION/) });
  });

  it("a studio service refuses an address", async () => {
    const prisma = await db();
    const studio = await createSoloTherapist(prisma, serenity.id);
    await expect(createBooking({ tenant: serenity, now: TEST_NOW, input: { serviceId: studio.service.id, therapistId: studio.therapist.id, startsAt: at(11), client: clientDetails(903), visitAddress: ADDRESS } })).rejects.toMatchObject({ code: "VALIDATION" });
  });
});
