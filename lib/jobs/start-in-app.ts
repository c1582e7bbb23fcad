import { getDatabase } from "@/lib/db/client";
import { env } from "@/lib/env";
import { JOBS } from "./registry";
import { startWorkers } from "./worker";

/**
 * Workers inside the web server: always on the embedded database (PGlite is one connection in
 * one process), and on PostgreSQL unless JOBS_IN_APP=false hands them to `npm run worker`.
 */
export async function startWorkersInApp(): Promise<void> {
  const { DATABASE_URL, JOBS_IN_APP } = env();
  if (DATABASE_URL && !JOBS_IN_APP) return;
  const { driver } = await getDatabase();
  await startWorkers(driver, JOBS, { pollingIntervalSeconds: 0.5 });
}
