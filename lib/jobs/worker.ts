import type PgBoss from "pg-boss";
import type { SqlDriver } from "@/lib/db/sql-driver";
import type { AnyJob } from "./define-job";
import { createBoss } from "./queue";

export type Workers = { stop(): Promise<void> };

export type WorkerOptions = {
  pollingIntervalSeconds?: number;
  /** Jobs of one queue this process runs at once (fetched together, each settled on its own). */
  concurrency?: number;
};

/**
 * Serves every job in `jobs` from this process until stopped. A handler that throws leaves its
 * job to pg-boss's retries (with backoff, up to the job's limit); a bad payload fails at once.
 * Each job is completed or failed on its own, so one failure never reruns the others it was
 * fetched with; pg-boss hands each job to one worker (SKIP LOCKED), whatever the concurrency.
 */
export async function startWorkers(driver: SqlDriver, jobs: readonly AnyJob[], { pollingIntervalSeconds = 1, concurrency = 1 }: WorkerOptions = {}): Promise<Workers> {
  const boss: PgBoss = createBoss(driver);
  boss.on("error", (error) => console.error("[jobs] queue error", error));
  await boss.start();
  for (const job of jobs) {
    const worker = { id: "" };
    worker.id = await boss.work(job.name, { pollingIntervalSeconds, batchSize: concurrency }, async (entries) => {
      const results = await Promise.allSettled(entries.map((entry) => runOne(job, entry)));
      const done = entries.filter((_, i) => results[i]!.status === "fulfilled").map((entry) => entry.id);
      if (done.length > 0) await boss.complete(job.name, done);
      for (const [i, result] of results.entries()) {
        if (result.status === "rejected") await boss.fail(job.name, entries[i]!.id, result.reason as object);
      }
      // pg-boss 10 waits a polling interval after every fetch; a full batch means a backlog, so fetch again now.
      if (entries.length === concurrency && worker.id) boss.notifyWorker(worker.id);
    });
  }
  return { stop: () => boss.stop({ graceful: true, wait: true, timeout: 10_000 }) };
}

async function runOne(job: AnyJob, entry: PgBoss.Job<unknown>): Promise<void> {
  const payload = job.payload.safeParse(entry.data);
  if (!payload.success) throw new Error(`[jobs] ${job.name} ${entry.id}: payload refused: ${payload.error.message}`);
  await job.handler(payload.data);
}
