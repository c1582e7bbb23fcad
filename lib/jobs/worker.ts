import type PgBoss from "pg-boss";
import type { SqlDriver } from "@/lib/db/sql-driver";
import type { AnyJob } from "./define-job";
import { createBoss } from "./queue";

export type Workers = { stop(): Promise<void> };

/**
 * Serves every job in `jobs` from this process until stopped. A handler that throws leaves its
 * job to pg-boss's retries (with backoff, up to the job's limit); a bad payload fails at once.
 */
export async function startWorkers(driver: SqlDriver, jobs: readonly AnyJob[], { pollingIntervalSeconds = 1 } = {}): Promise<Workers> {
  const boss: PgBoss = createBoss(driver);
  boss.on("error", (error) => console.error("[jobs] queue error", error));
  await boss.start();
  for (const job of jobs) {
    await boss.work(job.name, { pollingIntervalSeconds, batchSize: 1 }, async ([entry]) => {
      if (!entry) return;
      const payload = job.payload.safeParse(entry.data);
      if (!payload.success) throw new Error(`[jobs] ${job.name} ${entry.id}: payload refused: ${payload.error.message}`);
      await job.handler(payload.data);
    });
  }
  return { stop: () => boss.stop({ graceful: true, wait: true, timeout: 10_000 }) };
}
