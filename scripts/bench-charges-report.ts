// Where the charging benchmark's time went: job run times from the queue's own table, CPU of
// the worker processes (Linux /proc), and how busy the whole machine was.
import fs from "node:fs";
import { JOB_SCHEMA } from "@/lib/jobs/queue";
import { chargeBalanceJob } from "@/lib/jobs/payment-jobs";
import type { Database } from "@/lib/db/client";

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

/** User + system CPU seconds of a running process, or null where /proc is not there. */
export function cpuSeconds(pid: number | undefined): number | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND; // utime, stime
  } catch {
    return null;
  }
}

export type Ticks = { busy: number; total: number } | null;

export function machineTicks(): Ticks {
  try {
    const cpu = fs.readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/).slice(1).map(Number);
    const total = cpu.reduce((t, n) => t + n, 0);
    return { busy: total - cpu[3]! - (cpu[4] ?? 0), total }; // all but idle and iowait
  } catch {
    return null;
  }
}

export function machineBusyShare(before: Ticks, after: Ticks): number | null {
  if (!before || !after || after.total === before.total) return null;
  return (after.busy - before.busy) / (after.total - before.total);
}

/** CPU seconds so far of each PostgreSQL backend serving the database (same machine only). */
export async function backendCpu({ driver }: Pick<Database, "driver">): Promise<Map<number, number> | null> {
  const rows = await driver.query<{ pid: number }>(`SELECT pid FROM pg_stat_activity WHERE datname = current_database()`);
  const cpu = new Map<number, number>();
  for (const { pid } of rows) {
    const secs = cpuSeconds(pid);
    if (secs === null) return null;
    cpu.set(pid, secs);
  }
  return cpu;
}

export async function summarizeRuns({ driver }: Pick<Database, "driver">) {
  const [runs] = await driver.query<{ median: number; p95: number; max: number }>(
    `SELECT round(percentile_cont(0.5) WITHIN GROUP (ORDER BY ms))::int AS median, round(percentile_cont(0.95) WITHIN GROUP (ORDER BY ms))::int AS p95, round(max(ms))::int AS max
       FROM (SELECT extract(epoch FROM completed_on - started_on) * 1000 AS ms FROM ${JOB_SCHEMA}.job WHERE name = $1 AND state = 'completed') runs`,
    [chargeBalanceJob.name],
  );
  const states = await driver.query<{ state: string; n: number }>(`SELECT state, count(*)::int AS n FROM ${JOB_SCHEMA}.job WHERE name = $1 GROUP BY 1`, [chargeBalanceJob.name]);
  const others = await driver.query<{ job: string; n: number }>(`SELECT name || ' ' || state AS job, count(*)::int AS n FROM ${JOB_SCHEMA}.job WHERE name <> $1 GROUP BY 1 ORDER BY 1`, [chargeBalanceJob.name]);
  return { ...runs!, states: Object.fromEntries(states.map((s) => [s.state, s.n])), others: Object.fromEntries(others.map((o) => [o.job, o.n])) };
}
