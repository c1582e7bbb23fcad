import crypto from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { BookingStatus, GoalReached, PaymentKind, PaymentStatus, PrismaClient } from "@/lib/generated/prisma/client";
import {
  computeMoney,
  computeRebooking,
  computeReliability,
  computeRetentionCohorts,
  computeSatisfaction,
  computeSatisfactionByTherapist,
  computeSatisfactionOverTime,
  computeTherapistFigures,
  loadDashboard,
  loadLoyaltySummary,
  computeVisitInterval,
  countClients,
  findLatestWishes,
  withPrevious,
} from "@/lib/loyalty";
import { setupTestDatabase } from "../setup/test-database";

// The loyalty metrics on a small hand-made history of a salon of their own (the seeded demo
// salons never touch these counts), in America/New_York: November 2026 is a DST month (clocks go
// back on 1 November), so local midnight of 1 November is 04:00Z and of 1 December is 05:00Z.

const { db } = setupTestDatabase();
const TZ = "America/New_York";
const NOV = { from: new Date("2026-11-01T04:00:00Z"), to: new Date("2026-12-01T05:00:00Z") };
const ASOF = new Date("2027-06-01T00:00:00Z");

type Salon = { tenantId: string; locationId: string; serviceId: string; t1: string; t2: string; t1Name: string };
let prisma: PrismaClient;
let salon: Salon;
let other: Salon;
const c: Record<string, string> = {};
const s: Record<string, string> = {};

async function makeSalon(slug: string): Promise<Salon> {
  const tenant = await prisma.tenant.create({ data: { slug, name: slug, timeZone: TZ, currency: "USD" } });
  const location = await prisma.location.create({
    data: { tenantId: tenant.id, name: "Main", addressLine1: "1 Main St", city: "New York", postalCode: "10001", country: "US", timeZone: TZ },
  });
  const service = await prisma.service.create({
    data: { tenantId: tenant.id, slug: "swedish", name: "Swedish", description: "Relaxing", durationMinutes: 60, priceCents: 10000 },
  });
  const t1 = await prisma.therapistProfile.create({ data: { tenantId: tenant.id, userId: crypto.randomUUID(), displayName: "Alma" } });
  const t2 = await prisma.therapistProfile.create({ data: { tenantId: tenant.id, userId: crypto.randomUUID(), displayName: "Bea" } });
  return { tenantId: tenant.id, locationId: location.id, serviceId: service.id, t1: t1.id, t2: t2.id, t1Name: "Alma" };
}

async function client(on: Salon, name: string) {
  const row = await prisma.client.create({ data: { tenantId: on.tenantId, name, email: `${name.toLowerCase()}@loyalty.test`, phone: "+15550000000" } });
  return row.id;
}

async function session(
  on: Salon,
  clientId: string,
  startsAt: string,
  status: BookingStatus,
  opts: { therapistId?: string; createdAt?: string; balanceStatus?: "OWED" | "PAID" } = {},
) {
  const start = new Date(startsAt);
  const end = new Date(start.getTime() + 60 * 60_000);
  const row = await prisma.booking.create({
    data: {
      tenantId: on.tenantId, locationId: on.locationId, serviceId: on.serviceId, therapistId: opts.therapistId ?? on.t1, clientId, status,
      startsAt: start, endsAt: end, blockStartsAt: start, blockEndsAt: end,
      serviceName: "Swedish", durationMinutes: 60, priceCents: 10000, currency: "USD", policySnapshot: {},
      contactName: "x", contactEmail: "x@loyalty.test", contactPhone: "+15550000000",
      createdAt: new Date(opts.createdAt ?? new Date(start.getTime() - 3 * 86_400_000).toISOString()),
      balanceStatus: opts.balanceStatus ?? "NOT_DUE",
    },
  });
  return row.id;
}

async function cancel(on: Salon, bookingId: string, from: BookingStatus, note: string | null) {
  await prisma.bookingEvent.create({ data: { tenantId: on.tenantId, bookingId, fromStatus: from, toStatus: "CANCELLED", actor: "client", note } });
}

async function pay(on: Salon, bookingId: string, kind: PaymentKind, amountMinor: number, status: PaymentStatus = "SUCCEEDED", refundOfId?: string) {
  const row = await prisma.paymentRecord.create({ data: { tenantId: on.tenantId, bookingId, kind, status, amountMinor, currency: "USD", actor: "test", refundOfId } });
  return row.id;
}

async function checkIn(on: Salon, bookingId: string, clientId: string, therapistId: string, satisfaction: number, goalReached: GoalReached, createdAt: string, wishes?: string) {
  await prisma.checkIn.create({
    data: { tenantId: on.tenantId, bookingId, clientId, therapistId, satisfaction, goalReached, changes: [], appliedChanges: [], wishes, createdAt: new Date(createdAt) },
  });
}

beforeAll(async () => {
  prisma = await db();
  salon = await makeSalon(`loyalty-${crypto.randomBytes(3).toString("hex")}`);
  other = await makeSalon(`loyalty-other-${crypto.randomBytes(3).toString("hex")}`);
  for (const name of ["Ann", "Ben", "Cat", "Dan", "Eve", "Fay"]) c[name] = await client(salon, name);

  // Ann: first visit before the period, back in November; cancels late; books again (76 days on) 2 h after her visit.
  s.ann1 = await session(salon, c.Ann!, "2026-10-10T15:00:00Z", "COMPLETED");
  s.ann2 = await session(salon, c.Ann!, "2026-11-05T15:00:00Z", "COMPLETED");
  s.annLate = await session(salon, c.Ann!, "2026-11-15T15:00:00Z", "CANCELLED");
  await cancel(salon, s.annLate, "CONFIRMED", "late cancellation");
  await session(salon, c.Ann!, "2027-01-20T15:00:00Z", "CONFIRMED", { createdAt: "2026-11-05T18:00:00Z" });
  // Ben: first visit in the period with Bea, back 14 days later.
  s.ben1 = await session(salon, c.Ben!, "2026-11-10T15:00:00Z", "COMPLETED", { therapistId: salon.t2 });
  s.ben2 = await session(salon, c.Ben!, "2026-11-24T15:00:00Z", "COMPLETED");
  // Cat: first visit at 23:30 local on 31 October (03:30Z on 1 November): before the period, October's cohort.
  s.cat1 = await session(salon, c.Cat!, "2026-11-01T03:30:00Z", "COMPLETED");
  s.cat2 = await session(salon, c.Cat!, "2026-11-20T03:30:00Z", "COMPLETED", { balanceStatus: "OWED" });
  // Dan: a no-show and an early cancellation in November, first completed visit in December.
  s.danNoShow = await session(salon, c.Dan!, "2026-11-12T15:00:00Z", "NO_SHOW");
  s.danEarly = await session(salon, c.Dan!, "2026-11-15T18:00:00Z", "CANCELLED");
  await cancel(salon, s.danEarly, "CONFIRMED", null);
  await session(salon, c.Dan!, "2026-12-02T15:00:00Z", "COMPLETED");
  // Eve: first visit at 23:30 local on 30 November, EST (04:30Z on 1 December): inside November.
  s.eve1 = await session(salon, c.Eve!, "2026-12-01T04:30:00Z", "COMPLETED");
  // Fay: an unpaid hold that expired.
  s.fayHold = await session(salon, c.Fay!, "2026-11-18T15:00:00Z", "CANCELLED");
  await cancel(salon, s.fayHold, "PENDING", "hold expired");

  // Money.
  await pay(salon, s.annLate, "DEPOSIT", 2000);
  await pay(salon, s.annLate, "LATE_CANCEL_FEE", 1500);
  await pay(salon, s.danNoShow, "DEPOSIT", 2000);
  await pay(salon, s.danNoShow, "NO_SHOW_FEE", 3000);
  const danDeposit = await pay(salon, s.danEarly, "DEPOSIT", 2000);
  await pay(salon, s.danEarly, "REFUND", 2000, "SUCCEEDED", danDeposit);
  await pay(salon, s.ben1, "DEPOSIT", 2000);
  await pay(salon, s.ben1, "BALANCE", 6000);
  await pay(salon, s.ben1, "TIP", 1000);
  await pay(salon, s.cat2, "DISCOUNT", 500);
  await pay(salon, s.cat2, "BALANCE", 6000, "FAILED");
  await pay(salon, s.eve1, "WAIVER", 300);
  await pay(salon, s.eve1, "DEPOSIT", 2000, "PENDING");
  await prisma.dispute.create({
    data: { tenantId: salon.tenantId, bookingId: s.ben2, stripeDisputeId: `dp_${crypto.randomBytes(4).toString("hex")}`, amountMinor: 8000, currency: "USD", reason: "fraudulent", status: "needs_response", evidence: {} },
  });

  // Check-ins.
  await checkIn(salon, s.ann1, c.Ann!, salon.t1, 1, "NO", "2026-10-11T12:00:00Z", "October, not counted");
  await checkIn(salon, s.ann2, c.Ann!, salon.t1, 5, "YES", "2026-11-06T12:00:00Z", "Firmer pressure");
  await checkIn(salon, s.ben1, c.Ben!, salon.t2, 4, "PARTLY", "2026-11-11T12:00:00Z");
  await checkIn(salon, s.cat2, c.Cat!, salon.t1, 2, "NO", "2026-11-21T12:00:00Z", "A quieter room");

  // Another salon's November: never counted in ours.
  const xena = await client(other, "Xena");
  const x1 = await session(other, xena, "2026-11-10T15:00:00Z", "COMPLETED");
  await session(other, xena, "2026-11-12T15:00:00Z", "COMPLETED");
  await session(other, xena, "2026-11-14T15:00:00Z", "NO_SHOW");
  await pay(other, x1, "DEPOSIT", 9999);
  await pay(other, x1, "TIP", 9999);
  await checkIn(other, x1, xena, other.t1, 1, "NO", "2026-11-11T12:00:00Z", "Other salon's wish");
});

describe("clients", () => {
  it("active, new (first completed visit in the period, 23:30 local on its last day included) and returning", async () => {
    expect(await countClients({ tenantId: salon.tenantId, ...NOV })).toEqual({ active: 4, new: 2, returning: 2 });
  });

  it("filtered by therapist; the previous period of the same length", async () => {
    expect(await countClients({ tenantId: salon.tenantId, ...NOV, therapistId: salon.t2 })).toEqual({ active: 1, new: 1, returning: 0 });
    const both = await withPrevious(countClients, { tenantId: salon.tenantId, ...NOV });
    expect(both.previous).toEqual({ active: 2, new: 2, returning: 0 });
  });
});

describe("rebooking", () => {
  it("within 30/60/90 days (cancelled bookings are no rebooking) and prebooking within 24 h", async () => {
    const r = await computeRebooking({ tenantId: salon.tenantId, ...NOV, asOf: ASOF });
    expect(r.sessions).toBe(5);
    expect(r.windows.map((w) => [w.days, w.eligible, w.rebooked])).toEqual([[30, 5, 1], [60, 5, 1], [90, 5, 2]]);
    expect(r.prebooked).toBe(1);
    expect(r.prebookingRate).toBeCloseTo(0.2);
  });

  it("a session whose window has not passed yet is not counted", async () => {
    const r = await computeRebooking({ tenantId: salon.tenantId, ...NOV, asOf: new Date("2026-12-15T00:00:00Z") });
    expect(r.windows[0]).toMatchObject({ days: 30, eligible: 2, rebooked: 1 });
  });
});

describe("visit interval", () => {
  it("median days between consecutive completed visits, the earlier one possibly before the period", async () => {
    expect(await computeVisitInterval({ tenantId: salon.tenantId, ...NOV })).toEqual({ medianDays: 19, intervals: 3, sessions: 5, clients: 4, visitsPerClient: 1.25 });
  });
});

describe("retention cohorts", () => {
  it("by the month of the first visit in the salon's zone, across the DST change", async () => {
    const cohorts = await computeRetentionCohorts({ tenantId: salon.tenantId, from: new Date("2026-10-01T04:00:00Z"), to: new Date("2027-01-01T05:00:00Z"), timeZone: TZ });
    expect(cohorts.map((k) => [k.month, k.size, k.cells.map((cell) => cell.clients)])).toEqual([
      ["2026-10", 2, [2, 2, 0]],
      ["2026-11", 2, [2, 0]],
      ["2026-12", 1, [1]],
    ]);
    expect(cohorts[0]!.cells[1]!.share).toBe(1);
  });
});

describe("satisfaction", () => {
  it("average, distribution, goal reached, per therapist, latest wishes", async () => {
    const scope = { tenantId: salon.tenantId, ...NOV };
    const sat = await computeSatisfaction(scope);
    expect(sat).toMatchObject({ checkIns: 3, distribution: [0, 1, 0, 1, 1], goalReached: 1, goalPartly: 1 });
    expect(sat.average).toBeCloseTo(11 / 3);
    expect(sat.goalReachedRate).toBeCloseTo(1 / 3);
    const per = await computeSatisfactionByTherapist(scope);
    expect(per.map((p) => [p.therapistName, p.checkIns, p.average])).toEqual([["Alma", 2, 3.5], ["Bea", 1, 4]]);
    const wishes = await findLatestWishes(scope);
    expect(wishes.map((w) => [w.clientName, w.wishes])).toEqual([["Cat", "A quieter room"], ["Ann", "Firmer pressure"]]);
  });
});

describe("satisfaction over time and per therapist", () => {
  it("check-ins by local month; each therapist's sessions, no-shows, rebooking, satisfaction, tips", async () => {
    const months = await computeSatisfactionOverTime({ tenantId: salon.tenantId, from: new Date("2026-10-01T04:00:00Z"), to: NOV.to, timeZone: TZ, bucket: "month" });
    expect(months.map((m) => [m.start, m.checkIns])).toEqual([["2026-10-01", 1], ["2026-11-01", 3]]);
    const figures = await computeTherapistFigures({ tenantId: salon.tenantId, ...NOV, asOf: ASOF });
    // Rebooking within 30 days unless told (Alma's client came back after more than 30 days).
    expect(figures.map((f) => [f.therapistName, f.sessions, f.noShows, f.rebookingEligible, f.rebooked, f.checkIns, f.satisfaction, f.tipsMinor])).toEqual([
      ["Alma", 4, 1, 4, 0, 2, 3.5, 0],
      ["Bea", 1, 0, 1, 1, 1, 4, 1000],
    ]);
    const within90 = await computeTherapistFigures({ tenantId: salon.tenantId, ...NOV, asOf: ASOF, rebookingDays: 90 });
    expect(within90.map((f) => [f.therapistName, f.rebookingEligible, f.rebooked])).toEqual([["Alma", 4, 1], ["Bea", 1, 1]]);
  });
});

describe("the summary", () => {
  it("every headline metric for the period and the one before", async () => {
    const summary = await loadLoyaltySummary({ tenantId: salon.tenantId, ...NOV, timeZone: TZ, asOf: ASOF });
    expect(summary.clients).toEqual({ current: { active: 4, new: 2, returning: 2 }, previous: { active: 2, new: 2, returning: 0 } });
    expect(summary.money.current.tipsMinor).toBe(1000);
    expect(summary.money.previous.tipsMinor).toBe(0);
    expect(summary.reliability.previous).toMatchObject({ sessionsDue: 2, noShows: 0, noShowRate: 0 });
    expect(summary.satisfaction.previous).toMatchObject({ checkIns: 1, average: 1 });
  });
});

describe("the whole dashboard in one call", () => {
  it("the summary, 12 months of cohorts up to the period's end, satisfaction over time and per therapist, latest wishes, therapist figures", async () => {
    const scope = { tenantId: salon.tenantId, ...NOV, timeZone: TZ };
    const dashboard = await loadDashboard({ ...scope, asOf: ASOF });
    expect(dashboard.summary).toEqual(await loadLoyaltySummary({ ...scope, asOf: ASOF }));
    expect(dashboard.cohorts).toEqual(await computeRetentionCohorts({ ...scope, from: new Date("2025-12-01T05:00:00Z") }));
    expect(dashboard.cohorts.map((k) => [k.month, k.size])).toEqual([["2026-10", 2], ["2026-11", 2]]);
    expect(dashboard.satisfactionOverTime).toEqual(await computeSatisfactionOverTime({ ...scope, bucket: "day" }));
    expect(dashboard.satisfactionByTherapist).toEqual(await computeSatisfactionByTherapist(scope));
    expect(dashboard.latestWishes).toEqual(await findLatestWishes(scope));
    expect(dashboard.therapists).toEqual(await computeTherapistFigures({ ...scope, asOf: ASOF }));
    const bea = await loadDashboard({ ...scope, asOf: ASOF, therapistId: salon.t2, bucket: "month" });
    expect(bea.therapists.map((f) => f.therapistName)).toEqual(["Bea"]);
    expect(bea.satisfactionOverTime).toEqual([{ start: "2026-11-01", checkIns: 1, average: 4 }]);
  });
});

describe("reliability", () => {
  it("no-shows, late cancellations (expired holds are no bookings), deposits kept, fees charged", async () => {
    expect(await computeReliability({ tenantId: salon.tenantId, ...NOV })).toEqual({
      sessionsDue: 6, noShows: 1, noShowRate: 1 / 6,
      bookings: 8, lateCancellations: 1, lateCancellationRate: 1 / 8,
      depositsKeptCount: 2, depositsKeptMinor: 4000, feesChargedCount: 2, feesChargedMinor: 4500,
    });
  });
});

describe("money", () => {
  it("succeeded ledger sums; balances owed, failed charges, disputes", async () => {
    expect(await computeMoney({ tenantId: salon.tenantId, ...NOV })).toEqual({
      depositsMinor: 8000, balancesMinor: 6000, tipsMinor: 1000, feesMinor: 4500, refundsMinor: 2000, discountsMinor: 500, waiversMinor: 300,
      balancesOwed: 1, failedCharges: 1, disputes: 1,
    });
  });
});

describe("tenancy", () => {
  it("another salon's rows never count, and ours never count in theirs", async () => {
    const theirs = { tenantId: other.tenantId, ...NOV };
    expect(await countClients(theirs)).toEqual({ active: 1, new: 1, returning: 0 });
    expect(await computeSatisfaction(theirs)).toMatchObject({ checkIns: 1, average: 1 });
    expect((await computeMoney(theirs)).tipsMinor).toBe(9999);
    expect((await computeReliability(theirs)).noShows).toBe(1);
    // Our therapist's id with their tenant finds nothing.
    expect(await countClients({ ...theirs, therapistId: salon.t1 })).toEqual({ active: 0, new: 0, returning: 0 });
    expect((await findLatestWishes({ tenantId: salon.tenantId, ...NOV })).some((w) => w.wishes === "Other salon's wish")).toBe(false);
  });
});
