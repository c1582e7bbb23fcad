import { db } from "@/lib/db/client";
import { bookingFilter, num, type LoyaltyScope } from "./scope";

export type ClientCounts = { active: number; new: number; returning: number };

/**
 * Active clients: clients with at least one completed session in the period.
 * New: active clients whose first completed session at the salon (any therapist or location)
 * falls in the period. Returning: active clients whose first completed session was before it.
 * Cancelled, no-show and upcoming sessions never count.
 */
export async function countClients(scope: LoyaltyScope): Promise<ClientCounts> {
  const prisma = await db();
  const rows = await prisma.$queryRaw<{ active: bigint; new: bigint; returning: bigint }[]>`
    WITH active AS (
      SELECT DISTINCT b."clientId"
      FROM "Booking" b
      WHERE b."tenantId" = ${scope.tenantId}::uuid AND b."status" = 'COMPLETED'
        AND b."startsAt" >= ${scope.from} AND b."startsAt" < ${scope.to}${bookingFilter("b", scope)}
    ), firsts AS (
      SELECT a."clientId",
        (SELECT min(f."startsAt") FROM "Booking" f
          WHERE f."tenantId" = ${scope.tenantId}::uuid AND f."clientId" = a."clientId" AND f."status" = 'COMPLETED') AS first_at
      FROM active a
    )
    SELECT count(*) AS active,
      count(*) FILTER (WHERE first_at >= ${scope.from}) AS new,
      count(*) FILTER (WHERE first_at < ${scope.from}) AS returning
    FROM firsts`;
  const r = rows[0];
  return { active: num(r?.active), new: num(r?.new), returning: num(r?.returning) };
}
