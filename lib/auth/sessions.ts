import { db } from "@/lib/db/client";
import type { AuthSession, SignInMethod } from "@/lib/generated/prisma/client";
import { now as clockNow } from "@/lib/time/clock";

// Server-side records behind the session cookie (see the AuthSession model). Staff sessions
// are short and slide with use; client sessions (email link) last longer.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export const SESSION_LIFETIMES: Record<SignInMethod, { idleMs: number; absoluteMs: number }> = {
  PASSWORD: { idleMs: 12 * HOUR, absoluteMs: 7 * DAY },
  EMAIL_LINK: { idleMs: 30 * DAY, absoluteMs: 30 * DAY },
};

/** The longest any session can live: the cookie's own lifetime. */
export const MAX_SESSION_SECONDS = Math.max(...Object.values(SESSION_LIFETIMES).map((l) => l.absoluteMs)) / 1000;

// Sliding renewal writes at most this often per session.
const TOUCH_EVERY_MS = MINUTE;

export type SessionStart = { userId: string; method: SignInMethod; userAgent?: string | null; ipAddress?: string | null; now?: Date };

export async function startSession({ userId, method, userAgent, ipAddress, now = clockNow() }: SessionStart): Promise<AuthSession> {
  const life = SESSION_LIFETIMES[method];
  return (await db()).authSession.create({
    data: {
      userId,
      method,
      createdAt: now,
      lastSeenAt: now,
      idleExpiresAt: new Date(now.getTime() + Math.min(life.idleMs, life.absoluteMs)),
      absoluteExpiresAt: new Date(now.getTime() + life.absoluteMs),
      userAgent: userAgent?.slice(0, 300) ?? null,
      ipAddress: ipAddress?.slice(0, 64) ?? null,
    },
  });
}

export function isSessionActive(session: Pick<AuthSession, "revokedAt" | "idleExpiresAt" | "absoluteExpiresAt">, now: Date): boolean {
  return session.revokedAt === null && session.idleExpiresAt > now && session.absoluteExpiresAt > now;
}

/** The session if it is still active, its idle expiry moved forward; null once it has ended. */
export async function touchSession(sessionId: string, now: Date = clockNow()): Promise<AuthSession | null> {
  const prisma = await db();
  const session = await prisma.authSession.findUnique({ where: { id: sessionId } });
  if (!session || !isSessionActive(session, now)) return null;
  if (now.getTime() - session.lastSeenAt.getTime() < TOUCH_EVERY_MS) return session;
  const life = SESSION_LIFETIMES[session.method];
  const idleExpiresAt = new Date(Math.min(now.getTime() + life.idleMs, session.absoluteExpiresAt.getTime()));
  // Conditional: a sign-out racing this renewal wins.
  await prisma.authSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { lastSeenAt: now, idleExpiresAt } });
  return { ...session, lastSeenAt: now, idleExpiresAt };
}

export async function revokeSession(sessionId: string, now: Date = clockNow()): Promise<void> {
  await (await db()).authSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: now } });
}

/** Ends every session of the user, but `keep` (the caller's own, after a password change). Returns how many ended. */
export async function revokeUserSessions(userId: string, { keep, now = clockNow() }: { keep?: string; now?: Date } = {}): Promise<number> {
  const result = await (await db()).authSession.updateMany({
    where: { userId, revokedAt: null, ...(keep ? { id: { not: keep } } : {}) },
    data: { revokedAt: now },
  });
  return result.count;
}

export async function listActiveSessions(userId: string, now: Date = clockNow()): Promise<AuthSession[]> {
  return (await db()).authSession.findMany({
    where: { userId, revokedAt: null, idleExpiresAt: { gt: now }, absoluteExpiresAt: { gt: now } },
    orderBy: { lastSeenAt: "desc" },
  });
}
