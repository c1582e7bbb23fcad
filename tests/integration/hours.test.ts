import { beforeAll, describe, expect, it } from "vitest";
import { createBooking } from "@/lib/booking/create-booking";
import { findSlots } from "@/lib/booking/find-slots";
import { localDateTimeToInstant } from "@/lib/availability/time-zone";
import { addTimeOff, getHours, removeTimeOff, setWeeklyHours, StrandedBookingsError } from "@/lib/hours/update-hours";
import { JOB_SCHEMA } from "@/lib/jobs/queue";
import type { Tenant } from "@/lib/generated/prisma/client";
import { setupTestDatabase } from "../setup/test-database";
import { TEST_NOW } from "../fixtures/test-clock";
import { clientDetails, confirmHeld, createSoloTherapist, tenantBySlug } from "../fixtures/factories";

// Editing hours and time off changes public availability at once; a change that would strand
// confirmed bookings is refused until the caller keeps or cancels them.

const { db } = setupTestDatabase();
let serenity: Tenant;
let harbor: Tenant;
let solo: Awaited<ReturnType<typeof createSoloTherapist>>;
const NY = "America/New_York";
const at = (date: string, minute: number) => new Date(localDateTimeToInstant(date, minute, NY));
// 2026-12-01 is a Tuesday.
const TUESDAY = "2026-12-01";

async function starts(date: string): Promise<string[]> {
  const { slots } = await findSlots({ tenantId: serenity.id, serviceId: solo.service.id, therapistId: solo.therapist.id, fromDate: date, toDate: date, now: TEST_NOW });
  return slots.map((s) => new Date(s.start).toISOString());
}

beforeAll(async () => {
  const prisma = await db();
  serenity = await tenantBySlug(prisma, "serenity");
  harbor = await tenantBySlug(prisma, "harbor");
  solo = await createSoloTherapist(prisma, serenity.id);
});

describe("weekly hours", () => {
  it("a new week shows at once in public availability, breaks included", async () => {
    await setWeeklyHours({ tenantId: serenity.id, therapistId: solo.therapist.id, actor: "test", now: TEST_NOW, blocks: [{ weekday: 2, startMinute: 600, endMinute: 720 }, { weekday: 2, startMinute: 780, endMinute: 900 }] });
    const tuesday = await starts(TUESDAY);
    expect(tuesday[0]).toBe(at(TUESDAY, 600).toISOString());
    expect(tuesday).not.toContain(at(TUESDAY, 690).toISOString()); // would run into the break
    expect(tuesday).toContain(at(TUESDAY, 780).toISOString());
    expect(await starts("2026-12-02")).toEqual([]);
    expect((await getHours(serenity.id, solo.therapist.id, TEST_NOW)).rules).toHaveLength(2);
  });

  it("a change that strands a confirmed booking is refused and changes nothing; 'keep' honours it, 'cancel' refunds and frees it", async () => {
    const prisma = await db();
    const held = await createBooking({ tenant: serenity, now: TEST_NOW, input: { serviceId: solo.service.id, therapistId: solo.therapist.id, startsAt: at(TUESDAY, 600).toISOString(), client: clientDetails(951) } });
    const booking = await confirmHeld(prisma, held, TEST_NOW);
    const afternoonsOnly = [{ weekday: 2, startMinute: 780, endMinute: 900 }];
    const refused = await setWeeklyHours({ tenantId: serenity.id, therapistId: solo.therapist.id, actor: "test", now: TEST_NOW, blocks: afternoonsOnly }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(StrandedBookingsError);
    expect((refused as StrandedBookingsError).bookings.map((b) => b.id)).toEqual([booking.id]);
    expect((await getHours(serenity.id, solo.therapist.id, TEST_NOW)).rules).toHaveLength(2);

    const kept = await setWeeklyHours({ tenantId: serenity.id, therapistId: solo.therapist.id, actor: "test", now: TEST_NOW, blocks: afternoonsOnly, decision: "keep" });
    expect(kept.kept.map((b) => b.id)).toEqual([booking.id]);
    expect((await prisma.booking.findUniqueOrThrow({ where: { tenantId_id: { tenantId: serenity.id, id: booking.id } } })).status).toBe("CONFIRMED");

    const cancelled = await setWeeklyHours({ tenantId: serenity.id, therapistId: solo.therapist.id, actor: "staff:test", now: TEST_NOW, blocks: [{ weekday: 2, startMinute: 840, endMinute: 900 }], decision: "cancel" });
    expect(cancelled.cancelled.map((b) => b.id)).toEqual([booking.id]);
    expect((await prisma.booking.findUniqueOrThrow({ where: { tenantId_id: { tenantId: serenity.id, id: booking.id } } })).status).toBe("CANCELLED");
    const jobs = await prisma.$queryRawUnsafe<{ name: string }[]>(`SELECT name FROM ${JOB_SCHEMA}.job WHERE data->>'bookingId' = $1`, booking.id);
    expect(jobs.map((j) => j.name)).toContain("booking.send-cancellation");
  });

  it("refuses overlapping blocks, and another salon's therapist", async () => {
    await expect(setWeeklyHours({ tenantId: serenity.id, therapistId: solo.therapist.id, actor: "test", now: TEST_NOW, blocks: [{ weekday: 3, startMinute: 600, endMinute: 700 }, { weekday: 3, startMinute: 650, endMinute: 800 }] })).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(setWeeklyHours({ tenantId: harbor.id, therapistId: solo.therapist.id, actor: "test", now: TEST_NOW, blocks: [] })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await getHours(serenity.id, solo.therapist.id, TEST_NOW)).rules).toEqual([{ weekday: 2, startMinute: 840, endMinute: 900 }]);
  });
});

describe("time off", () => {
  it("blocks availability at once and frees it when removed; strands bookings like hours do", async () => {
    await setWeeklyHours({ tenantId: serenity.id, therapistId: solo.therapist.id, actor: "test", now: TEST_NOW, blocks: [0, 1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, startMinute: 540, endMinute: 1020 })) });
    const date = "2026-12-03";
    expect((await starts(date)).length).toBeGreaterThan(0);
    const { timeOff } = await addTimeOff({ tenantId: serenity.id, therapistId: solo.therapist.id, startsAt: at(date, 0), endsAt: at("2026-12-04", 0), reason: "Course", actor: "test", now: TEST_NOW });
    expect(await starts(date)).toEqual([]);
    await expect(removeTimeOff({ tenantId: harbor.id, therapistId: solo.therapist.id, timeOffId: timeOff.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await removeTimeOff({ tenantId: serenity.id, therapistId: solo.therapist.id, timeOffId: timeOff.id });
    expect((await starts(date)).length).toBeGreaterThan(0);

    const prisma = await db();
    const held = await createBooking({ tenant: serenity, now: TEST_NOW, input: { serviceId: solo.service.id, therapistId: solo.therapist.id, startsAt: at(date, 600).toISOString(), client: clientDetails(952) } });
    await confirmHeld(prisma, held, TEST_NOW);
    await expect(addTimeOff({ tenantId: serenity.id, therapistId: solo.therapist.id, startsAt: at(date, 0), endsAt: at("2026-12-04", 0), actor: "test", now: TEST_NOW })).rejects.toBeInstanceOf(StrandedBookingsError);
    expect(await prisma.timeOff.count({ where: { tenantId: serenity.id, therapistId: solo.therapist.id } })).toBe(0);
  });
});

describe("whose schedule", () => {
  it("a therapist manages only their own; an owner any of their salon's, never another salon's", async () => {
    const prisma = await db();
    const { scheduleTherapistFor } = await import("@/lib/hours/schedule-access");
    const { staffContextFor } = await import("../fixtures/factories");
    const maya = await staffContextFor(prisma, "maya@serenity.test");
    const leo = await prisma.therapistProfile.findFirstOrThrow({ where: { tenantId: serenity.id, displayName: "Leo Park" } });
    expect((await scheduleTherapistFor(maya)).id).toBe(maya.therapistId);
    await expect(scheduleTherapistFor(maya, leo.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    const owner = await staffContextFor(prisma, "owner@serenity.test");
    expect((await scheduleTherapistFor(owner, leo.id)).displayName).toBe("Leo Park");
    const harborOwner = await staffContextFor(prisma, "owner@harbor.test");
    await expect(scheduleTherapistFor(harborOwner, leo.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(scheduleTherapistFor(harborOwner, "not-an-id")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
