import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { SessionNote } from "@/lib/generated/prisma/client";
import { ZSessionNoteBodySchema } from "./schema";

export type NoteAuthor = {
  userId: string;
  /** The author's therapist profile in this salon, if any. */
  therapistId: string | null;
  /** May note any session of the salon (the owner); otherwise only their own sessions. */
  anySession: boolean;
};

// Notes are for sessions that happen: not a hold waiting for its deposit, not a cancelled one.
const NOTABLE = ["CONFIRMED", "COMPLETED", "NO_SHOW"] as const;

/** Adds a treatment note to a session of the salon; it shows on this and the client's later briefs. */
export async function addSessionNote({ tenantId, bookingId, author, body }: { tenantId: string; bookingId: string; author: NoteAuthor; body: string }): Promise<SessionNote> {
  const parsed = ZSessionNoteBodySchema.safeParse(body);
  if (!parsed.success) {
    const messages = parsed.error.issues.map((i) => i.message);
    throw new AppError("VALIDATION", messages[0] ?? "Please check the note", { body: messages });
  }
  const prisma = await db();
  const booking = await prisma.booking.findFirst({ where: { tenantId, id: bookingId }, select: { clientId: true, therapistId: true, status: true } });
  if (!booking) throw new AppError("NOT_FOUND", "Booking not found");
  if (!author.anySession && (author.therapistId === null || booking.therapistId !== author.therapistId)) {
    throw new AppError("FORBIDDEN", "You can add notes only to your own sessions");
  }
  if (!(NOTABLE as readonly string[]).includes(booking.status)) throw new AppError("CONFLICT", "Notes are for sessions that are booked or have taken place");
  return prisma.sessionNote.create({
    data: { tenantId, bookingId, clientId: booking.clientId, authorUserId: author.userId, authorName: await authorName(tenantId, author.userId), body: parsed.data },
  });
}

/** As colleagues know them in this salon: their therapist name, else their account's name. */
async function authorName(tenantId: string, userId: string): Promise<string> {
  const prisma = await db();
  const therapist = await prisma.therapistProfile.findUnique({ where: { tenantId_userId: { tenantId, userId } }, select: { displayName: true } });
  if (therapist) return therapist.displayName;
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { name: true } });
  return user?.name ?? "Staff";
}
