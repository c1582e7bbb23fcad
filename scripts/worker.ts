// npm run worker — serves the job queue from its own process (PostgreSQL via DATABASE_URL).
// Run as many as you like beside the web servers (with JOBS_IN_APP=false on those).
import { closeDatabase, getDatabase } from "@/lib/db/client";
import { env } from "@/lib/env";
import { JOBS } from "@/lib/jobs/registry";
import { startWorkers } from "@/lib/jobs/worker";

if (!env().DATABASE_URL) {
  console.error("npm run worker needs DATABASE_URL: the embedded database runs its workers inside the app.");
  process.exit(1);
}
const { driver } = await getDatabase();
const workers = await startWorkers(driver, JOBS, { concurrency: env().JOB_CONCURRENCY });
console.log(`[worker] serving ${JOBS.map((j) => j.name).join(", ")} (${env().JOB_CONCURRENCY} at a time each)`);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, async () => {
    await workers.stop();
    await closeDatabase();
    process.exit(0);
  });
}
