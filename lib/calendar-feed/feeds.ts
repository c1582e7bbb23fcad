import crypto from "node:crypto";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { now as clockNow } from "@/lib/time/clock";

// A therapist's private calendar feed: its URL carries a random secret; only the secret's hash
// is stored, so the link is shown once, and a new link revokes the old one.

function hashToken(token: string): string {
  return crypto.createHash("sha256").update(token).digest("hex");
}

export function feedPath(token: string): string {
  return `/api/calendar/${token}.ics`;
}

/** A new feed link for the therapist (the previous one stops working). Returns the secret token. */
export async function createCalendarFeed({ tenantId, therapistId, now = clockNow() }: { tenantId: string; therapistId: string; now?: Date }): Promise<string> {
  const prisma = await db();
  const token = crypto.randomBytes(24).toString("base64url");
  await prisma.$transaction(async (tx) => {
    const therapist = await tx.therapistProfile.findUnique({ where: { tenantId_id: { tenantId, id: therapistId } }, select: { id: true } });
    if (!therapist) throw new AppError("NOT_FOUND", "Therapist not found");
    await tx.calendarFeed.updateMany({ where: { tenantId, therapistId, revokedAt: null }, data: { revokedAt: now } });
    await tx.calendarFeed.create({ data: { tenantId, therapistId, tokenHash: hashToken(token), createdAt: now } });
  });
  return token;
}

export async function revokeCalendarFeeds({ tenantId, therapistId, now = clockNow() }: { tenantId: string; therapistId: string; now?: Date }): Promise<number> {
  const prisma = await db();
  const { count } = await prisma.calendarFeed.updateMany({ where: { tenantId, therapistId, revokedAt: null }, data: { revokedAt: now } });
  return count;
}

export async function findActiveFeed(tenantId: string, therapistId: string) {
  const prisma = await db();
  return prisma.calendarFeed.findFirst({ where: { tenantId, therapistId, revokedAt: null }, select: { id: true, createdAt: true } });
}

/** The feed a token opens, or null (unknown, malformed or revoked: all look the same). */
export async function findFeedByToken(token: string): Promise<{ tenantId: string; therapistId: string } | null> {
  if (!/^[A-Za-z0-9_-]{32}$/.test(token)) return null;
  const prisma = await db();
  return prisma.calendarFeed.findFirst({ where: { tokenHash: hashToken(token), revokedAt: null }, select: { tenantId: true, therapistId: true } });
}
