import { db } from "@/lib/db/client";

export type ClientNote = { id: string; body: string; authorName: string; createdAt: Date; booking: { id: string; startsAt: Date; serviceName: string } };

/**
 * The salon's notes on a client, newest first, from sessions up to `upTo` (a brief shows the
 * notes of its own session and the ones before it, not of sessions still to come), or from all
 * their sessions without it (the client page).
 */
export async function listClientNotes({ tenantId, clientId, upTo, take = 50 }: { tenantId: string; clientId: string; upTo?: Date; take?: number }): Promise<ClientNote[]> {
  const prisma = await db();
  return prisma.sessionNote.findMany({
    where: { tenantId, clientId, ...(upTo ? { booking: { startsAt: { lte: upTo } } } : {}) },
    orderBy: { createdAt: "desc" },
    take,
    select: { id: true, body: true, authorName: true, createdAt: true, booking: { select: { id: true, startsAt: true, serviceName: true } } },
  });
}
