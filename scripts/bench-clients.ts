// The client list's server time on a big salon: 10,000 clients with 10 bookings each with one or
// two of ten therapists (eight completed, a cancellation with its deposit refunded, then a no-show
// or a booking to come), their payments and check-ins, written by SQL into a scratch database;
// then one page of the list (50 clients) for each sort, both directions, the last page, a search
// and a therapist's view, timed as the page calls it.
// Run: npx tsx scripts/bench-clients.ts            (PostgreSQL at BENCH_ADMIN_URL or the local default)
//      BENCH_ENGINE=pglite npx tsx scripts/bench-clients.ts   (embedded PGlite in memory)
//      BENCH_KEEP=1 … keeps the scratch PostgreSQL database (its URL is printed) for EXPLAIN by hand.
import crypto from "node:crypto";
import { pathToFileURL } from "node:url";
import { closeDatabase, getDatabase } from "@/lib/db/client";
import { migrateApp } from "@/lib/db/migrate-app";
import { resetEnvCache } from "@/lib/env";
import type { Tenant } from "@/lib/generated/prisma/client";
import { CLIENT_SORTS, listClients, type ClientListQuery } from "@/lib/clients/list-clients";
import type { StaffContext } from "@/lib/tenancy/guard";
import { createScratchDatabase, DEFAULT_ADMIN_URL, type ScratchDatabase } from "./bench-charges-setup";

const NOW = new Date("2026-11-23T15:00:00Z");

/** The salon's rows, all by SQL (ids from md5 so bookings can name their therapist and client). */
function seedSql(tenantId: string, clients: number): string {
  const t = `'${tenantId}'::uuid`;
  const now = `'${NOW.toISOString()}'::timestamptz`;
  return `
    INSERT INTO "Tenant" (id, slug, name, "timeZone", currency) VALUES (${t}, 'bench-clients-${tenantId.slice(0, 8)}', 'Bench Spa', 'America/New_York', 'USD');
    INSERT INTO "Location" ("tenantId", id, name, "addressLine1", city, "postalCode", country, "timeZone")
      VALUES (${t}, md5('${tenantId}-loc')::uuid, 'Main', '1 Main St', 'New York', '10001', 'US', 'America/New_York');
    INSERT INTO "Service" ("tenantId", id, slug, name, description, "durationMinutes", "priceCents")
      VALUES (${t}, md5('${tenantId}-svc')::uuid, 'bench', 'Bench massage', '', 60, 10000);
    INSERT INTO "TherapistProfile" ("tenantId", id, "userId", "displayName")
      SELECT ${t}, md5('${tenantId}-t' || g)::uuid, gen_random_uuid(), 'Therapist ' || g FROM generate_series(1, 10) g;
    INSERT INTO "Client" ("tenantId", id, name, email, phone)
      SELECT ${t}, md5('${tenantId}-c' || g)::uuid,
        (ARRAY['Ava','Ben','Chloe','Dev','Ella','Finn','Grace','Hugo','Isla','Jack','Kara','Liam','Mia','Noah','Olive','Priya','Quinn','Rosa','Sam','Tara'])[1 + g % 20]
          || ' ' || (ARRAY['Adams','Brown','Clark','Davis','Evans','Fisher','Garcia','Hall','Irwin','Jones','King','Lopez','Moore','Nash','Owens','Patel','Reed','Shaw','Turner','Young'])[1 + (g / 20) % 20]
          || ' ' || g,
        'client' || g || '@bench.invalid', '+1 212 5' || lpad(g::text, 6, '0')
      FROM generate_series(1, ${clients}) g;
    INSERT INTO "Booking" ("tenantId", id, "locationId", "serviceId", "therapistId", "clientId", status, "startsAt", "endsAt", "blockStartsAt", "blockEndsAt",
        "serviceName", "durationMinutes", "priceCents", currency, "policySnapshot", "contactName", "contactEmail", "contactPhone")
      SELECT ${t}, md5('${tenantId}-b' || g || '-' || k)::uuid, md5('${tenantId}-loc')::uuid, md5('${tenantId}-svc')::uuid,
        md5('${tenantId}-t' || (1 + (g + (k % 2) * (g % 3)) % 10))::uuid, md5('${tenantId}-c' || g)::uuid, s.status::"BookingStatus", s.starts, s.starts + interval '1 hour', s.starts, s.starts + interval '1 hour',
        'Bench massage', 60, 10000, 'USD', '{}'::jsonb, 'Client ' || g, 'client' || g || '@bench.invalid', '+1 212 555 0100'
      FROM generate_series(1, ${clients}) g CROSS JOIN generate_series(1, 10) k
      CROSS JOIN LATERAL (SELECT
        CASE WHEN k <= 8 THEN 'COMPLETED' WHEN k = 9 THEN 'CANCELLED' WHEN g % 3 = 0 THEN 'CONFIRMED' ELSE 'NO_SHOW' END AS status,
        CASE WHEN k = 10 AND g % 3 = 0 THEN ${now} + g * interval '1 hour'
             ELSE ${now} - ((g * 13 + k * 37) % 730 + 1) * interval '1 day' - (g % 9) * interval '1 hour' END AS starts) s;
    INSERT INTO "PaymentRecord" ("tenantId", id, "bookingId", kind, status, "amountMinor", currency, actor)
      SELECT ${t}, md5(b.id::text || '-dep')::uuid, b.id, 'DEPOSIT'::"PaymentKind", 'SUCCEEDED'::"PaymentStatus", 2000, 'USD', 'bench' FROM "Booking" b WHERE b."tenantId" = ${t} AND b.status <> 'CONFIRMED'
      UNION ALL
      SELECT ${t}, gen_random_uuid(), b.id, 'BALANCE'::"PaymentKind", 'SUCCEEDED'::"PaymentStatus", 8000, 'USD', 'bench' FROM "Booking" b WHERE b."tenantId" = ${t} AND b.status = 'COMPLETED'
      UNION ALL
      SELECT ${t}, gen_random_uuid(), b.id, 'TIP'::"PaymentKind", 'SUCCEEDED'::"PaymentStatus", 1500, 'USD', 'bench' FROM "Booking" b WHERE b."tenantId" = ${t} AND b.status = 'COMPLETED' AND get_byte(decode(md5(b.id::text), 'hex'), 0) % 3 = 0
      UNION ALL
      SELECT ${t}, gen_random_uuid(), b.id, 'NO_SHOW_FEE'::"PaymentKind", 'SUCCEEDED'::"PaymentStatus", 3000, 'USD', 'bench' FROM "Booking" b WHERE b."tenantId" = ${t} AND b.status = 'NO_SHOW'
      UNION ALL
      SELECT ${t}, gen_random_uuid(), b.id, 'BALANCE'::"PaymentKind", 'FAILED'::"PaymentStatus", 8000, 'USD', 'bench' FROM "Booking" b WHERE b."tenantId" = ${t} AND b.status = 'COMPLETED' AND get_byte(decode(md5(b.id::text), 'hex'), 1) % 10 = 0;
    INSERT INTO "PaymentRecord" ("tenantId", id, "bookingId", kind, status, "amountMinor", currency, actor, "refundOfId")
      SELECT ${t}, gen_random_uuid(), b.id, 'REFUND'::"PaymentKind", 'SUCCEEDED'::"PaymentStatus", 2000, 'USD', 'bench', md5(b.id::text || '-dep')::uuid FROM "Booking" b WHERE b."tenantId" = ${t} AND b.status = 'CANCELLED';
    INSERT INTO "CheckIn" ("tenantId", id, "bookingId", "clientId", "therapistId", satisfaction, "goalReached", changes, "appliedChanges", "createdAt")
      SELECT ${t}, gen_random_uuid(), b.id, b."clientId", b."therapistId", 1 + get_byte(decode(md5(b.id::text), 'hex'), 2) % 5,
        (ARRAY['YES','PARTLY','NO'])[1 + get_byte(decode(md5(b.id::text), 'hex'), 3) % 3]::"GoalReached", '{}', '{}', b."endsAt" + interval '3 hours'
      FROM "Booking" b WHERE b."tenantId" = ${t} AND b.status = 'COMPLETED' AND get_byte(decode(md5(b.id::text), 'hex'), 4) % 2 = 0;
    ANALYZE;`;
}

type Case = { label: string; staff: "owner" | "therapist"; query: Partial<ClientListQuery> };

function cases(lastPage: number): Case[] {
  return [
    ...CLIENT_SORTS.flatMap((sort) => (["desc", "asc"] as const).map((dir): Case => ({ label: `sort ${sort} ${dir}`, staff: "owner", query: { sort, dir } }))),
    { label: `last visit, page ${lastPage}`, staff: "owner", query: { sort: "lastVisit", page: lastPage } },
    { label: "search 'grace' (name)", staff: "owner", query: { q: "grace" } },
    { label: "search '5000' (phone digits)", staff: "owner", query: { q: "5000" } },
    { label: "therapist's clients, last visit", staff: "therapist", query: {} },
    { label: "therapist's clients, satisfaction", staff: "therapist", query: { sort: "satisfaction" } },
  ];
}

export async function benchClients({ clients = 10_000, runs = 20, warmup = 3 }: { clients?: number; runs?: number; warmup?: number } = {}): Promise<void> {
  const engine = process.env.BENCH_ENGINE === "pglite" ? "pglite" : "postgres";
  let scratch: ScratchDatabase | null = null;
  if (engine === "postgres") {
    scratch = await createScratchDatabase(process.env.BENCH_ADMIN_URL ?? DEFAULT_ADMIN_URL);
    await scratch.prisma.$disconnect();
    await scratch.driver.close();
    process.env.DATABASE_URL = scratch.url;
  } else {
    delete process.env.DATABASE_URL;
    process.env.PGLITE_DATA_DIR = "memory://";
  }
  resetEnvCache();
  try {
    const { prisma, driver } = await getDatabase();
    if (engine === "pglite") await migrateApp(driver);
    const tenantId = crypto.randomUUID();
    const seeded = performance.now();
    await driver.exec(seedSql(tenantId, clients));
    const counts = await driver.query<{ bookings: string; payments: string; checkins: string }>(
      `SELECT (SELECT count(*) FROM "Booking") AS bookings, (SELECT count(*) FROM "PaymentRecord") AS payments, (SELECT count(*) FROM "CheckIn") AS checkins`,
    );
    console.log(
      `Client list (${engine === "postgres" ? "PostgreSQL" : "embedded PGlite"}): ${clients} clients, ${counts[0]!.bookings} bookings, ${counts[0]!.payments} payment records, ${counts[0]!.checkins} check-ins (seeded in ${((performance.now() - seeded) / 1000).toFixed(1)} s); one page of 50, ${runs} runs each`,
    );
    const tenant: Tenant = await prisma.tenant.findUniqueOrThrow({ where: { id: tenantId } });
    const therapist = await prisma.therapistProfile.findFirstOrThrow({ where: { tenantId, displayName: "Therapist 1" } });
    const staff: Record<Case["staff"], StaffContext> = {
      owner: { kind: "staff", tenant, tenantId, userId: crypto.randomUUID(), roles: ["OWNER"], therapistId: null },
      therapist: { kind: "staff", tenant, tenantId, userId: therapist.userId, roles: ["THERAPIST"], therapistId: therapist.id },
    };
    for (const c of cases(Math.ceil(clients / 50))) {
      const run = () => listClients(staff[c.staff], c.query, { now: NOW });
      let result = await run();
      for (let i = 0; i < warmup; i++) result = await run();
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        const t0 = performance.now();
        result = await run();
        times.push(performance.now() - t0);
      }
      times.sort((a, b) => a - b);
      const at = (p: number) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))]!;
      console.log(`  ${c.label.padEnd(36)} median ${at(50).toFixed(1).padStart(6)} ms  p95 ${at(95).toFixed(1).padStart(6)} ms  (${result.total} clients, ${result.rows.length} on the page)`);
    }
  } finally {
    await closeDatabase();
    if (scratch && process.env.BENCH_KEEP) console.log(`  kept ${scratch.url}`);
    else await scratch?.drop();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await benchClients({ runs: Number(process.env.BENCH_RUNS ?? 20) });
}
