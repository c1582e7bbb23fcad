import crypto from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { BookingStatus, PrismaClient } from "@/lib/generated/prisma/client";
import { computeTherapistFigures, computeUtilisation } from "@/lib/loyalty";
import { setupTestDatabase } from "../setup/test-database";

// Utilisation on hand-made weekly hours of a salon of its own in America/New_York, over the
// week of the fall-back change (Sunday 1 November 2026, 02:00 EDT → 01:00 EST), with time off,
// a second location in Europe/London, and sessions of every status.

const { db } = setupTestDatabase();
const NY = "America/New_York";
// Local Sunday 1 November 00:00 EDT to Sunday 8 November 00:00 EST.
const WEEK = { from: new Date("2026-11-01T04:00:00Z"), to: new Date("2026-11-08T05:00:00Z") };

let prisma: PrismaClient;
const ids: Record<string, string> = {};

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));

async function therapist(name: string) {
  const row = await prisma.therapistProfile.create({ data: { tenantId: ids.tenant!, userId: crypto.randomUUID(), displayName: name } });
  return row.id;
}

async function hours(therapistId: string, locationId: string, weekday: number, start: string, end: string) {
  await prisma.availabilityRule.create({ data: { tenantId: ids.tenant!, therapistId, locationId, weekday, startMinute: minutes(start), endMinute: minutes(end) } });
}

async function session(therapistId: string, startsAt: string, endsAt: string, status: BookingStatus, locationId = ids.studio!) {
  const start = new Date(startsAt);
  const end = new Date(endsAt);
  await prisma.booking.create({
    data: {
      tenantId: ids.tenant!, locationId, serviceId: ids.service!, therapistId, clientId: ids.client!, status,
      startsAt: start, endsAt: end, blockStartsAt: start, blockEndsAt: end,
      serviceName: "Swedish", durationMinutes: (end.getTime() - start.getTime()) / 60_000, priceCents: 10000, currency: "USD", policySnapshot: {},
      contactName: "x", contactEmail: "x@utilisation.test", contactPhone: "+15550000000",
    },
  });
}

beforeAll(async () => {
  prisma = await db();
  const tenant = await prisma.tenant.create({ data: { slug: `utilisation-${crypto.randomBytes(3).toString("hex")}`, name: "Utilisation", timeZone: NY, currency: "USD" } });
  ids.tenant = tenant.id;
  const address = { addressLine1: "1 Main St", postalCode: "10001" };
  ids.studio = (await prisma.location.create({ data: { tenantId: tenant.id, name: "Studio", city: "New York", country: "US", timeZone: NY, ...address } })).id;
  ids.london = (await prisma.location.create({ data: { tenantId: tenant.id, name: "London", city: "London", country: "GB", timeZone: "Europe/London", ...address } })).id;
  ids.service = (await prisma.service.create({ data: { tenantId: tenant.id, slug: "swedish", name: "Swedish", description: "", durationMinutes: 60, priceCents: 10000 } })).id;
  ids.client = (await prisma.client.create({ data: { tenantId: tenant.id, name: "Cy", email: "cy@utilisation.test", phone: "+15550000000" } })).id;
  const alma = (ids.alma = await therapist("Alma"));
  const bea = (ids.bea = await therapist("Bea"));
  const cleo = (ids.cleo = await therapist("Cleo"));

  // Alma: Sunday 01:00–04:00 (the fall-back night: 4 real hours, the repeated 01:00 read as the
  // earlier instant, as the booking engine does), Monday–Friday 09:00–17:00 (40 h), and
  // Saturday 10:00–12:00 at the London location (2 h).
  await hours(alma, ids.studio, 0, "01:00", "04:00");
  for (let weekday = 1; weekday <= 5; weekday++) await hours(alma, ids.studio, weekday, "09:00", "17:00");
  await hours(alma, ids.london, 6, "10:00", "12:00");
  // Time off: all of Wednesday (8 h) and Thursday 12:00–13:00 EST (1 h).
  await prisma.timeOff.create({ data: { tenantId: tenant.id, therapistId: alma, startsAt: new Date("2026-11-04T05:00:00Z"), endsAt: new Date("2026-11-05T05:00:00Z") } });
  await prisma.timeOff.create({ data: { tenantId: tenant.id, therapistId: alma, startsAt: new Date("2026-11-05T17:00:00Z"), endsAt: new Date("2026-11-05T18:00:00Z") } });

  await session(alma, "2026-11-01T05:30:00Z", "2026-11-01T06:30:00Z", "COMPLETED"); // 01:30–01:30 (the hour repeated): 60
  await session(alma, "2026-11-02T14:00:00Z", "2026-11-02T15:00:00Z", "COMPLETED"); // Monday 09:00: 60
  await session(alma, "2026-11-02T21:30:00Z", "2026-11-02T22:30:00Z", "NO_SHOW"); // 16:30–17:30: 30 inside the hours
  await session(alma, "2026-11-03T15:00:00Z", "2026-11-03T16:00:00Z", "CANCELLED"); // 0
  await session(alma, "2026-11-03T16:00:00Z", "2026-11-03T17:00:00Z", "PENDING"); // an unpaid hold: 0
  await session(alma, "2026-11-04T15:00:00Z", "2026-11-04T16:00:00Z", "COMPLETED"); // during time off: 0
  await session(alma, "2026-11-05T16:30:00Z", "2026-11-05T17:30:00Z", "CONFIRMED"); // half in the hour off: 30
  await session(alma, "2026-11-07T10:30:00Z", "2026-11-07T11:30:00Z", "COMPLETED", ids.london); // London: 60
  await session(alma, "2026-11-07T15:00:00Z", "2026-11-07T16:00:00Z", "COMPLETED"); // Saturday in New York, no hours: 0
  await session(alma, "2026-10-30T14:00:00Z", "2026-10-30T15:00:00Z", "COMPLETED"); // before the period: 0
  // Bea: a session but no hours. Cleo: hours (Saturday 10:00–14:00 EST) but no sessions.
  await session(bea, "2026-11-03T15:00:00Z", "2026-11-03T16:00:00Z", "COMPLETED");
  await hours(cleo, ids.studio, 6, "10:00", "14:00");
});

describe("utilisation", () => {
  it("booked ÷ available hours across the DST change, less time off, only confirmed, completed and no-show time inside the hours", async () => {
    const all = await computeUtilisation({ tenantId: ids.tenant!, ...WEEK });
    expect(all.map((u) => [u.therapistName, u.availableMinutes, u.bookedMinutes])).toEqual([
      ["Alma", (4 + 40 - 8 - 1 + 2) * 60, 60 + 60 + 30 + 30 + 60],
      ["Bea", 0, 0],
      ["Cleo", 4 * 60, 0],
    ]);
    expect(all.map((u) => u.utilisation)).toEqual([240 / 2220, null, 0]);
  });

  it("a location's own hours and sessions; one therapist", async () => {
    const studio = await computeUtilisation({ tenantId: ids.tenant!, ...WEEK, locationId: ids.studio });
    expect(studio.find((u) => u.therapistId === ids.alma)).toMatchObject({ availableMinutes: 35 * 60, bookedMinutes: 180 });
    const london = await computeUtilisation({ tenantId: ids.tenant!, ...WEEK, locationId: ids.london });
    expect(london.map((u) => [u.therapistName, u.availableMinutes, u.bookedMinutes])).toEqual([["Alma", 120, 60]]);
    const cleo = await computeUtilisation({ tenantId: ids.tenant!, ...WEEK, therapistId: ids.cleo });
    expect(cleo.map((u) => u.therapistName)).toEqual(["Cleo"]);
  });

  it("a period cut mid-block counts the part inside it", async () => {
    // Monday 2 November 12:00–15:00 EST: 3 hours available, 0 booked.
    const part = await computeUtilisation({ tenantId: ids.tenant!, from: new Date("2026-11-02T17:00:00Z"), to: new Date("2026-11-02T20:00:00Z"), therapistId: ids.alma });
    expect(part).toMatchObject([{ availableMinutes: 180, bookedMinutes: 0, utilisation: 0 }]);
  });

  it("in the therapist figures, with therapists who had hours but no sessions", async () => {
    const figures = await computeTherapistFigures({ tenantId: ids.tenant!, ...WEEK, asOf: new Date("2027-06-01T00:00:00Z") });
    expect(figures.map((f) => [f.therapistName, f.sessions, f.noShows, f.availableMinutes, f.bookedMinutes])).toEqual([
      ["Alma", 5, 1, 2220, 240],
      ["Bea", 1, 0, 0, 0],
      ["Cleo", 0, 0, 240, 0],
    ]);
    expect(figures[0]!.utilisation).toBeCloseTo(240 / 2220);
  });

  it("another salon's id finds nothing", async () => {
    expect(await computeUtilisation({ tenantId: crypto.randomUUID(), ...WEEK, therapistId: ids.alma })).toEqual([]);
  });
});
