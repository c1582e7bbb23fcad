import { beforeAll, describe, expect, it } from "vitest";
import { createBooking } from "@/lib/booking/create-booking";
import { isAppError } from "@/lib/errors/app-error";
import { localDateTimeToInstant } from "@/lib/availability/time-zone";
import { setupTestDatabase } from "../setup/test-database";
import { TEST_NOW } from "../fixtures/test-clock";
import { clientDetails, countOverlappingActiveBookings, createSoloTherapist, tenantBySlug } from "../fixtures/factories";
import { bookingContact } from "@/lib/booking/contact";

// 200 clients race for overlapping times with one therapist. Whatever the interleaving, the
// database must end with non-overlapping bookings and every loser must get "just booked".

const { db } = setupTestDatabase();
const ATTEMPTS = 200;
const DAY = "2026-11-25";

type Outcome = { ok: true; start: number } | { ok: false; code: string };

async function race(tenantSlug: string, serviceId: string, therapistId: string, starts: number[]): Promise<Outcome[]> {
  const prisma = await db();
  const tenant = await tenantBySlug(prisma, tenantSlug);
  return Promise.all(
    starts.map(async (start, i): Promise<Outcome> => {
      try {
        const input = { serviceId, therapistId, startsAt: new Date(start).toISOString(), client: clientDetails(i % 37) };
        await createBooking({ tenant, input, now: TEST_NOW });
        return { ok: true, start };
      } catch (error) {
        if (isAppError(error)) return { ok: false, code: error.code };
        throw error;
      }
    }),
  );
}

describe("concurrent booking of one therapist", () => {
  let fixture: Awaited<ReturnType<typeof createSoloTherapist>>;
  const tz = "America/New_York";
  beforeAll(async () => {
    const prisma = await db();
    fixture = await createSoloTherapist(prisma, (await tenantBySlug(prisma, "serenity")).id);
  });

  it(`${ATTEMPTS} attempts at four distinct hours give exactly one booking per hour`, async () => {
    const hours = [10, 11, 12, 13].map((h) => localDateTimeToInstant(DAY, h * 60, tz));
    const starts = Array.from({ length: ATTEMPTS }, (_, i) => hours[i % hours.length]!);
    const outcomes = await race("serenity", fixture.service.id, fixture.therapist.id, starts);
    const winners = outcomes.filter((o) => o.ok);
    expect(winners).toHaveLength(4);
    expect(new Set(winners.map((w) => (w as { start: number }).start)).size).toBe(4);
    expect(outcomes.filter((o) => !o.ok).every((o) => !o.ok && o.code === "SLOT_TAKEN")).toBe(true);
    const prisma = await db();
    expect(await prisma.booking.count({ where: { therapistId: fixture.therapist.id, status: "PENDING" } })).toBe(4);
    expect(await countOverlappingActiveBookings(prisma)).toBe(0);
  });

  it(`${ATTEMPTS} attempts at overlapping quarter hours leave no overlap`, async () => {
    const day = "2026-11-26";
    // Every quarter hour from 09:00 to 15:45: each one overlaps its three neighbours.
    const quarterHours = Array.from({ length: 28 }, (_, q) => localDateTimeToInstant(day, 9 * 60 + q * 15, tz));
    const starts = Array.from({ length: ATTEMPTS }, (_, i) => quarterHours[(i * 7919) % quarterHours.length]!);
    const outcomes = await race("serenity", fixture.service.id, fixture.therapist.id, starts);
    const winners = outcomes.filter((o): o is { ok: true; start: number } => o.ok).map((o) => o.start).sort((a, b) => a - b);
    expect(winners.length).toBeGreaterThanOrEqual(4);
    expect(winners.length).toBeLessThanOrEqual(8);
    for (let i = 1; i < winners.length; i++) expect(winners[i]! - winners[i - 1]!).toBeGreaterThanOrEqual(60 * 60_000);
    const losers = outcomes.filter((o) => !o.ok);
    expect(losers).toHaveLength(ATTEMPTS - winners.length);
    expect(losers.every((o) => !o.ok && o.code === "SLOT_TAKEN")).toBe(true);
    expect(await countOverlappingActiveBookings(await db())).toBe(0);
  });

  // Raw overlapping inserts make PostgreSQL resolve exclusion deadlocks (one per second at most),
  // so this one races 60 writers rather than 200.
  it("the exclusion constraint alone stops overlapping inserts that skip every check", { timeout: 90_000 }, async () => {
    const prisma = await db();
    const tenant = await tenantBySlug(prisma, "serenity");
    const client = await prisma.client.create({ data: { tenantId: tenant.id, ...clientDetails(999) } });
    const base = localDateTimeToInstant("2026-11-27", 9 * 60, tz);
    const results = await Promise.allSettled(
      Array.from({ length: 60 }, (_, i) => {
        const start = base + ((i * 13) % 24) * 15 * 60_000;
        return prisma.booking.create({
          data: {
            tenantId: tenant.id, locationId: fixture.location.id, serviceId: fixture.service.id, therapistId: fixture.therapist.id, clientId: client.id, ...bookingContact(client),
            startsAt: new Date(start), endsAt: new Date(start + 3_600_000), blockStartsAt: new Date(start), blockEndsAt: new Date(start + 3_600_000),
            serviceName: "Solo massage", durationMinutes: 60, priceCents: 10_000, currency: "USD", policySnapshot: { cancellationNoticeHours: 24, summary: "" },
          },
        });
      }),
    );
    expect(results.filter((r) => r.status === "fulfilled").length).toBeGreaterThan(0);
    expect(await countOverlappingActiveBookings(prisma)).toBe(0);
  });
});
