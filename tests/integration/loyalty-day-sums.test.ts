import { beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { bookingFigures, REBOOKING_DAYS, sumBookingCounts, type BookingCounts } from "@/lib/loyalty/period-bookings";
import { setupTestDatabase } from "../setup/test-database";

// The rebooking, reliability, money and therapist counts read from the sums kept per day
// (BookingFactDay) and the bookings of partial and cut days must equal the counts read from every
// booking's row, for any bounds, "now", therapist and location: on the demo data, periods that
// start and end at local midnights, at UTC midnights and at odd instants.

const { db } = setupTestDatabase();
let prisma: PrismaClient;
let tenantId: string;
let therapistId: string;
let locationId: string;

beforeAll(async () => {
  prisma = await db();
  const tenant = await prisma.tenant.findUniqueOrThrow({ where: { slug: "serenity" } });
  tenantId = tenant.id;
  therapistId = (await prisma.therapistProfile.findFirstOrThrow({ where: { tenantId, displayName: { startsWith: "Maya" } } })).id;
  locationId = (await prisma.location.findFirstOrThrow({ where: { tenantId } })).id;
});

/** Per period and therapist, the three standard windows only (the extra window makes bookingFigures read every row). */
function byKey(rows: BookingCounts[]) {
  const keys = [...new Set(rows.map((r) => `${r.period}/${r.therapistId}`))].sort();
  return keys.map((key) => {
    const c = sumBookingCounts(rows.filter((r) => `${r.period}/${r.therapistId}` === key));
    return { key, ...c, eligible: c.eligible.slice(0, REBOOKING_DAYS.length), rebooked: c.rebooked.slice(0, REBOOKING_DAYS.length) };
  });
}

const DAY = 86_400_000;
const now = Date.now();
const utcMidnight = Math.floor(now / DAY) * DAY;

describe("counts from the day sums equal counts from every row", () => {
  const cases: [string, number[], number][] = [
    ["90 days to New York midnights, now", [utcMidnight - 179 * DAY + 5 * 3_600_000, utcMidnight - 89 * DAY + 5 * 3_600_000, utcMidnight + DAY + 5 * 3_600_000], now],
    ["UTC midnights, now at a UTC midnight", [utcMidnight - 120 * DAY, utcMidnight - 60 * DAY, utcMidnight], utcMidnight],
    ["odd instants, now 45 days ago", [now - 200 * DAY - 1234567, now - 100 * DAY + 7654321, now - 3 * DAY - 42], now - 45 * DAY],
    ["a period shorter than a day", [now - 30 * DAY - 3_600_000, now - 30 * DAY + 7_200_000], now],
    ["a year", [now - 365 * DAY, now], now],
  ];
  for (const [name, instants, asOf] of cases) {
    it(name, async () => {
      const bounds = instants.map((t) => new Date(t));
      for (const filter of [{}, { therapistId }, { locationId }]) {
        const scope = { tenantId, from: bounds[0]!, to: bounds[bounds.length - 1]!, ...filter };
        const [fromSums, fromRows] = await Promise.all([
          bookingFigures(scope, bounds, { asOf: new Date(asOf) }),
          bookingFigures(scope, bounds, { asOf: new Date(asOf), extraDays: 45 }),
        ]);
        expect(byKey(fromSums)).toEqual(byKey(fromRows));
      }
      const all = sumBookingCounts(await bookingFigures({ tenantId, from: bounds[0]!, to: bounds[bounds.length - 1]! }, bounds, { asOf: new Date(asOf) }));
      if (name !== "a period shorter than a day") expect(all.completed, "the demo has sessions in this period").toBeGreaterThan(0);
    });
  }
});
