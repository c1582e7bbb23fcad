import { db } from "@/lib/db/client";
import { transactionWithRetry } from "@/lib/db/transaction";
import { AppError } from "@/lib/errors/app-error";
import { parseOrThrow } from "@/lib/errors/validation";
import { now as clockNow } from "@/lib/time/clock";
import { ZHealthNotesSchema, ZSessionPreferencesSchema } from "./schema";

// A booking's preferences, stated by someone who proved they are its client (the manage link,
// or signed in as that client): editable until the session starts. "Remember" keeps them on
// the client's profile for the next booking, health notes included.

export type SaveBookingPreferencesArgs = {
  tenantId: string;
  bookingId: string;
  preferences: unknown;
  health: unknown;
  remember: boolean;
  now?: Date;
};

export const PREFERENCES_CLOSED = "The session has started, so its preferences can no longer be changed. You can tell us how it went in the check-in afterwards.";

export async function saveBookingPreferences({ tenantId, bookingId, preferences, health, remember, now = clockNow() }: SaveBookingPreferencesArgs): Promise<void> {
  const prefs = parseOrThrow(ZSessionPreferencesSchema, preferences);
  const notes = parseOrThrow(ZHealthNotesSchema, health);
  const prisma = await db();
  await transactionWithRetry(prisma, async (tx) => {
    // Locked, so a cancellation racing this save sees the same booking state.
    const [booking] = await tx.$queryRaw<{ clientId: string; status: string; startsAt: Date }[]>`
      SELECT "clientId", status::text AS status, "startsAt" FROM "Booking" WHERE "tenantId" = ${tenantId}::uuid AND id = ${bookingId}::uuid FOR UPDATE`;
    if (!booking) throw new AppError("NOT_FOUND", "Booking not found");
    if (!["PENDING", "CONFIRMED"].includes(booking.status) || booking.startsAt <= now) throw new AppError("CONFLICT", PREFERENCES_CLOSED);
    const data = { preferences: prefs, healthNotes: notes.healthNotes ?? null, healthConsentAt: notes.healthNotes ? now : null, updatedAt: now };
    await tx.bookingPreferences.upsert({ where: { tenantId_bookingId: { tenantId, bookingId } }, create: { tenantId, bookingId, ...data }, update: data });
    if (remember) {
      await tx.clientProfile.upsert({ where: { tenantId_clientId: { tenantId, clientId: booking.clientId } }, create: { tenantId, clientId: booking.clientId, ...data }, update: data });
    }
  });
}
