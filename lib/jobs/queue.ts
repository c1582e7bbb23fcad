import PgBoss from "pg-boss";
import type { z } from "zod";
import type { TransactionClient } from "@/lib/db/transaction";
import type { SqlDriver } from "@/lib/db/sql-driver";
import { getDatabase } from "@/lib/db/client";
import { driverDb, transactionDb } from "./boss-db";
import type { AnyJob, JobDefinition } from "./define-job";

// The durable job queue: pg-boss 10 in PostgreSQL (or the embedded PGlite), in schema
// "pgboss". Several app instances and worker processes can share it: pg-boss hands each job
// to one worker (SKIP LOCKED) and retries it when a worker dies.

export const JOB_SCHEMA = "pgboss";

export function createBoss(driver: SqlDriver): PgBoss {
  // No LISTEN/NOTIFY through a `db` object: workers poll. Maintenance runs where workers run.
  return new PgBoss({ db: driverDb(driver), schema: JOB_SCHEMA, supervise: false, schedule: false, migrate: true });
}

/** Installs (or upgrades) pg-boss's tables and creates every queue; part of migrating. */
export async function installJobQueues(driver: SqlDriver, jobs: readonly AnyJob[]): Promise<void> {
  const boss = createBoss(driver);
  await boss.start();
  for (const job of jobs) {
    await boss.createQueue(job.name, { name: job.name, retryLimit: job.retryLimit, retryDelay: job.retryDelaySeconds, retryBackoff: true });
  }
  await boss.stop({ graceful: false, wait: true, close: false });
}

// Sending needs no started instance: one per process, on the app's database.
const holder = globalThis as unknown as { __stillwaterSender?: Promise<PgBoss> };

function sender(): Promise<PgBoss> {
  holder.__stillwaterSender ??= getDatabase().then(({ driver }) => createBoss(driver));
  return holder.__stillwaterSender;
}

/** Enqueues a job inside `tx`: it exists only if the transaction commits. */
export async function enqueue<S extends z.ZodType>(tx: TransactionClient, job: JobDefinition<S>, payload: z.input<S>, options: { startAfter?: Date } = {}): Promise<string> {
  const data = job.payload.parse(payload) as object;
  const id = await (await sender()).send(job.name, data, { db: transactionDb(tx), ...(options.startAfter ? { startAfter: options.startAfter } : {}) });
  // pg-boss answers null for a queue that does not exist: a job that silently vanished.
  if (!id) throw new Error(`job queue "${job.name}" is missing: run the migrations`);
  return id;
}
