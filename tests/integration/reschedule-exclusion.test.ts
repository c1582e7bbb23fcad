import { beforeAll, describe, expect, it, vi } from "vitest";
import { localDateTimeToInstant } from "@/lib/availability/time-zone";
import { createBooking } from "@/lib/booking/create-booking";
import { checkStart } from "@/lib/booking/check-start";
import { rescheduleBooking } from "@/lib/booking/reschedule-booking";
import type { Tenant } from "@/lib/generated/prisma/client";
import { TEST_NOW } from "../fixtures/test-clock";
import { clientDetails, confirmHeld, countOverlappingActiveBookings, createSoloTherapist, tenantBySlug } from "../fixtures/factories";
import { jobNames, reload } from "../fixtures/payments";
import { setupTestDatabase } from "../setup/test-database";

// The exclusion constraint has the final word on a move, whatever the availability check said:
// here the check is made to answer "free" for a time another booking holds (as a check that ran
// a moment before that booking committed would), and the move must still end in SLOT_TAKEN
// with nothing changed, no event, no email.

vi.mock("@/lib/booking/check-start", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/booking/check-start")>();
  return {
    ...original,
    checkStart: async (args: Parameters<typeof original.checkStart>[0]) => {
      const real = await original.checkStart(args);
      if (real.status !== "taken") return real;
      const anyDay = await original.checkStart({ ...args, start: args.start + 7 * 86_400_000 });
      if (anyDay.status !== "ok") throw new Error("the stale answer needs a free week later");
      return { ...anyDay, slot: { start: args.start, therapistIds: [args.therapistId] } };
    },
  };
});

const { db } = setupTestDatabase();
const at = (hour: number) => new Date(localDateTimeToInstant("2026-12-01", hour * 60, "America/New_York")).toISOString();
let serenity: Tenant;
let solo: Awaited<ReturnType<typeof createSoloTherapist>>;

beforeAll(async () => {
  const prisma = await db();
  serenity = await tenantBySlug(prisma, "serenity");
  solo = await createSoloTherapist(prisma, serenity.id);
});

describe("a move that the availability check let through", () => {
  it("is refused by the exclusion constraint: SLOT_TAKEN, the booking as it was", async () => {
    const prisma = await db();
    const book = async (hour: number, n: number) =>
      confirmHeld(prisma, await createBooking({ tenant: serenity, now: TEST_NOW, input: { serviceId: solo.service.id, therapistId: solo.therapist.id, startsAt: at(hour), client: clientDetails(n) } }), TEST_NOW);
    const moving = await book(10, 1);
    await book(14, 2);
    const jobsBefore = await jobNames(prisma, moving.id);
    // The (stale) check lets 14:00 through, so only the constraint can refuse it.
    const check = await checkStart({ tenantId: serenity.id, serviceId: solo.service.id, therapistId: solo.therapist.id, start: Date.parse(at(14)), now: TEST_NOW, exceptBookingId: moving.id });
    expect(check.status).toBe("ok");

    await expect(rescheduleBooking({ tenantId: serenity.id, bookingId: moving.id, mover: { kind: "client" }, now: TEST_NOW, input: { startsAt: at(14) } })).rejects.toMatchObject({ code: "SLOT_TAKEN" });

    const after = await reload(prisma, moving);
    expect(after).toMatchObject({ startsAt: moving.startsAt, blockStartsAt: moving.blockStartsAt, therapistId: moving.therapistId, updatedAt: moving.updatedAt });
    expect(await prisma.bookingEvent.count({ where: { tenantId: serenity.id, bookingId: moving.id, note: { startsWith: "moved" } } })).toBe(0);
    expect(await jobNames(prisma, moving.id)).toEqual(jobsBefore);
    expect(await countOverlappingActiveBookings(prisma)).toBe(0);
  });
});
