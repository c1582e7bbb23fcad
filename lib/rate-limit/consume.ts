import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { now as clockNow } from "@/lib/time/clock";

// Fixed-window counters in one table, updated by a single atomic upsert, so every app
// instance sees the same counts (PostgreSQL and PGlite alike). Past the limit the caller is
// blocked until the window ends, and each further attempt doubles the wait, up to a cap.

export type RateLimitRule = {
  /** Attempts allowed per window. */
  limit: number;
  windowMs: number;
  /** First extra wait once over the limit; doubles with every further attempt. */
  baseDelayMs: number;
  maxDelayMs: number;
};

export type RateLimitResult = { allowed: true } | { allowed: false; retryAfterMs: number };

type Row = { count: number; windowEndsAt: Date; blockedUntil: Date | null };

/** Counts one attempt under `key` and says whether it may go ahead. */
export async function consumeRateLimit(key: string, rule: RateLimitRule, now: Date = clockNow()): Promise<RateLimitResult> {
  const prisma = await db();
  const at = now.toISOString();
  const windowEnd = new Date(now.getTime() + rule.windowMs).toISOString();
  // "fresh": the old window is over and no block is running, so counting starts again.
  const fresh = Prisma.sql`(r."windowEndsAt" <= ${at}::timestamptz AND COALESCE(r."blockedUntil", '-infinity') <= ${at}::timestamptz)`;
  const rows = await prisma.$queryRaw<Row[]>`
    INSERT INTO "RateLimit" AS r ("key", "count", "windowEndsAt", "blockedUntil")
    VALUES (${key}, 1, ${windowEnd}::timestamptz, NULL)
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN ${fresh} THEN 1 ELSE r."count" + 1 END,
      "windowEndsAt" = CASE WHEN ${fresh} THEN ${windowEnd}::timestamptz ELSE r."windowEndsAt" END,
      "blockedUntil" = CASE
        WHEN ${fresh} OR r."count" + 1 <= ${rule.limit}::int THEN NULL
        ELSE GREATEST(
          r."windowEndsAt",
          ${at}::timestamptz + LEAST(${rule.baseDelayMs}::float8 * power(2, LEAST(r."count" - ${rule.limit}::int, 30)), ${rule.maxDelayMs}::float8) * interval '1 millisecond'
        )
      END
    RETURNING r."count", r."windowEndsAt", r."blockedUntil"`;
  const row = rows[0];
  if (!row) throw new Error(`rate limit upsert returned nothing for ${key}`);
  await maybePrune(now);
  if (row.count <= rule.limit) return { allowed: true };
  const until = Math.max(row.windowEndsAt.getTime(), row.blockedUntil?.getTime() ?? 0);
  return { allowed: false, retryAfterMs: Math.max(1000, until - now.getTime()) };
}

/** Forgets the attempts under `key` (after a successful sign-in, for the account's counter). */
export async function resetRateLimit(key: string): Promise<void> {
  await (await db()).rateLimit.deleteMany({ where: { key } });
}

// Counters of addresses that went quiet long ago are dead weight; about one call in a hundred
// drops them (awaited: nothing runs on after its request).
async function maybePrune(now: Date): Promise<void> {
  if (Math.random() > 0.01) return;
  const cutoff = new Date(now.getTime() - 86_400_000);
  await (await db()).rateLimit.deleteMany({ where: { windowEndsAt: { lt: cutoff }, OR: [{ blockedUntil: null }, { blockedUntil: { lt: now } }] } });
}
