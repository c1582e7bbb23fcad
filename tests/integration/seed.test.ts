import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkPassword } from "@/lib/auth/password";
import { openDatabase, type Database } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemoData, type SeedSummary } from "@/lib/seed/seed-demo";

// A fixed clock whose six-month history spans both DST changes (London 25 Oct, New York 1 Nov 2026).
const NOW = new Date("2026-11-23T15:00:00Z");

async function freshSeededDatabase(): Promise<Database & { summary: SeedSummary; seedMs: number }> {
  const database = await openDatabase({ kind: "pglite", dataDir: "memory://" });
  await migrate(database.driver);
  const started = performance.now();
  const summary = await seedDemoData(database.prisma, { now: NOW });
  return { ...database, summary, seedMs: performance.now() - started };
}

async function close(database: Database | undefined) {
  if (!database) return;
  await database.prisma.$disconnect();
  await database.driver.close();
}

/** Everything about the bookings except the random ids, in a stable order. */
async function fingerprint({ driver }: Database): Promise<string> {
  const rows = await driver.query(`
    SELECT t.slug, tp."displayName", s.slug AS service, c.email, b."startsAt", b.status, b."createdAt"
    FROM "Booking" b
    JOIN "Tenant" t ON t.id = b."tenantId"
    JOIN "TherapistProfile" tp ON tp."tenantId" = b."tenantId" AND tp.id = b."therapistId"
    JOIN "Service" s ON s."tenantId" = b."tenantId" AND s.id = b."serviceId"
    JOIN "Client" c ON c."tenantId" = b."tenantId" AND c.id = b."clientId"
    ORDER BY 1, 2, 5`);
  return JSON.stringify(rows);
}

describe("seedDemoData", () => {
  let db: Awaited<ReturnType<typeof freshSeededDatabase>>;

  beforeAll(async () => {
    db = await freshSeededDatabase();
  });
  afterAll(async () => {
    await close(db);
  });

  it("creates the two demo salons with their zones, currencies and policies", async () => {
    const tenants = await db.prisma.tenant.findMany({ orderBy: { slug: "asc" }, include: { locations: true } });
    expect(tenants.map((t) => [t.slug, t.name, t.timeZone, t.currency, t.cancellationNoticeHours])).toEqual([
      ["harbor", "Harbor Massage", "Europe/London", "GBP", 48],
      ["serenity", "Serenity Spa", "America/New_York", "USD", 24],
    ]);
    for (const tenant of tenants) {
      expect(tenant.locations).toHaveLength(1);
      expect(tenant.locations[0]?.timeZone).toBe(tenant.timeZone);
    }
    expect(db.summary).toEqual({
      tenants: 2,
      therapists: 5,
      clients: await db.prisma.client.count(),
      bookings: await db.prisma.booking.count(),
    });
    // On PGlite the whole seed is meant to take a few seconds; this only catches a gross regression.
    expect(db.seedMs).toBeLessThan(20_000);
  });

  it("creates every demo account with its membership and the demo password", async () => {
    expect(DEMO_ACCOUNTS).toHaveLength(7);
    for (const account of DEMO_ACCOUNTS) {
      const user = await db.prisma.user.findUniqueOrThrow({
        where: { email: account.email },
        include: { memberships: { include: { tenant: true } } },
      });
      expect(user.memberships.map((m) => [m.role, m.tenant.name])).toEqual([[account.role, account.salon]]);
      expect(await checkPassword(DEMO_PASSWORD, user.passwordHash ?? "")).toEqual({ ok: true, needsRehash: false });
      expect((await checkPassword("wrong-password", user.passwordHash ?? "")).ok).toBe(false);
    }
    const therapists = await db.prisma.therapistProfile.findMany({ include: { tenant: true } });
    expect(therapists.map((t) => `${t.tenant.slug}:${t.displayName}`).sort()).toEqual([
      "harbor:Priya Shah", "harbor:Sam Taylor", "serenity:Ana Souza", "serenity:Leo Park", "serenity:Maya Chen",
    ]);
    expect(therapists.every((t) => (t.bio ?? "").length > 20)).toBe(true);
  });

  it("keeps per-tenant data in sensible proportions", async () => {
    const rows = await db.driver.query<{ slug: string; services: number; clients: number; rules: number; links: number; timeoff: number }>(`
      SELECT t.slug,
        (SELECT count(*)::int FROM "Service" s WHERE s."tenantId" = t.id) AS services,
        (SELECT count(*)::int FROM "Client" c WHERE c."tenantId" = t.id) AS clients,
        (SELECT count(*)::int FROM "AvailabilityRule" r WHERE r."tenantId" = t.id) AS rules,
        (SELECT count(*)::int FROM "ServiceTherapist" st WHERE st."tenantId" = t.id) AS links,
        (SELECT count(*)::int FROM "TimeOff" o WHERE o."tenantId" = t.id) AS timeoff
      FROM "Tenant" t ORDER BY t.slug`);
    const [harbor, serenity] = rows;
    expect(serenity?.services).toBeGreaterThanOrEqual(4);
    expect(harbor?.services).toBeGreaterThanOrEqual(2);
    expect(serenity?.clients).toBeGreaterThanOrEqual(100);
    expect(harbor?.clients).toBeGreaterThanOrEqual(50);
    for (const tenant of rows) {
      expect(tenant.rules).toBeGreaterThan(0);
      expect(tenant.timeoff).toBeGreaterThan(0);
    }
    // Not every therapist offers every service.
    expect(serenity?.links).toBeLessThan(3 * (serenity?.services ?? 0));
    const hotStone = await db.prisma.serviceTherapist.findMany({
      where: { service: { slug: "hot-stone-75", tenant: { slug: "serenity" } } },
      include: { therapist: true },
    });
    expect(hotStone.map((l) => l.therapist.displayName).sort()).toEqual(["Ana Souza", "Leo Park"]);
    // Every booking is for a service its therapist offers, with a snapshot matching the salon.
    const [mismatch] = await db.driver.query<{ n: number }>(`
      SELECT count(*)::int AS n FROM "Booking" b
      JOIN "Tenant" t ON t.id = b."tenantId"
      JOIN "Service" s ON s."tenantId" = b."tenantId" AND s.id = b."serviceId"
      WHERE NOT EXISTS (SELECT 1 FROM "ServiceTherapist" st WHERE st."tenantId" = b."tenantId" AND st."serviceId" = b."serviceId" AND st."therapistId" = b."therapistId")
         OR b.currency <> t.currency OR b."priceCents" <> s."priceCents" OR b."serviceName" <> s.name
         OR b."durationMinutes" <> s."durationMinutes"
         OR (b."policySnapshot"->>'cancellationNoticeHours')::int <> t."cancellationNoticeHours"
         OR b."endsAt" - b."startsAt" <> make_interval(mins => s."durationMinutes")
         OR b."startsAt" - b."blockStartsAt" <> make_interval(mins => s."bufferBeforeMinutes")
         OR b."blockEndsAt" - b."endsAt" <> make_interval(mins => s."bufferAfterMinutes")
         OR b."createdAt" >= b."startsAt"`);
    expect(mismatch?.n).toBe(0);
  });

  it("has a realistic past: enough bookings, mostly completed, some no-shows and cancellations", async () => {
    const rows = await db.driver.query<{ slug: string; status: string; n: number }>(
      `SELECT t.slug, b.status::text, count(*)::int AS n FROM "Booking" b JOIN "Tenant" t ON t.id = b."tenantId"
       WHERE b."startsAt" < $1 GROUP BY 1, 2`,
      [NOW],
    );
    const count = (slug: string, status?: string) =>
      rows.filter((r) => r.slug === slug && (!status || r.status === status)).reduce((n, r) => n + r.n, 0);
    expect(count("serenity")).toBeGreaterThanOrEqual(400);
    expect(count("harbor")).toBeGreaterThanOrEqual(150);
    for (const slug of ["serenity", "harbor"]) {
      expect(count(slug, "COMPLETED") / count(slug)).toBeGreaterThan(0.8);
      expect(count(slug, "NO_SHOW")).toBeGreaterThan(0);
      expect(count(slug, "CANCELLED")).toBeGreaterThan(0);
    }
    // A session already over is never left open; only one still in progress may be confirmed.
    expect(await db.prisma.booking.count({ where: { status: { in: ["CONFIRMED", "PENDING"] }, endsAt: { lte: NOW } } })).toBe(0);
    const cancelled = await db.prisma.booking.findMany({ where: { status: "CANCELLED" } });
    expect(cancelled.every((b) => b.cancelledAt && b.cancelReason && b.cancelledAt < b.startsAt)).toBe(true);
    const [events] = await db.driver.query<{ bad: number; total: number }>(`
      SELECT count(*) FILTER (WHERE e."toStatus" <> b.status OR e.actor <> 'seed'
               OR (b.status <> 'CONFIRMED' AND e."fromStatus" IS DISTINCT FROM 'CONFIRMED'))::int AS bad,
             count(*)::int AS total
      FROM "Booking" b JOIN "BookingEvent" e ON e."tenantId" = b."tenantId" AND e."bookingId" = b.id`);
    expect(events).toEqual({ bad: 0, total: await db.prisma.booking.count() });
  });

  it("never overlaps two bookings of one therapist, buffers included", async () => {
    const [overlaps] = await db.driver.query<{ n: number }>(`
      SELECT count(*)::int AS n FROM "Booking" a JOIN "Booking" b
        ON a."tenantId" = b."tenantId" AND a."therapistId" = b."therapistId" AND a.id < b.id
       AND tstzrange(a."blockStartsAt", a."blockEndsAt", '[)') && tstzrange(b."blockStartsAt", b."blockEndsAt", '[)')
      WHERE a.status <> 'CANCELLED' AND b.status <> 'CANCELLED'`);
    expect(overlaps?.n).toBe(0);
  });

  it("places every booking inside its therapist's working hours in local time, across DST, and outside time off", async () => {
    const [outside] = await db.driver.query<{ n: number }>(`
      SELECT count(*)::int AS n FROM "Booking" b JOIN "Tenant" t ON t.id = b."tenantId"
      CROSS JOIN LATERAL (SELECT b."blockStartsAt" AT TIME ZONE t."timeZone" AS s, b."blockEndsAt" AT TIME ZONE t."timeZone" AS e) l
      WHERE NOT EXISTS (
        SELECT 1 FROM "AvailabilityRule" r
        WHERE r."tenantId" = b."tenantId" AND r."therapistId" = b."therapistId"
          AND r.weekday = extract(dow FROM l.s) AND l.s::date = l.e::date
          AND r."startMinute" <= extract(hour FROM l.s) * 60 + extract(minute FROM l.s)
          AND extract(hour FROM l.e) * 60 + extract(minute FROM l.e) <= r."endMinute")`);
    expect(outside?.n).toBe(0);
    const [duringTimeOff] = await db.driver.query<{ n: number }>(`
      SELECT count(*)::int AS n FROM "Booking" b JOIN "TimeOff" o
        ON o."tenantId" = b."tenantId" AND o."therapistId" = b."therapistId"
       AND o."startsAt" < b."blockEndsAt" AND b."blockStartsAt" < o."endsAt"`);
    expect(duringTimeOff?.n).toBe(0);
    // The history really does straddle the DST changes, so the check above means something.
    const [straddle] = await db.driver.query<{ before: number; after: number }>(`
      SELECT count(*) FILTER (WHERE b."startsAt" < '2026-10-25T00:00:00Z')::int AS before,
             count(*) FILTER (WHERE b."startsAt" > '2026-11-02T00:00:00Z')::int AS after
      FROM "Booking" b`);
    expect(straddle?.before).toBeGreaterThan(0);
    expect(straddle?.after).toBeGreaterThan(0);
  });

  it("has confirmed future bookings, one per Serenity therapist from tomorrow on, with room to spare", async () => {
    const future = await db.driver.query<{ slug: string; therapist: string; status: string; localDate: string }>(
      `SELECT t.slug, tp."displayName" AS therapist, b.status::text,
              to_char(b."startsAt" AT TIME ZONE t."timeZone", 'YYYY-MM-DD') AS "localDate"
       FROM "Booking" b JOIN "Tenant" t ON t.id = b."tenantId"
       JOIN "TherapistProfile" tp ON tp."tenantId" = b."tenantId" AND tp.id = b."therapistId"
       WHERE b."startsAt" >= $1`,
      [NOW],
    );
    expect(future.every((b) => b.status === "CONFIRMED")).toBe(true);
    for (const slug of ["serenity", "harbor"]) {
      const count = future.filter((b) => b.slug === slug).length;
      expect(count).toBeGreaterThanOrEqual(5);
      expect(count).toBeLessThanOrEqual(30);
    }
    const todayInNewYork = "2026-11-23";
    for (const name of ["Maya Chen", "Leo Park", "Ana Souza"]) {
      expect(future.some((b) => b.therapist === name && b.localDate > todayInNewYork)).toBe(true);
    }
  });

  it("fills today for the staff area: finished sessions completed, later ones confirmed", async () => {
    const today = await db.driver.query<{ status: string; ended: boolean }>(
      `SELECT b.status::text, b."endsAt" <= $1 AS ended FROM "Booking" b JOIN "Tenant" t ON t.id = b."tenantId"
        WHERE t.slug = 'serenity' AND to_char(b."startsAt" AT TIME ZONE t."timeZone", 'YYYY-MM-DD') = '2026-11-23'`,
      [NOW],
    );
    expect(today.length).toBeGreaterThanOrEqual(2);
    expect(today.every((b) => (b.ended ? b.status !== "CONFIRMED" : b.status === "CONFIRMED"))).toBe(true);
  });

  it("gives each salon's payments list a concern, an owed balance and a dispute, each consistent with its ledger", async () => {
    for (const tenant of await db.prisma.tenant.findMany()) {
      const concerns = await db.prisma.concern.findMany({ where: { tenantId: tenant.id, status: "OPEN" }, include: { booking: true } });
      expect(concerns).toHaveLength(1);
      expect(concerns[0]!.booking.balanceStatus).toBe("CONCERN");
      const owed = await db.prisma.booking.findMany({ where: { tenantId: tenant.id, balanceStatus: "OWED" }, include: { payments: true } });
      expect(owed).toHaveLength(1);
      const attempts = owed[0]!.payments.filter((p) => p.kind === "BALANCE");
      expect(attempts.map((p) => [p.attempt, p.status])).toEqual([[1, "FAILED"], [2, "FAILED"], [3, "FAILED"]]);
      expect(owed[0]!.payments.some((p) => p.status === "SUCCEEDED" && (p.kind === "BALANCE" || p.kind === "TIP"))).toBe(false);
      const disputes = await db.prisma.dispute.findMany({ where: { tenantId: tenant.id }, include: { booking: { include: { payments: true } } } });
      expect(disputes).toHaveLength(1);
      const paid = disputes[0]!.booking.payments.filter((p) => p.status === "SUCCEEDED" && (p.kind === "BALANCE" || p.kind === "TIP")).reduce((t, p) => t + p.amountMinor, 0);
      expect(disputes[0]!.amountMinor).toBe(paid);
    }
  });

  it("gives briefs and the dashboard a story: preferences, remembered changes, check-ins per therapist, notes", async () => {
    const counts = await db.driver.query<{ profiles: number; upcoming: number; upcomingWithPrefs: number; checkIns: number; remembered: number; notes: number; health: number }>(`
      SELECT (SELECT count(*)::int FROM "ClientProfile") AS profiles,
             (SELECT count(*)::int FROM "Booking" WHERE status = 'CONFIRMED' AND "startsAt" > $1) AS upcoming,
             (SELECT count(*)::int FROM "Booking" b JOIN "BookingPreferences" p ON p."bookingId" = b.id WHERE b.status = 'CONFIRMED' AND b."startsAt" > $1) AS "upcomingWithPrefs",
             (SELECT count(*)::int FROM "CheckIn") AS "checkIns",
             (SELECT count(*)::int FROM "CheckIn" WHERE cardinality("appliedChanges") > 0) AS remembered,
             (SELECT count(*)::int FROM "SessionNote") AS notes,
             (SELECT count(*)::int FROM "ClientProfile" WHERE "healthNotes" IS NOT NULL) AS health`, [NOW]);
    const c = counts[0]!;
    expect(c.profiles).toBeGreaterThan(50);
    expect(c.upcomingWithPrefs / c.upcoming).toBeGreaterThan(0.5);
    expect(c.checkIns).toBeGreaterThan(200);
    expect(c.remembered).toBeGreaterThan(10);
    expect(c.notes).toBeGreaterThan(100);
    expect(c.health).toBeGreaterThan(3);
    // Check-ins only follow completed sessions, and never come before them.
    const bad = await db.driver.query<{ n: number }>(`SELECT count(*)::int AS n FROM "CheckIn" ci JOIN "Booking" b ON b.id = ci."bookingId" WHERE b.status <> 'COMPLETED' OR ci."createdAt" < b."endsAt" OR ci."createdAt" > $1`, [NOW]);
    expect(bad[0]!.n).toBe(0);
    // Satisfaction differs by therapist, so "per therapist" means something.
    const perTherapist = await db.driver.query<{ avg: number }>(`SELECT avg(satisfaction)::float AS avg FROM "CheckIn" GROUP BY "therapistId"`);
    const avgs = perTherapist.map((r) => r.avg);
    expect(Math.max(...avgs) - Math.min(...avgs)).toBeGreaterThan(0.2);
  });

  it("is deterministic for a given now", async () => {
    const again = await freshSeededDatabase();
    try {
      expect(again.summary).toEqual(db.summary);
      expect(await fingerprint(again)).toBe(await fingerprint(db));
    } finally {
      await close(again);
    }
  });
});
