// Benchmark of the loyalty dashboard's server time: loadDashboard (every metric, with the
// previous period, cohorts, charts, wishes and therapist figures incl. utilisation) for the
// last 90 days, on a salon of 1,000 sessions (100 clients) and one of 100,000 sessions (10,000
// clients) seeded by bulk SQL, on embedded PGlite (in memory) and on a scratch PostgreSQL
// database. Targets: at 100× the sessions no more than 3× the time; p95 under 300 ms on
// PostgreSQL at 100,000 sessions.
import { addDaysToLocalDate, instantToLocalParts, localDateTimeToInstant } from "@/lib/availability/time-zone";
import { closeDatabase, getDatabase } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";
import type { SqlDriver } from "@/lib/db/sql-driver";
import { resetEnvCache } from "@/lib/env";
import { cohortWindowStart, computeRetentionCohorts, computeUtilisation, findLatestWishes, loadDashboard, type DashboardScope } from "@/lib/loyalty";
import { bookingFigures } from "@/lib/loyalty/period-bookings";
import { satisfactionFigures } from "@/lib/loyalty/satisfaction";
import { periodBounds } from "@/lib/loyalty/scope";
import { visitFigures } from "@/lib/loyalty/visits";
import { createScratchDatabase, DEFAULT_ADMIN_URL } from "./bench-charges-setup";
import { seedLoyaltySalon, type LoyaltySalon } from "./bench-loyalty-seed";

const SIZES = [
  { sessions: 1_000, clients: 100 },
  { sessions: 100_000, clients: 10_000 },
] as const;
const P95_TARGET_MS = 300;
const RATIO_TARGET = 3;

type Timing = { p50: number; p95: number; min: number };

export async function benchLoyalty({ runs = Number(process.env.BENCH_LOYALTY_RUNS ?? 20), warmup = 3 } = {}) {
  console.log(`Loyalty dashboard: loadDashboard for the last 90 days (all metrics and their previous period), ${warmup} warm-up loads then ${runs} timed`);
  const saved = { DATABASE_URL: process.env.DATABASE_URL, PGLITE_DATA_DIR: process.env.PGLITE_DATA_DIR, PGLITE_SNAPSHOT: process.env.PGLITE_SNAPSHOT };
  try {
    // BENCH_LOYALTY_ENGINES=postgres (or pglite) measures one engine only.
    const engines = process.env.BENCH_LOYALTY_ENGINES ?? "pglite,postgres";
    if (engines.includes("pglite")) await onPGlite(runs, warmup);
    if (engines.includes("postgres")) await onPostgres(runs, warmup);
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
    resetEnvCache();
  }
}

async function onPGlite(runs: number, warmup: number) {
  delete process.env.DATABASE_URL;
  delete process.env.PGLITE_SNAPSHOT;
  process.env.PGLITE_DATA_DIR = "memory://";
  resetEnvCache();
  try {
    const { driver } = await getDatabase();
    await migrate(driver);
    await measureEngine("embedded PGlite (in memory)", driver, runs, warmup, false);
  } finally {
    await closeDatabase();
  }
}

async function onPostgres(runs: number, warmup: number) {
  const adminUrl = process.env.BENCH_DATABASE_URL ?? DEFAULT_ADMIN_URL;
  let scratch;
  try {
    scratch = await createScratchDatabase(adminUrl);
  } catch (error) {
    console.log(`  PostgreSQL skipped: no server to create a scratch database on (${new URL(adminUrl).host}; set BENCH_DATABASE_URL): ${error instanceof Error ? error.message : String(error)}`);
    return;
  }
  try {
    process.env.DATABASE_URL = scratch.url;
    resetEnvCache();
    await measureEngine("PostgreSQL", scratch.driver, runs, warmup, true);
  } finally {
    await closeDatabase();
    await scratch.drop();
  }
}

async function measureEngine(label: string, driver: SqlDriver, runs: number, warmup: number, isPostgres: boolean) {
  const seedStart = performance.now();
  const salons: LoyaltySalon[] = [];
  for (const size of SIZES) salons.push(await seedLoyaltySalon(driver, size));
  // As autovacuum leaves a table in use: statistics, and the visibility map for index-only scans.
  await driver.exec("VACUUM ANALYZE");
  const [counts] = await driver.query<{ bookings: number; payments: number; check_ins: number }>(
    `SELECT (SELECT count(*) FROM "Booking")::int AS bookings, (SELECT count(*) FROM "PaymentRecord")::int AS payments, (SELECT count(*) FROM "CheckIn")::int AS check_ins`,
  );
  console.log(
    `  ${label}: seeded ${counts!.bookings} bookings, ${counts!.payments} payment records, ${counts!.check_ins} check-ins in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`,
  );
  const timings: Timing[] = [];
  for (const salon of salons) {
    const scope = ninetyDays(salon);
    const timing = await time(() => loadDashboard(scope), runs, warmup);
    timings.push(timing);
    const dashboard = await loadDashboard(scope);
    const sessions = dashboard.summary.rebooking.current.sessions;
    console.log(
      `    ${String(salon.sessions).padStart(7)} sessions, ${String(salon.clients).padStart(6)} clients: p50 ${timing.p50.toFixed(1)} ms  p95 ${timing.p95.toFixed(1)} ms  min ${timing.min.toFixed(1)} ms` +
        `  (${sessions} completed sessions in the 90 days, ${dashboard.cohorts.length} cohorts, ${dashboard.therapists.length} therapists)`,
    );
  }
  const [small, large] = timings as [Timing, Timing];
  const ratio = large.p50 / small.p50;
  const ratioOk = ratio <= RATIO_TARGET;
  const p95Ok = !isPostgres || large.p95 < P95_TARGET_MS;
  console.log(
    `    100k / 1k: ${ratio.toFixed(2)}× at p50, ${(large.p95 / small.p95).toFixed(2)}× at p95 (target ≤ ${RATIO_TARGET}×: ${ratioOk ? "met" : "MISSED"})` +
      (isPostgres ? `; p95 at 100k ${large.p95.toFixed(0)} ms (target < ${P95_TARGET_MS} ms: ${p95Ok ? "met" : "MISSED"})` : ""),
  );
  if (process.env.BENCH_LOYALTY_PARTS !== "0") await parts(salons[salons.length - 1]!);
}

/** Each of the dashboard's queries alone (median of 5), to see where the time goes. */
async function parts(salon: LoyaltySalon) {
  const scope = ninetyDays(salon);
  const bounds = periodBounds(scope, true);
  const list: [string, () => Promise<unknown>][] = [
    ["clients + visit interval", () => visitFigures(scope, bounds)],
    ["rebooking + reliability + money + therapists", () => bookingFigures(scope, bounds, { asOf: scope.asOf })],
    ["satisfaction (+ over time, per therapist)", () => satisfactionFigures(scope, bounds, { bucket: "week", timeZone: scope.timeZone })],
    ["cohorts", () => computeRetentionCohorts({ ...scope, from: cohortWindowStart(scope, 12) })],
    ["latest wishes", () => findLatestWishes(scope)],
    ["utilisation", () => computeUtilisation(scope)],
  ];
  const out: string[] = [];
  for (const [name, run] of list) out.push(`${name} ${(await time(run, 5, 1)).p50.toFixed(1)}`);
  console.log(`    each query alone at ${salon.sessions} sessions (ms, median of 5): ${out.join(", ")}`);
}

/** The 90 whole local days up to and including today, as the dashboard's "Last 90 days". */
function ninetyDays(salon: LoyaltySalon): DashboardScope & { asOf: Date } {
  const today = instantToLocalParts(Date.now(), salon.timeZone).date;
  const from = new Date(localDateTimeToInstant(addDaysToLocalDate(today, -89), 0, salon.timeZone));
  const to = new Date(localDateTimeToInstant(addDaysToLocalDate(today, 1), 0, salon.timeZone));
  return { tenantId: salon.tenantId, timeZone: salon.timeZone, from, to, asOf: new Date() };
}

async function time(work: () => Promise<unknown>, runs: number, warmup: number): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await work();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.ceil((p / 100) * times.length) - 1)]!;
  return { p50: at(50), p95: at(95), min: times[0]! };
}

// `tsx scripts/bench-loyalty.ts` runs this part alone.
if (import.meta.url === `file://${process.argv[1]}`) await benchLoyalty();
