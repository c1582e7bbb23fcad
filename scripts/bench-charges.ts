// Benchmark of charging balances: completed bookings whose review windows have ended, charged by
// the `payments.charge-balance` job from two `npm run worker` processes against the local Stripe
// emulator, on a scratch PostgreSQL database. Checks exactly-once: one succeeded PaymentIntent
// and one succeeded BALANCE row per booking, and every booking PAID.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startStripeEmulator } from "@/stripe-emulator/index";
import { createScratchDatabase, DEFAULT_ADMIN_URL, seedChargeScenario, type ChargeScenario, type ScratchDatabase } from "./bench-charges-setup";
import { backendCpu, cpuSeconds, machineTicks, machineBusyShare, summarizeRuns } from "./bench-charges-report";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

type Options = { bookings?: number; workers?: number; concurrency?: number; timeoutMs?: number };

export async function benchCharges({ bookings = 1_000, workers = 2, concurrency = Number(process.env.BENCH_JOB_CONCURRENCY ?? 8), timeoutMs = 150_000 }: Options = {}) {
  const adminUrl = process.env.BENCH_DATABASE_URL ?? DEFAULT_ADMIN_URL;
  console.log(`Charging: ${bookings} balances due, charged by the job from ${workers} worker processes (${concurrency} at a time each), Stripe emulator, PostgreSQL`);
  const setupStart = performance.now();
  let db: ScratchDatabase;
  try {
    db = await createScratchDatabase(adminUrl);
  } catch (error) {
    console.log(`  skipped: no PostgreSQL to create a scratch database on (${new URL(adminUrl).host}; set BENCH_DATABASE_URL): ${error instanceof Error ? error.message : String(error)}`);
    return;
  }
  const warnings: string[] = [];
  const emulator = await startStripeEmulator({ warn: (m) => warnings.push(m) });
  const outbox = fs.mkdtempSync(path.join(os.tmpdir(), "stillwater-bench-outbox-"));
  const children: ChildProcess[] = [];
  try {
    const scenario = await seedChargeScenario(db, emulator, bookings);
    console.log(`  setup (scratch database, migrations, ${bookings} customers with saved cards on the emulator, bookings, jobs): ${((performance.now() - setupStart) / 1000).toFixed(1)} s`);

    const env = { ...process.env, DATABASE_URL: db.url, STRIPE_EMULATOR_URL: emulator.url, JOB_CONCURRENCY: String(concurrency), OUTBOX_DIR: outbox, AUTH_SECRET: "bench-secret-0123456789abcdef", JOBS_IN_APP: "false", STRIPE_SECRET_KEY: "", STRIPE_WEBHOOK_SECRET: "" };
    const pg0 = await backendCpu(db);
    const ticks0 = machineTicks();
    const cpu0 = process.cpuUsage();
    const started = performance.now();
    const ready: Promise<Ready>[] = [];
    for (let i = 0; i < workers; i++) {
      const child = spawn(process.execPath, ["--import", "tsx", "scripts/worker.ts"], { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
      children.push(child);
      ready.push(readyAt(child, started));
    }
    const { done, firstPaidAt } = await waitForCharges(db, scenario, started, timeoutMs, children);
    const elapsed = (performance.now() - started) / 1000;
    const workerCpu = children.map((c) => cpuSeconds(c.pid));
    const ourCpu = process.cpuUsage(cpu0);
    const busy = machineBusyShare(ticks0, machineTicks());
    const pg1 = await backendCpu(db);
    const pgCpu = pg1 && pg0 ? [...pg1].reduce((t, [pid, secs]) => t + secs - (pg0.get(pid) ?? 0), 0) : null;
    await stopAll(children);
    const readyTimes = await Promise.all(ready.map((p) => p.catch((): Ready => ({ seconds: NaN, cpu: null }))));

    const count = scenario.bookingIds.length;
    console.log(
      `  ${done ? "all settled" : `TIMED OUT after ${timeoutMs / 1000} s`}: total ${elapsed.toFixed(1)} s from spawning the workers, ${(count / elapsed).toFixed(1)} charges/s` +
        ` (workers ready after ${readyTimes.map((t) => t.seconds.toFixed(1)).join(" / ")} s; first paid at ${firstPaidAt?.toFixed(1) ?? "–"} s, ` +
        `${firstPaidAt !== null ? (count / (elapsed - firstPaidAt)).toFixed(1) : "–"} charges/s from then)`,
    );
    const report = await verify(db, scenario, emulator.state(scenario.accountId).payment_intents);
    console.log(`  duplicates: ${report.duplicateIntents} extra succeeded PaymentIntents, ${report.duplicateLedger} extra SUCCEEDED BALANCE rows; lost: ${report.lost} bookings not PAID ${JSON.stringify(report.statuses)}`);
    console.log(`  money: ${report.chargedMinor} charged on the emulator, ${report.expectedMinor} due${report.chargedMinor === report.expectedMinor ? " (equal)" : " (MISMATCH)"}`);
    const runs = await summarizeRuns(db);
    console.log(`  job run time: median ${runs.median} ms, p95 ${runs.p95} ms, max ${runs.max} ms; charge jobs ${JSON.stringify(runs.states)}; jobs they caused ${JSON.stringify(runs.others)}`);
    const perCharge = (secs: number | null) => (secs === null ? "?" : `${((secs * 1000) / count).toFixed(1)} ms`);
    const startCpu = readyTimes.every((r) => r.cpu !== null) ? readyTimes.reduce((t, r) => t + r.cpu!, 0) : null;
    const workerTotal = workerCpu.every((s) => s !== null) && startCpu !== null ? workerCpu.reduce((t: number, s) => t + s!, 0) - startCpu : null;
    const ourSecs = (ourCpu.user + ourCpu.system) / 1e6;
    const machineSecs = busy === null ? null : busy * os.cpus().length * elapsed;
    const others = machineSecs !== null && workerTotal !== null && pgCpu !== null ? machineSecs - workerTotal - (startCpu ?? 0) - pgCpu - ourSecs : null;
    console.log(
      `  CPU per charge: workers ${perCharge(workerTotal)} (charges and their emails; starting took ${startCpu?.toFixed(1) ?? "?"} s more), PostgreSQL ${perCharge(pgCpu)}, emulator and polling ${perCharge(ourSecs)}` +
        `${machineSecs === null ? "" : `; the machine was ${Math.round(busy! * 100)} % busy over ${os.cpus().length} cores${others === null ? "" : `, ${Math.max(0, others).toFixed(1)} CPU-s of it outside this benchmark`}`}`,
    );
    if (warnings.length > 0) console.log(`  emulator warnings: ${warnings.length}, first: ${warnings[0]}`);
    if (!done || report.duplicateIntents > 0 || report.duplicateLedger > 0 || report.lost > 0 || report.chargedMinor !== report.expectedMinor) {
      console.log("  FAILED: every booking must be charged exactly once");
      process.exitCode = 1;
    }
  } finally {
    await stopAll(children);
    await emulator.close();
    await db.drop();
    fs.rmSync(outbox, { recursive: true, force: true });
  }
}

type Ready = { seconds: number; cpu: number | null };

/** Seconds from `started` until the worker says it serves the queues, and the CPU its start took. */
function readyAt(child: ChildProcess, started: number): Promise<Ready> {
  return new Promise((resolve, reject) => {
    let out = "";
    let err = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes("[worker] serving")) resolve({ seconds: (performance.now() - started) / 1000, cpu: cpuSeconds(child.pid) });
    });
    child.stderr?.on("data", (chunk: Buffer) => {
      err += chunk.toString();
      if (err.length > 4000) err = err.slice(-4000);
    });
    child.once("exit", (code) => {
      if (code !== 0 && code !== null) console.log(`  worker ${child.pid} exited with ${code}: ${err.trim().split("\n").slice(-5).join("\n    ")}`);
      reject(new Error(`worker exited with ${code}`));
    });
  });
}

async function waitForCharges(db: ScratchDatabase, scenario: ChargeScenario, started: number, timeoutMs: number, children: ChildProcess[]) {
  let firstPaidAt: number | null = null;
  while (performance.now() - started < timeoutMs) {
    const rows = await db.driver.query<{ balanceStatus: string; n: number }>(`SELECT "balanceStatus", count(*)::int AS n FROM "Booking" WHERE "tenantId" = $1 GROUP BY 1`, [scenario.tenantId]);
    const open = rows.filter((r) => r.balanceStatus === "IN_REVIEW" || r.balanceStatus === "PROCESSING").reduce((t, r) => t + r.n, 0);
    if (firstPaidAt === null && rows.some((r) => r.balanceStatus === "PAID")) firstPaidAt = (performance.now() - started) / 1000;
    if (open === 0) return { done: true, firstPaidAt };
    if (children.every((c) => c.exitCode !== null)) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return { done: false, firstPaidAt };
}

async function stopAll(children: ChildProcess[]): Promise<void> {
  await Promise.all(
    children.map(async (child) => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
      await exited;
      clearTimeout(timer);
    }),
  );
}

type Intent = { status: string; amount: number; metadata: Record<string, string> | null };

async function verify(db: ScratchDatabase, scenario: ChargeScenario, intents: Intent[]) {
  const succeeded = intents.filter((pi) => pi.status === "succeeded");
  const perBooking = new Map<string, number>();
  for (const pi of succeeded) perBooking.set(pi.metadata?.booking_id ?? "?", (perBooking.get(pi.metadata?.booking_id ?? "?") ?? 0) + 1);
  const duplicateIntents = [...perBooking.values()].reduce((t, n) => t + n - 1, 0);
  const [ledger] = await db.driver.query<{ rows: number; bookings: number }>(
    `SELECT count(*)::int AS rows, count(DISTINCT "bookingId")::int AS bookings FROM "PaymentRecord" WHERE "tenantId" = $1 AND kind = 'BALANCE' AND status = 'SUCCEEDED'`,
    [scenario.tenantId],
  );
  const statuses = await db.driver.query<{ balanceStatus: string; n: number }>(`SELECT "balanceStatus", count(*)::int AS n FROM "Booking" WHERE "tenantId" = $1 GROUP BY 1`, [scenario.tenantId]);
  return {
    duplicateIntents,
    duplicateLedger: ledger!.rows - ledger!.bookings,
    lost: statuses.filter((s) => s.balanceStatus !== "PAID").reduce((t, s) => t + s.n, 0),
    statuses: Object.fromEntries(statuses.map((s) => [s.balanceStatus, s.n])),
    chargedMinor: succeeded.reduce((t, pi) => t + pi.amount, 0),
    expectedMinor: [...scenario.expectedMinor.values()].reduce((t, n) => t + n, 0),
  };
}
