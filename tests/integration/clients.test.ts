import crypto from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { BookingStatus, GoalReached, PaymentKind, PaymentStatus, PrismaClient, Tenant } from "@/lib/generated/prisma/client";
import { clientListSearch, listClients, parseClientListQuery, type ClientListQuery, type ClientSort } from "@/lib/clients/list-clients";
import { getClientProfile } from "@/lib/clients/client-profile";
import { searchClients } from "@/lib/clients/search-clients";
import { summarizeLedger, type LedgerEntry } from "@/lib/payments/ledger";
import type { StaffContext } from "@/lib/tenancy/guard";
import { setupTestDatabase } from "../setup/test-database";
import { TEST_NOW } from "../fixtures/test-clock";
import { staffContextFor, tenantBySlug } from "../fixtures/factories";

// The client list and the client page on a hand-made salon of their own (the demo salons are
// used for a therapist's view and for cross-tenant checks): search, every sort with clients that
// have no figure, paging, lifetime spend against the ledger, who sees whom, and the figures the
// database keeps per client (ClientSummary, kept by triggers) against the rows they come from.

const { db } = setupTestDatabase();
const NOW = TEST_NOW;
const day = (n: number) => new Date(NOW.getTime() + n * 86_400_000);

type Salon = { tenant: Tenant; locationId: string; serviceId: string; alma: string; bea: string };
let prisma: PrismaClient;
let salon: Salon;
let other: Salon;
let owner: StaffContext;
let alma: StaffContext;
let bea: StaffContext;
const c: Record<string, string> = {};
const b: Record<string, string> = {};

async function makeSalon(slug: string): Promise<Salon> {
  const tenant = await prisma.tenant.create({ data: { slug, name: slug, timeZone: "America/New_York", currency: "USD" } });
  const location = await prisma.location.create({
    data: { tenantId: tenant.id, name: "Main", addressLine1: "1 Main St", city: "New York", postalCode: "10001", country: "US", timeZone: "America/New_York" },
  });
  const service = await prisma.service.create({ data: { tenantId: tenant.id, slug: "swedish", name: "Swedish", description: "Relaxing", durationMinutes: 60, priceCents: 10_000 } });
  const alma = await prisma.therapistProfile.create({ data: { tenantId: tenant.id, userId: crypto.randomUUID(), displayName: "Alma" } });
  const bea = await prisma.therapistProfile.create({ data: { tenantId: tenant.id, userId: crypto.randomUUID(), displayName: "Bea" } });
  return { tenant, locationId: location.id, serviceId: service.id, alma: alma.id, bea: bea.id };
}

function staff(on: Salon, role: "OWNER" | "THERAPIST", therapistId: string | null = null): StaffContext {
  return { kind: "staff", tenant: on.tenant, tenantId: on.tenant.id, userId: crypto.randomUUID(), roles: [role], therapistId };
}

async function client(on: Salon, name: string, email: string, phone = "+1 212 555 0000") {
  return (await prisma.client.create({ data: { tenantId: on.tenant.id, name, email, phone } })).id;
}

async function session(on: Salon, clientId: string, startsAt: Date, status: BookingStatus, therapistId = on.alma) {
  const end = new Date(startsAt.getTime() + 3_600_000);
  const row = await prisma.booking.create({
    data: {
      tenantId: on.tenant.id, locationId: on.locationId, serviceId: on.serviceId, therapistId, clientId, status,
      startsAt, endsAt: end, blockStartsAt: startsAt, blockEndsAt: end,
      serviceName: "Swedish", durationMinutes: 60, priceCents: 10_000, currency: "USD", policySnapshot: {},
      contactName: "x", contactEmail: "x@clients.test", contactPhone: "+15550000000",
    },
  });
  return row.id;
}

async function pay(on: Salon, bookingId: string, kind: PaymentKind, amountMinor: number, status: PaymentStatus = "SUCCEEDED", refundOfId?: string) {
  return (await prisma.paymentRecord.create({ data: { tenantId: on.tenant.id, bookingId, kind, status, amountMinor, currency: "USD", actor: "test", refundOfId } })).id;
}

async function checkIn(on: Salon, bookingId: string, clientId: string, satisfaction: number, goalReached: GoalReached = "YES", wishes?: string, therapistId = on.alma) {
  return (await prisma.checkIn.create({ data: { tenantId: on.tenant.id, bookingId, clientId, therapistId, satisfaction, goalReached, changes: ["firmer_pressure"], appliedChanges: [], wishes } })).id;
}

const ids = async (ctx: StaffContext, query: Partial<ClientListQuery>) => (await listClients(ctx, query, { now: NOW })).rows.map((r) => r.id);

/** Every client whose kept figures differ from the figures recomputed from their rows. */
async function summaryDrift(): Promise<unknown[]> {
  return prisma.$queryRaw<unknown[]>`
    WITH fresh AS (
      SELECT cl."tenantId", cl.id AS "clientId",
        (SELECT count(*)::int FROM "Booking" x WHERE x."tenantId" = cl."tenantId" AND x."clientId" = cl.id AND x.status = 'COMPLETED') AS visits,
        (SELECT max(x."startsAt") FROM "Booking" x WHERE x."tenantId" = cl."tenantId" AND x."clientId" = cl.id AND x.status = 'COMPLETED') AS "lastVisitAt",
        (SELECT coalesce(sum(CASE WHEN p.kind = 'REFUND' THEN -p."amountMinor" ELSE p."amountMinor" END), 0)::int
           FROM "PaymentRecord" p JOIN "Booking" x ON x."tenantId" = p."tenantId" AND x.id = p."bookingId"
          WHERE x."tenantId" = cl."tenantId" AND x."clientId" = cl.id AND p.status = 'SUCCEEDED' AND p.kind NOT IN ('DISCOUNT', 'WAIVER')) AS "spendMinor",
        (SELECT coalesce(sum(k.satisfaction), 0)::int FROM "CheckIn" k WHERE k."tenantId" = cl."tenantId" AND k."clientId" = cl.id) AS "satisfactionSum",
        (SELECT count(*)::int FROM "CheckIn" k WHERE k."tenantId" = cl."tenantId" AND k."clientId" = cl.id) AS "checkIns"
      FROM "Client" cl
    )
    SELECT f.*, s.visits AS "keptVisits", s."spendMinor" AS "keptSpend", s."checkIns" AS "keptCheckIns"
    FROM fresh f LEFT JOIN "ClientSummary" s ON s."tenantId" = f."tenantId" AND s."clientId" = f."clientId"
    WHERE coalesce(s.visits, 0) <> f.visits OR s."lastVisitAt" IS DISTINCT FROM f."lastVisitAt" OR coalesce(s."spendMinor", 0) <> f."spendMinor"
       OR coalesce(s."satisfactionSum", 0) <> f."satisfactionSum" OR coalesce(s."checkIns", 0) <> f."checkIns"`;
}

beforeAll(async () => {
  prisma = await db();
  const tag = crypto.randomBytes(3).toString("hex");
  salon = await makeSalon(`clients-${tag}`);
  other = await makeSalon(`clients-other-${tag}`);
  owner = staff(salon, "OWNER");
  alma = staff(salon, "THERAPIST", salon.alma);
  bea = staff(salon, "THERAPIST", salon.bea);

  // Ann: three visits with Alma, one to come; pays deposits, balances (one after a failed try), a tip; a partial refund.
  c.ann = await client(salon, "Ann Lee", "ann.lee@clients.test", "+1 (212) 555-0101");
  b.ann1 = await session(salon, c.ann, day(-60), "COMPLETED");
  b.ann2 = await session(salon, c.ann, day(-30), "COMPLETED");
  b.ann3 = await session(salon, c.ann, day(-10), "COMPLETED");
  b.annNext = await session(salon, c.ann, day(5), "CONFIRMED");
  await pay(salon, b.ann1, "DEPOSIT", 2_000);
  await pay(salon, b.ann1, "BALANCE", 8_000);
  await pay(salon, b.ann1, "TIP", 1_500);
  await pay(salon, b.ann2, "DEPOSIT", 2_000);
  await pay(salon, b.ann2, "BALANCE", 8_000, "FAILED");
  await pay(salon, b.ann2, "BALANCE", 8_000);
  const ann3Deposit = await pay(salon, b.ann3, "DEPOSIT", 2_000);
  await pay(salon, b.ann3, "DISCOUNT", 1_000);
  await pay(salon, b.ann3, "BALANCE", 7_000);
  await pay(salon, b.ann3, "REFUND", 500, "SUCCEEDED", ann3Deposit);
  await pay(salon, b.annNext, "DEPOSIT", 2_000);
  await checkIn(salon, b.ann1, c.ann, 5);
  await checkIn(salon, b.ann2, c.ann, 4, "PARTLY", "A warmer room please");
  // Ben: one visit with Bea, a no-show (deposit kept, fee charged), a cancellation refunded in full.
  c.ben = await client(salon, "Ben Ortiz", "ben.ortiz@clients.test", "+1 646 555 0199");
  b.ben1 = await session(salon, c.ben, day(-20), "COMPLETED", salon.bea);
  b.benNoShow = await session(salon, c.ben, day(-15), "NO_SHOW", salon.bea);
  b.benCancelled = await session(salon, c.ben, day(-12), "CANCELLED", salon.bea);
  await pay(salon, b.ben1, "DEPOSIT", 2_000);
  await pay(salon, b.ben1, "BALANCE", 8_000);
  await pay(salon, b.benNoShow, "DEPOSIT", 2_000);
  await pay(salon, b.benNoShow, "NO_SHOW_FEE", 3_000);
  const benDeposit = await pay(salon, b.benCancelled, "DEPOSIT", 2_000);
  await pay(salon, b.benCancelled, "REFUND", 2_000, "SUCCEEDED", benDeposit);
  await checkIn(salon, b.ben1, c.ben, 2, "NO", undefined, salon.bea);
  // Cat: no booking at all (and LIKE's wildcards in her name).
  c.cat = await client(salon, "Cat 100%_off", "cat@clients.test", "+44 20 7946 0000");
  // Dan: only a booking to come, its deposit still pending.
  c.dan = await client(salon, "Dan Price", "dan@clients.test");
  b.danNext = await session(salon, c.dan, day(2), "PENDING", salon.bea);
  await pay(salon, b.danNext, "DEPOSIT", 2_000, "PENDING");
  // Eve: two visits with Bea, the second waived; check-ins 5 and 3.
  c.eve = await client(salon, "Eve Adams", "eve@clients.test");
  b.eve1 = await session(salon, c.eve, day(-40), "COMPLETED", salon.bea);
  b.eve2 = await session(salon, c.eve, day(-5), "COMPLETED", salon.bea);
  await pay(salon, b.eve1, "DEPOSIT", 2_000);
  await pay(salon, b.eve1, "BALANCE", 8_000);
  await pay(salon, b.eve2, "WAIVER", 10_000);
  await checkIn(salon, b.eve1, c.eve, 5, "YES", undefined, salon.bea);
  await checkIn(salon, b.eve2, c.eve, 3, "PARTLY", undefined, salon.bea);

  // Another salon's Ann Lee, with a visit and money.
  c.otherAnn = await client(other, "Ann Lee", "ann.lee@clients.test", "+1 (212) 555-0101");
  const otherVisit = await session(other, c.otherAnn, day(-3), "COMPLETED");
  await pay(other, otherVisit, "BALANCE", 50_000);
});

describe("search", () => {
  it("finds a client by a piece of the name, the email or the phone's digits, only in the salon", async () => {
    expect(await ids(owner, { q: "lee" })).toEqual([c.ann]);
    expect(await ids(owner, { q: "ORTIZ@clients" })).toEqual([c.ben]);
    expect(await ids(owner, { q: "(212) 555-0101" })).toEqual([c.ann]);
    expect(await ids(owner, { q: "2125550101" })).toEqual([c.ann]);
    expect(await ids(owner, { q: "555 0199" })).toEqual([c.ben]);
  });

  it("takes LIKE's wildcards literally", async () => {
    expect(await ids(owner, { q: "100%_" })).toEqual([c.cat]);
    expect(await ids(owner, { q: "%%" })).toEqual([]);
    expect(await ids(owner, { q: "__" })).toEqual([]);
  });

  it("finds the same clients as the phone booking's search", async () => {
    for (const q of ["lee", "clients.test", "555"]) {
      const listed = (await listClients(owner, { q, sort: "name" }, { now: NOW })).rows.map((r) => r.id);
      const searched = (await searchClients({ tenantId: salon.tenant.id, query: q, limit: 50 })).map((m) => m.id);
      expect(new Set(listed)).toEqual(new Set(searched));
    }
  });

  it("reads the list's state from the URL, setting aside what it cannot use", () => {
    expect(parseClientListQuery({ q: "ann", sort: "spend", dir: "asc", page: "3" })).toMatchObject({ q: "ann", sort: "spend", dir: "asc", page: 3, searchError: null });
    expect(parseClientListQuery({ sort: "salary", dir: "up", page: "-1" })).toMatchObject({ q: null, sort: "lastVisit", dir: "desc", page: 1 });
    expect(parseClientListQuery({ q: "a" })).toMatchObject({ q: null, searchError: "Type at least two letters or digits", rawQ: "a" });
    expect(parseClientListQuery({ q: ["ann", "ben"], sort: "name" })).toMatchObject({ q: "ann", sort: "name", dir: "asc" });
    expect(clientListSearch({ q: "ann", sort: "lastVisit", dir: "desc", page: 1 })).toBe("?q=ann");
    expect(clientListSearch({ sort: "spend", dir: "asc", page: 2 })).toBe("?sort=spend&dir=asc&page=2");
    expect(clientListSearch({ sort: "name", dir: "asc" })).toBe("?sort=name");
  });
});

describe("sorting", () => {
  const cases: [ClientSort, "asc" | "desc", string[]][] = [
    // Clients with no visit (Cat, Dan) come last in both directions, by name.
    ["lastVisit", "desc", ["eve", "ann", "ben", "cat", "dan"]],
    ["lastVisit", "asc", ["ben", "ann", "eve", "cat", "dan"]],
    ["visits", "desc", ["ann", "eve", "ben", "cat", "dan"]],
    ["visits", "asc", ["cat", "dan", "ben", "eve", "ann"]],
    // Ann 11,500 + 10,000 + 8,500 + 2,000 (deposit to come) = 32,000; Ben 10,000 + 5,000 + 0 = 15,000; Eve 10,000.
    ["spend", "desc", ["ann", "ben", "eve", "cat", "dan"]],
    ["spend", "asc", ["cat", "dan", "eve", "ben", "ann"]],
    // Ann 4.5, Eve 4, Ben 2; no check-ins (Cat, Dan) last both ways.
    ["satisfaction", "desc", ["ann", "eve", "ben", "cat", "dan"]],
    ["satisfaction", "asc", ["ben", "eve", "ann", "cat", "dan"]],
    ["name", "asc", ["ann", "ben", "cat", "dan", "eve"]],
    ["name", "desc", ["eve", "dan", "cat", "ben", "ann"]],
  ];
  it.each(cases)("by %s %s", async (sort, dir, expected) => {
    expect(await ids(owner, { sort, dir })).toEqual(expected.map((k) => c[k]));
  });

  it("pages through the clients without overlap or gap, in every sort", async () => {
    for (const [sort, dir, expected] of cases) {
      const pages = [];
      for (let page = 1; page <= 3; page++) {
        const result = await listClients(owner, { sort, dir, page }, { now: NOW, perPage: 2 });
        expect(result).toMatchObject({ total: 5, pageCount: 3, page });
        pages.push(...result.rows.map((r) => r.id));
      }
      expect(pages).toEqual(expected.map((k) => c[k]));
    }
    const past = await listClients(owner, { page: 9 }, { now: NOW, perPage: 2 });
    expect(past).toMatchObject({ rows: [], total: 5, pageCount: 3 });
  });
});

describe("figures", () => {
  it("shows each client's visits, last visit, next booking, spend and satisfaction", async () => {
    const rows = new Map((await listClients(owner, {}, { now: NOW })).rows.map((r) => [r.id, r]));
    expect(rows.get(c.ann!)).toMatchObject({ name: "Ann Lee", visits: 3, lastVisit: day(-10), nextBooking: day(5), spendMinor: 32_000, satisfaction: 4.5, checkIns: 2 });
    expect(rows.get(c.ben!)).toMatchObject({ visits: 1, lastVisit: day(-20), nextBooking: null, spendMinor: 15_000, satisfaction: 2, checkIns: 1 });
    expect(rows.get(c.cat!)).toMatchObject({ visits: 0, lastVisit: null, nextBooking: null, spendMinor: 0, satisfaction: null, checkIns: 0 });
    expect(rows.get(c.dan!)).toMatchObject({ visits: 0, lastVisit: null, nextBooking: day(2), spendMinor: 0, satisfaction: null });
    expect(rows.get(c.eve!)).toMatchObject({ visits: 2, lastVisit: day(-5), spendMinor: 10_000, satisfaction: 4 });
  });

  it("lifetime spend is the ledger's money received (succeeded charges less refunds) over all the client's bookings", async () => {
    const rows = (await listClients(owner, {}, { now: NOW })).rows;
    for (const row of rows) {
      const bookings = await prisma.booking.findMany({ where: { tenantId: salon.tenant.id, clientId: row.id }, include: { payments: true } });
      const expected = bookings.reduce((total, booking) => {
        const s = summarizeLedger({ priceMinor: booking.priceCents, extrasMinor: booking.extrasMinor }, booking.payments as LedgerEntry[]);
        return total + s.chargedMinor - s.refundedMinor;
      }, 0);
      expect(row.spendMinor, row.name).toBe(expected);
    }
  });

  it("the figures kept per client follow every change to bookings, payments and check-ins", async () => {
    const figures = async (id: string) => (await listClients(owner, { q: (await prisma.client.findUniqueOrThrow({ where: { tenantId_id: { tenantId: salon.tenant.id, id } } })).email }, { now: NOW })).rows[0]!;
    // A pending deposit goes through; a booking is completed; a check-in is changed and another removed.
    const dan = await prisma.paymentRecord.findFirstOrThrow({ where: { tenantId: salon.tenant.id, bookingId: b.danNext } });
    await prisma.paymentRecord.update({ where: { tenantId_id: { tenantId: salon.tenant.id, id: dan.id } }, data: { status: "SUCCEEDED" } });
    expect(await figures(c.dan!)).toMatchObject({ spendMinor: 2_000, visits: 0 });
    await prisma.booking.update({ where: { tenantId_id: { tenantId: salon.tenant.id, id: b.danNext! } }, data: { status: "COMPLETED" } });
    expect(await figures(c.dan!)).toMatchObject({ visits: 1, lastVisit: day(2) });
    const danCheckIn = await checkIn(salon, b.danNext!, c.dan!, 1, "NO", undefined, salon.bea);
    await prisma.checkIn.update({ where: { tenantId_id: { tenantId: salon.tenant.id, id: danCheckIn } }, data: { satisfaction: 3 } });
    expect(await figures(c.dan!)).toMatchObject({ satisfaction: 3, checkIns: 1 });
    await prisma.checkIn.delete({ where: { tenantId_id: { tenantId: salon.tenant.id, id: danCheckIn } } });
    expect(await figures(c.dan!)).toMatchObject({ satisfaction: null, checkIns: 0 });
    // A completed session taken back, and a booking given to another client, are recomputed.
    await prisma.booking.update({ where: { tenantId_id: { tenantId: salon.tenant.id, id: b.danNext! } }, data: { status: "CONFIRMED" } });
    expect(await figures(c.dan!)).toMatchObject({ visits: 0, lastVisit: null, spendMinor: 2_000 });
    await prisma.booking.update({ where: { tenantId_id: { tenantId: salon.tenant.id, id: b.danNext! } }, data: { clientId: c.cat! } });
    expect(await figures(c.dan!)).toMatchObject({ spendMinor: 0 });
    expect(await figures(c.cat!)).toMatchObject({ spendMinor: 2_000 });
    // Many rows in one statement.
    await prisma.paymentRecord.createMany({
      data: [b.eve1!, b.eve2!, b.ann1!].map((bookingId) => ({ tenantId: salon.tenant.id, bookingId, kind: "TIP" as const, status: "SUCCEEDED" as const, amountMinor: 100, currency: "USD", actor: "test" })),
    });
    expect(await figures(c.eve!)).toMatchObject({ spendMinor: 10_200 });
    await prisma.paymentRecord.deleteMany({ where: { tenantId: salon.tenant.id, kind: "TIP", amountMinor: 100 } });
    expect(await figures(c.eve!)).toMatchObject({ spendMinor: 10_000 });
    // Put things back for the other tests.
    await prisma.booking.update({ where: { tenantId_id: { tenantId: salon.tenant.id, id: b.danNext! } }, data: { clientId: c.dan!, status: "PENDING" } });
    await prisma.paymentRecord.update({ where: { tenantId_id: { tenantId: salon.tenant.id, id: dan.id } }, data: { status: "PENDING" } });
    expect(await figures(c.dan!)).toMatchObject({ spendMinor: 0, visits: 0 });
    expect(await figures(c.cat!)).toMatchObject({ spendMinor: 0, visits: 0 });
    expect(await summaryDrift()).toEqual([]);
  });

  it("the kept figures equal the figures recomputed from the rows, for every client of the seeded demo too", async () => {
    expect(await prisma.clientSummary.count()).toBeGreaterThan(100);
    expect(await summaryDrift()).toEqual([]);
  });
});

describe("who sees whom", () => {
  it("a therapist sees only the clients booked with them, without their spend", async () => {
    const almaList = await listClients(alma, { sort: "name" }, { now: NOW });
    expect(almaList.rows.map((r) => r.id)).toEqual([c.ann]);
    expect(almaList.showSpend).toBe(false);
    expect(almaList.rows[0]!.spendMinor).toBeNull();
    // Asked to sort by spend, the list keeps its default order.
    expect((await listClients(bea, { sort: "spend" }, { now: NOW })).query.sort).toBe("lastVisit");
    expect(await ids(bea, { sort: "name" })).toEqual([c.ben, c.dan, c.eve]);
    expect(await ids(bea, { q: "lee" })).toEqual([]);
  });

  it("another salon's clients are never listed, and their ids find nothing", async () => {
    const everyone = await listClients(owner, { sort: "name" }, { now: NOW });
    expect(everyone.rows.map((r) => r.id)).not.toContain(c.otherAnn);
    await expect(getClientProfile(owner, c.otherAnn!, { now: NOW })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getClientProfile(alma, c.otherAnn!, { now: NOW })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getClientProfile(owner, crypto.randomUUID(), { now: NOW })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("a therapist's client page: their client opens, another therapist's client is not found", async () => {
    await expect(getClientProfile(alma, c.ben!, { now: NOW })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getClientProfile(bea, c.ann!, { now: NOW })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const page = await getClientProfile(alma, c.ann!, { now: NOW });
    expect(page.client).toMatchObject({ name: "Ann Lee", spendMinor: null });
    expect(page.payments).toBeNull();
    expect(page.history.every((s) => s.paidMinor === null && s.priceMinor === null)).toBe(true);
  });

  it("the demo's Maya sees exactly the clients with a booking with her", async () => {
    const serenity = await tenantBySlug(prisma, "serenity");
    const maya = await staffContextFor(prisma, "maya@serenity.test", "serenity");
    const expected = await prisma.booking.findMany({ where: { tenantId: serenity.id, therapistId: maya.therapistId! }, distinct: ["clientId"], select: { clientId: true } });
    const listed = await listClients(maya, { sort: "name" }, { now: NOW, perPage: 1000 });
    expect(listed.total).toBe(expected.length);
    expect(new Set(listed.rows.map((r) => r.id))).toEqual(new Set(expected.map((e) => e.clientId)));
    const all = await listClients(await staffContextFor(prisma, "owner@serenity.test", "serenity"), {}, { now: NOW });
    expect(all.total).toBe(await prisma.client.count({ where: { tenantId: serenity.id } }));
    expect(all.total).toBeGreaterThan(listed.total);
  });
});

describe("the client page", () => {
  beforeAll(async () => {
    await prisma.clientProfile.create({
      data: { tenantId: salon.tenant.id, clientId: c.ann!, preferences: { goal: "relaxation", pressure: "firm", focusAreas: ["neck"], avoidAreas: [] }, healthNotes: "Mild asthma: no strong scents", healthConsentAt: day(-60) },
    });
    const author = crypto.randomUUID();
    await prisma.sessionNote.create({ data: { tenantId: salon.tenant.id, bookingId: b.ann2!, clientId: c.ann!, authorUserId: author, authorName: "Alma", body: "Tight trapezius, worked slowly." } });
    await prisma.sessionNote.create({ data: { tenantId: salon.tenant.id, bookingId: b.annNext!, clientId: c.ann!, authorUserId: author, authorName: "Alma", body: "Bring the hot stones." } });
  });

  it("shows the owner contact, sessions to come and past, payments, preferences, health notes, check-ins and notes", async () => {
    const page = await getClientProfile(owner, c.ann!, { now: NOW });
    expect(page.client).toMatchObject({ name: "Ann Lee", email: "ann.lee@clients.test", phone: "+1 (212) 555-0101", visits: 3, spendMinor: 32_000, hasAccount: false });
    expect(page.upcoming.map((s) => s.id)).toEqual([b.annNext]);
    expect(page.history.map((s) => s.id)).toEqual([b.ann3, b.ann2, b.ann1]);
    expect(page.history.map((s) => s.paidMinor)).toEqual([8_500, 10_000, 11_500]);
    expect(page.history[0]).toMatchObject({ status: "COMPLETED", therapistName: "Alma", serviceName: "Swedish", priceMinor: 10_000, canOpen: true });
    expect(page.payments).toHaveLength(11);
    expect(page.payments!.filter((p) => p.record.kind === "REFUND")).toHaveLength(1);
    expect(page.preferences?.items).toContainEqual({ label: "Pressure", value: "Firm" });
    expect(page.healthNotes).toBe("Mild asthma: no strong scents");
    expect(page.checkIns.map((k) => k.satisfaction).sort()).toEqual([4, 5]);
    expect(page.checkIns.find((k) => k.satisfaction === 4)).toMatchObject({ goalReached: "Partly", wishes: "A warmer room please", therapistName: "Alma", changes: [{ label: "Firmer pressure", kept: false }] });
    expect(page.notes.map((n) => n.body)).toEqual(["Bring the hot stones.", "Tight trapezius, worked slowly."]);
  });

  it("shows a therapist the health notes too (staff only, as in the brief), and links only their own sessions", async () => {
    const page = await getClientProfile(alma, c.ann!, { now: NOW });
    expect(page.healthNotes).toBe("Mild asthma: no strong scents");
    expect(page.history.every((s) => s.canOpen)).toBe(true);
    const eve = await getClientProfile(bea, c.eve!, { now: NOW });
    expect(eve.history.map((s) => s.canOpen)).toEqual([true, true]);
    const owners = await getClientProfile(owner, c.ben!, { now: NOW });
    expect(owners.history.map((s) => s.status)).toEqual(["CANCELLED", "NO_SHOW", "COMPLETED"]);
    expect(owners.history.map((s) => s.paidMinor)).toEqual([0, 5_000, 10_000]);
  });
});
