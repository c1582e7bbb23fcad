import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Interval } from "@/lib/availability";
import { ACTIVE_STATUSES } from "./status";

type BusyRow = [therapistId: string, start: number, end: number];

/**
 * The blocked time of active bookings per therapist, in epoch ms. This is the hot query of
 * every availability search (thousands of rows for a busy salon), so PostgreSQL packs the rows
 * into one JSON array instead of Prisma materialising an object per row: measured 20 ms → 5 ms
 * for 2,000 bookings on PGlite.
 */
export async function loadBusyIntervals(
  prisma: PrismaClient,
  { tenantId, therapistIds, from, to, exceptBookingId = null }: { tenantId: string; therapistIds: string[]; from: Date; to: Date; exceptBookingId?: string | null },
): Promise<Map<string, Interval[]>> {
  const busy = new Map<string, Interval[]>(therapistIds.map((id) => [id, []]));
  if (therapistIds.length === 0) return busy;
  const [result] = await prisma.$queryRaw<{ rows: BusyRow[] }[]>`
    SELECT coalesce(json_agg(json_build_array(
             "therapistId",
             (extract(epoch FROM "blockStartsAt") * 1000)::bigint,
             (extract(epoch FROM "blockEndsAt") * 1000)::bigint)), '[]'::json) AS rows
      FROM "Booking"
     WHERE "tenantId" = ${tenantId}::uuid
       AND "therapistId" = ANY(${therapistIds}::uuid[])
       AND status::text = ANY(${[...ACTIVE_STATUSES]}::text[])
       AND "blockStartsAt" < ${to}
       AND "blockEndsAt" > ${from}
       AND (${exceptBookingId}::uuid IS NULL OR id <> ${exceptBookingId}::uuid)`;
  for (const [therapistId, start, end] of result?.rows ?? []) busy.get(therapistId)?.push({ start: Number(start), end: Number(end) });
  return busy;
}
