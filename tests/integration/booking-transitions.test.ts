import { beforeAll, describe, expect, it } from "vitest";
import { cancelBooking } from "@/lib/booking/cancel-booking";
import { createBooking } from "@/lib/booking/create-booking";
import { transitionBooking } from "@/lib/booking/transition";
import { localDateTimeToInstant } from "@/lib/availability/time-zone";
import { isAppError } from "@/lib/errors/app-error";
import { setupTestDatabase } from "../setup/test-database";
import { TEST_NOW } from "../fixtures/test-clock";
import { clientDetails, confirmHeld, createSoloTherapist, tenantBySlug } from "../fixtures/factories";

// State changes are conditional: racing actors change a booking's status once.

const { db } = setupTestDatabase();
let book: (hour: number) => Promise<{ id: string; tenantId: string }>;

beforeAll(async () => {
  const prisma = await db();
  const tenant = await tenantBySlug(prisma, "serenity");
  const { service, therapist } = await createSoloTherapist(prisma, tenant.id);
  book = async (hour) => {
    const startsAt = new Date(localDateTimeToInstant("2026-11-30", hour * 60, "America/New_York")).toISOString();
    return confirmHeld(prisma, await createBooking({ tenant, now: TEST_NOW, input: { serviceId: service.id, therapistId: therapist.id, startsAt, client: clientDetails(hour) } }));
  };
});

describe("booking transitions", () => {
  it("a change based on a stale read changes nothing and says what happened", async () => {
    const prisma = await db();
    const booking = await book(9);
    await cancelBooking({ tenantId: booking.tenantId, bookingId: booking.id, actor: "client", now: TEST_NOW });
    // Someone who read CONFIRMED before the cancel now tries to complete it.
    const error = await prisma
      .$transaction((tx) => transitionBooking(tx, { tenantId: booking.tenantId, bookingId: booking.id, from: "CONFIRMED", to: "COMPLETED", actor: "staff", now: TEST_NOW }))
      .catch((e: unknown) => e);
    expect(isAppError(error, "CONFLICT") && error.message).toBe("This booking was just changed and is now cancelled");
    const after = await prisma.booking.findUniqueOrThrow({ where: { tenantId_id: { tenantId: booking.tenantId, id: booking.id } }, include: { events: true } });
    expect(after.status).toBe("CANCELLED");
    expect(after.events.map((e) => e.toStatus).sort()).toEqual(["CANCELLED", "CONFIRMED", "PENDING"]);
  });

  it("ten simultaneous cancellations cancel once and write one event", async () => {
    const prisma = await db();
    const booking = await book(11);
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, (_, i) => cancelBooking({ tenantId: booking.tenantId, bookingId: booking.id, actor: `client-${i}`, now: TEST_NOW })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results) if (r.status === "rejected") expect(isAppError(r.reason, "CONFLICT")).toBe(true);
    const events = await prisma.bookingEvent.findMany({ where: { tenantId: booking.tenantId, bookingId: booking.id, toStatus: "CANCELLED" } });
    expect(events).toHaveLength(1);
  });

  it("a transition the state machine forbids is refused before any write", async () => {
    const prisma = await db();
    const booking = await book(13);
    const error = await prisma
      .$transaction((tx) => transitionBooking(tx, { tenantId: booking.tenantId, bookingId: booking.id, from: "CANCELLED", to: "CONFIRMED", actor: "staff", now: TEST_NOW }))
      .catch((e: unknown) => e);
    expect(isAppError(error, "CONFLICT")).toBe(true);
    expect((await prisma.booking.findUniqueOrThrow({ where: { tenantId_id: { tenantId: booking.tenantId, id: booking.id } } })).status).toBe("CONFIRMED");
  });

  it("another salon's booking id transitions nothing", async () => {
    const prisma = await db();
    const booking = await book(15);
    const harbor = await tenantBySlug(prisma, "harbor");
    const error = await prisma
      .$transaction((tx) => transitionBooking(tx, { tenantId: harbor.id, bookingId: booking.id, from: "CONFIRMED", to: "CANCELLED", actor: "x", now: TEST_NOW }))
      .catch((e: unknown) => e);
    expect(isAppError(error, "NOT_FOUND")).toBe(true);
    expect((await prisma.booking.findUniqueOrThrow({ where: { tenantId_id: { tenantId: booking.tenantId, id: booking.id } } })).status).toBe("CONFIRMED");
  });
});
