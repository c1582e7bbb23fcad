import { installJobQueues } from "@/lib/jobs/queue";
import { JOBS } from "@/lib/jobs/registry";
import { migrate } from "./migrate";
import type { SqlDriver } from "./sql-driver";

/** Everything a database needs before the app uses it: our migrations, then the job queue's tables and queues. */
export async function migrateApp(driver: SqlDriver): Promise<string[]> {
  const applied = await migrate(driver);
  await installJobQueues(driver, JOBS);
  return applied;
}
