import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { manualClock, restoreSystemClock, setClock } from "@/lib/time/clock";
import { TEST_NOW } from "../fixtures/test-clock";
import { createBooking } from "@/lib/booking/create-booking";
import { localDateTimeToInstant } from "@/lib/availability/time-zone";
import { startDepositCheckout } from "@/lib/payments/checkout";
import { setupTestDatabase } from "../setup/test-database";
import { setupStripeEmulator } from "../fixtures/stripe-emulator";
import { clientDetails, createSoloTherapist, tenantBySlug } from "../fixtures/factories";

const { db } = setupTestDatabase();
const stripe = setupStripeEmulator();
beforeAll(() => setClock(manualClock(TEST_NOW)));
afterAll(() => restoreSystemClock());

describe("deposit through Checkout", () => {
  it("a paid deposit confirms the held booking by webhook", async () => {
    const prisma = await db();
    const tenant = await tenantBySlug(prisma, "serenity");
    const { service, therapist } = await createSoloTherapist(prisma, tenant.id);
    const startsAt = new Date(localDateTimeToInstant("2026-12-01", 10 * 60, "America/New_York")).toISOString();
    const held = await createBooking({ tenant, input: { serviceId: service.id, therapistId: therapist.id, startsAt, client: clientDetails(901) } });
    expect(held.status).toBe("PENDING");
    const url = await startDepositCheckout({ tenant, bookingId: held.id });
    const sessionId = new URL(url).pathname.split("/").pop()!;
    await stripe.emulator().completeCheckout(sessionId, "4242424242424242");
    await stripe.flush();
    const booking = await prisma.booking.findUniqueOrThrow({ where: { tenantId_id: { tenantId: tenant.id, id: held.id } } });
    expect(booking.status).toBe("CONFIRMED");
    expect(stripe.warnings).toEqual([]);
  });
});
