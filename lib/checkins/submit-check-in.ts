import { db } from "@/lib/db/client";
import { transactionWithRetry } from "@/lib/db/transaction";
import { AppError, isUniqueViolation } from "@/lib/errors/app-error";
import { parseOrThrow } from "@/lib/errors/validation";
import { readPreferences } from "@/lib/preferences/schema";
import { now as clockNow } from "@/lib/time/clock";
import { applyCheckInToPreferences } from "./apply-to-preferences";
import { ZCheckInSchema } from "./schema";

// The check-in after a completed session: once per session. The choices marked "use this next
// time" move the client's remembered preferences (or, if they have none yet, this session's).

export const ALREADY_CHECKED_IN = "You have already told us how this session went. Thank you!";
export const CHECK_IN_NOT_OPEN = "The check-in opens once your session is marked as done.";

export async function submitCheckIn({ tenantId, bookingId, input, now = clockNow() }: { tenantId: string; bookingId: string; input: unknown; now?: Date }) {
  const checkIn = parseOrThrow(ZCheckInSchema, input);
  const prisma = await db();
  try {
    return await transactionWithRetry(prisma, async (tx) => {
      const booking = await tx.booking.findUnique({ where: { tenantId_id: { tenantId, id: bookingId } }, select: { status: true, clientId: true, therapistId: true, preferences: true } });
      if (!booking) throw new AppError("NOT_FOUND", "Booking not found");
      if (booking.status !== "COMPLETED") throw new AppError("CONFLICT", CHECK_IN_NOT_OPEN);
      if (await tx.checkIn.findUnique({ where: { tenantId_bookingId: { tenantId, bookingId } }, select: { id: true } })) throw new AppError("CONFLICT", ALREADY_CHECKED_IN);

      const profile = await tx.clientProfile.findUnique({ where: { tenantId_clientId: { tenantId, clientId: booking.clientId } } });
      const base = readPreferences(profile?.preferences) ?? readPreferences(booking.preferences?.preferences);
      const applied = base && checkIn.remember.length ? checkIn.remember : [];
      if (base && applied.length) {
        const preferences = applyCheckInToPreferences(base, checkIn);
        const health = { healthNotes: profile?.healthNotes ?? booking.preferences?.healthNotes ?? null, healthConsentAt: profile?.healthConsentAt ?? booking.preferences?.healthConsentAt ?? null };
        await tx.clientProfile.upsert({
          where: { tenantId_clientId: { tenantId, clientId: booking.clientId } },
          create: { tenantId, clientId: booking.clientId, preferences, ...health, updatedAt: now },
          update: { preferences, updatedAt: now },
        });
      }
      return tx.checkIn.create({
        data: {
          tenantId,
          bookingId,
          clientId: booking.clientId,
          therapistId: booking.therapistId,
          satisfaction: checkIn.satisfaction,
          goalReached: checkIn.goalReached,
          changes: checkIn.changes,
          appliedChanges: applied,
          wishes: checkIn.wishes ?? null,
          createdAt: now,
        },
      });
    });
  } catch (error) {
    // Two submissions at once: the unique (tenant, booking) lets one through.
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", ALREADY_CHECKED_IN);
    throw error;
  }
}

export async function findCheckIn(tenantId: string, bookingId: string) {
  const prisma = await db();
  return prisma.checkIn.findUnique({ where: { tenantId_bookingId: { tenantId, bookingId } } });
}
