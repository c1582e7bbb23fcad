import { beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { tableToCsv } from "@/lib/insights/csv";
import { loadInsights } from "@/lib/insights/load";
import { computeRetentionCohorts, countClients } from "@/lib/loyalty";
import { periodBounds } from "@/lib/loyalty/scope";
import { visitFigures } from "@/lib/loyalty/visits";
import { staffContextForUser, type StaffContext } from "@/lib/tenancy/guard";
import { setupTestDatabase } from "../setup/test-database";

// The dashboard as each viewer gets it, on the demo data: the owner sees the salon and may
// narrow it; a therapist sees their own sessions whatever the query string asks; ids of another
// salon count for nothing; the CSV holds what the page shows.

const { db } = setupTestDatabase();
let prisma: PrismaClient;
let owner: StaffContext;
let maya: StaffContext;
let harborOwner: StaffContext;

const staff = async (email: string, salon: string) => staffContextForUser((await prisma.user.findUniqueOrThrow({ where: { email } })).id, salon);
const therapistId = async (slug: string, name: string) => (await prisma.therapistProfile.findFirstOrThrow({ where: { tenant: { slug }, displayName: { startsWith: name } } })).id;
const metric = (insights: Awaited<ReturnType<typeof loadInsights>>, label: string) => insights.tables.headline.rows.find((r) => r.cells[0]!.value === label)?.cells[1]!.value;

beforeAll(async () => {
  prisma = await db();
  owner = await staff("owner@serenity.test", "serenity");
  maya = await staff("maya@serenity.test", "serenity");
  harborOwner = await staff("owner@harbor.test", "harbor");
});

describe("the loyalty dashboard", () => {
  it("tells the demo salon's story over the last 90 days: returning clients, rebooking, check-ins, cohorts, money", async () => {
    const insights = await loadInsights(owner, {});
    expect(insights.view.ownerView).toBe(true);
    expect(insights.filter).toMatchObject({ preset: "90d", days: 90 });
    const { current } = insights.data.summary.clients;
    expect(current.returning).toBeGreaterThan(current.new);
    expect(current.new).toBeGreaterThan(0);
    expect(insights.data.summary.rebooking.current.windows[0]!.rate).toBeGreaterThan(0.3);
    expect(insights.data.summary.rebooking.current.prebookingRate).toBeGreaterThan(0.1);
    expect(insights.data.summary.satisfaction.current.checkIns).toBeGreaterThan(10);
    expect(insights.data.summary.reliability.current.noShows).toBeGreaterThan(0);
    expect(insights.data.summary.money.current.tipsMinor).toBeGreaterThan(0);
    expect(insights.tables.cohorts.rows.length).toBeGreaterThanOrEqual(10);
    expect(insights.data.therapists.map((t) => t.therapistName)).toEqual(["Ana Souza", "Leo Park", "Maya Chen"]);
    // The headline table reads the same figures as the metric itself.
    expect(metric(insights, "Active clients")).toBe((await countClients(insights.view.scope)).active);
    expect(insights.tables.headline.rows.map((r) => r.cells[0]!.value)).toContain("Tips");
  });

  it("narrows to one therapist for the owner, and ignores a therapist or location id of another salon", async () => {
    const mayaId = await therapistId("serenity", "Maya");
    const narrowed = await loadInsights(owner, { therapist: mayaId });
    expect(narrowed.view.scope.therapistId).toBe(mayaId);
    expect(narrowed.data.therapists.map((t) => t.therapistName)).toEqual(["Maya Chen"]);
    const whole = await loadInsights(owner, {});
    expect(narrowed.data.summary.clients.current.active).toBeLessThan(whole.data.summary.clients.current.active);

    const harborLocation = (await prisma.location.findFirstOrThrow({ where: { tenant: { slug: "harbor" } } })).id;
    const foreign = await loadInsights(owner, { therapist: await therapistId("harbor", "Sam"), location: harborLocation });
    expect(foreign.view.scope.therapistId).toBeUndefined();
    expect(foreign.view.scope.locationId).toBeUndefined();
    expect(foreign.data.summary).toEqual(whole.data.summary);
  });

  it("shows a therapist only their own figures, without the salon's money, whatever the query string asks", async () => {
    const leoId = await therapistId("serenity", "Leo");
    const own = await loadInsights(maya, { therapist: leoId });
    expect(own.view.ownerView).toBe(false);
    expect(own.view.scope.therapistId).toBe(maya.therapistId);
    expect(own.view.therapists).toEqual([]);
    expect(own.data.therapists.map((t) => t.therapistName)).toEqual(["Maya Chen"]);
    expect(own.metrics.some((m) => m.section === "money")).toBe(false);
    expect(own.tables.money.rows).toEqual([]);
    expect(own.tables.therapists.columns.map((c) => c.label)).not.toContain("Tips");
    const csv = tableToCsv(own.tables.therapists, maya.tenant);
    expect(csv).toContain("Maya Chen");
    expect(csv).not.toMatch(/Leo Park|Ana Souza/);
    // The same figures as the owner narrowing to Maya.
    const ownerView = await loadInsights(owner, { therapist: maya.therapistId! });
    expect(own.data.summary.clients).toEqual(ownerView.data.summary.clients);
  });

  it("keeps each salon to itself: another salon's owner has no context there, and their dashboard holds only their clients", async () => {
    await expect(staff("owner@harbor.test", "serenity")).rejects.toMatchObject({ code: "NOT_FOUND" });
    const harbor = await loadInsights(harborOwner, { range: "365d" });
    const wishClients = harbor.data.latestWishes.map((w) => w.clientId);
    expect(wishClients.length).toBeGreaterThan(0);
    expect(await prisma.client.count({ where: { id: { in: wishClients }, tenant: { slug: "harbor" } } })).toBe(new Set(wishClients).size);
    expect(harbor.tables.wishes.rows[0]!.href).toMatch(/^\/staff\/harbor\/clients\//);
    expect(harbor.data.therapists.map((t) => t.therapistName).sort()).toEqual(["Priya Shah", "Sam Taylor"]);
  });

  it("counts clients and visit gaps as a plain distinct count over the bookings does, salon-wide and per therapist", async () => {
    const tenantId = owner.tenantId;
    const maya = await therapistId("serenity", "Maya");
    const days = (n: number) => n * 86_400_000;
    const now = Date.now();
    for (const [from, to] of [[now - days(90), now], [now - days(30), now], [now - days(400), now - days(200)]] as const) {
      for (const therapist of [undefined, maya]) {
        const scope = { tenantId, from: new Date(from), to: new Date(to), therapistId: therapist };
        const [figures] = await visitFigures(scope, periodBounds(scope));
        // The definitions read straight off the bookings: distinct clients, first visits at the salon, gaps between the sessions counted.
        const [expected] = await prisma.$queryRaw<{ active: bigint; new: bigint; sessions: bigint; median: number | null }[]>`
          WITH completed AS (
            SELECT b."clientId", b."startsAt", lag(b."startsAt") OVER (PARTITION BY b."clientId" ORDER BY b."startsAt", b."id") AS previous_at
            FROM "Booking" b WHERE b."tenantId" = ${tenantId}::uuid AND b."status" = 'COMPLETED'
              AND (${therapist ?? null}::uuid IS NULL OR b."therapistId" = ${therapist ?? null}::uuid)
          ), salon_first AS (
            SELECT "clientId", min("startsAt") AS first_at FROM "Booking" WHERE "tenantId" = ${tenantId}::uuid AND "status" = 'COMPLETED' GROUP BY 1
          )
          SELECT count(DISTINCT c."clientId") AS active, count(DISTINCT c."clientId") FILTER (WHERE f.first_at >= ${scope.from}) AS new, count(*) AS sessions,
            (percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM (c."startsAt" - c.previous_at)) / 86400))::float8 AS median
          FROM completed c JOIN salon_first f ON f."clientId" = c."clientId"
          WHERE c."startsAt" >= ${scope.from} AND c."startsAt" < ${scope.to}`;
        expect(figures!.clients.active).toBe(Number(expected!.active));
        expect(figures!.clients.active, "the demo has sessions in each of these periods").toBeGreaterThan(0);
        expect(figures!.clients.new).toBe(Number(expected!.new));
        expect(figures!.visitInterval.sessions).toBe(Number(expected!.sessions));
        if (expected!.median === null) expect(figures!.visitInterval.medianDays).toBeNull();
        else expect(figures!.visitInterval.medianDays).toBeCloseTo(expected!.median, 9);
      }
    }
  });

  it("counts cohorts as a plain distinct count of clients per local month over the bookings does", async () => {
    const tenant = await prisma.tenant.findUniqueOrThrow({ where: { id: owner.tenantId } });
    const to = new Date();
    const from = new Date(to.getTime() - 400 * 86_400_000);
    const cohorts = await computeRetentionCohorts({ tenantId: tenant.id, from, to, timeZone: tenant.timeZone });
    const expected = await prisma.$queryRaw<{ cohort: string; month: string; clients: bigint }[]>`
      WITH completed AS (
        SELECT b."clientId", b."startsAt", min(b."startsAt") OVER (PARTITION BY b."clientId") AS first_at
        FROM "Booking" b WHERE b."tenantId" = ${tenant.id}::uuid AND b."status" = 'COMPLETED'
      )
      SELECT to_char(first_at AT TIME ZONE ${tenant.timeZone}, 'YYYY-MM') AS cohort, to_char("startsAt" AT TIME ZONE ${tenant.timeZone}, 'YYYY-MM') AS month,
        count(DISTINCT "clientId") AS clients
      FROM completed
      WHERE date_trunc('month', first_at AT TIME ZONE ${tenant.timeZone}) >= date_trunc('month', ${from}::timestamptz AT TIME ZONE ${tenant.timeZone}) AND "startsAt" < ${to}
      GROUP BY 1, 2`;
    const cells = cohorts.flatMap((c) => c.cells.filter((cell) => cell.clients > 0).map((cell) => ({ cohort: c.month, monthsSince: cell.monthsSince, clients: cell.clients })));
    const monthsBetween = (a: string, b: string) => (Number(b.slice(0, 4)) - Number(a.slice(0, 4))) * 12 + Number(b.slice(5, 7)) - Number(a.slice(5, 7));
    const plain = expected.map((r) => ({ cohort: r.cohort, monthsSince: monthsBetween(r.cohort, r.month), clients: Number(r.clients) }));
    const order = (x: { cohort: string; monthsSince: number }, y: { cohort: string; monthsSince: number }) => x.cohort.localeCompare(y.cohort) || x.monthsSince - y.monthsSince;
    expect(cells.sort(order)).toEqual(plain.sort(order));
    expect(cells.length, "the demo's year of history gives many cells").toBeGreaterThan(20);
    for (const c of cohorts) expect(c.size).toBe(c.cells[0]!.clients);
  });

  it("falls back to the last 90 days with a message when the custom period is not valid", async () => {
    const insights = await loadInsights(owner, { range: "custom", from: "2026-11-01", to: "2026-10-01" });
    expect(insights.problem).toContain("comes after");
    expect(insights.filter.preset).toBe("90d");
  });
});
