import { db } from "@/lib/db/client";
import { readPreferences, type TSessionPreferences } from "./schema";

// Reading preferences back. Health notes come only with the functions that say so: their callers
// are staff pages and the client's own proven views, never emails, feeds or logs.

export type StoredPreferences = { preferences: TSessionPreferences; healthNotes: string | null; updatedAt: Date };

function stored(row: { preferences: unknown; healthNotes: string | null; updatedAt: Date } | null): StoredPreferences | null {
  const preferences = row ? readPreferences(row.preferences) : null;
  return row && preferences ? { preferences, healthNotes: row.healthNotes, updatedAt: row.updatedAt } : null;
}

export async function findBookingPreferences(tenantId: string, bookingId: string): Promise<StoredPreferences | null> {
  const prisma = await db();
  return stored(await prisma.bookingPreferences.findUnique({ where: { tenantId_bookingId: { tenantId, bookingId } } }));
}

/** The client's remembered preferences ("same as last time"): only for a caller who proved who the client is. */
export async function findClientProfile(tenantId: string, clientId: string): Promise<StoredPreferences | null> {
  const prisma = await db();
  return stored(await prisma.clientProfile.findUnique({ where: { tenantId_clientId: { tenantId, clientId } } }));
}

/** The preferences of the client's session before `startsAt` that had any, for "what changed since last time". */
export async function findPreviousSessionPreferences(tenantId: string, clientId: string, startsAt: Date): Promise<(StoredPreferences & { bookingId: string; startsAt: Date }) | null> {
  const prisma = await db();
  const previous = await prisma.booking.findFirst({
    where: { tenantId, clientId, startsAt: { lt: startsAt }, status: "COMPLETED", preferences: { isNot: null } },
    orderBy: { startsAt: "desc" },
    select: { id: true, startsAt: true, preferences: true },
  });
  const prefs = stored(previous?.preferences ?? null);
  return previous && prefs ? { ...prefs, bookingId: previous.id, startsAt: previous.startsAt } : null;
}

/** Any stored preferences without their health notes: what a summary outside the staff area may show. */
export function withoutHealthNotes(p: StoredPreferences): Omit<StoredPreferences, "healthNotes"> {
  return { preferences: p.preferences, updatedAt: p.updatedAt };
}

/** What the client's preferences page needs of a booking. */
export async function findBookingForPreferences(tenantId: string, bookingId: string) {
  const prisma = await db();
  return prisma.booking.findFirst({
    where: { tenantId, id: bookingId },
    select: { id: true, clientId: true, status: true, startsAt: true, serviceName: true, therapist: { select: { displayName: true } }, location: { select: { timeZone: true } } },
  });
}
