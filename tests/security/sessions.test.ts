import { describe, expect, it } from "vitest";
import { authOptions } from "@/lib/auth/options";
import { changePassword } from "@/lib/auth/change-password";
import { checkPassword, hashPassword } from "@/lib/auth/password";
import { listActiveSessions, revokeSession, revokeUserSessions, SESSION_LIFETIMES, startSession, touchSession } from "@/lib/auth/sessions";
import { staffContextForSession } from "@/lib/tenancy/guard";
import { isAppError } from "@/lib/errors/app-error";
import { manualClock, restoreSystemClock, setClock } from "@/lib/time/clock";
import { setupTestDatabase } from "../setup/test-database";

// A session cookie is only as good as its server-side record.

const { db } = setupTestDatabase();
const HOUR = 3_600_000;

async function userId(email: string) {
  return (await (await db()).user.findUniqueOrThrow({ where: { email } })).id;
}

/** What next-auth's session callback makes of a decoded cookie. */
async function sessionFromCookie(token: Record<string, unknown>) {
  const callback = authOptions().callbacks!.session!;
  return (await callback({ session: { expires: "2099-01-01T00:00:00.000Z" }, token, user: undefined } as never)) as unknown as Record<string, unknown>;
}

describe("revocable sessions", () => {
  it("a cookie replayed after sign-out opens nothing", async () => {
    const uid = await userId("owner@serenity.test");
    const session = await startSession({ userId: uid, method: "PASSWORD" });
    const token = { uid, sid: session.id, email: "owner@serenity.test" };
    expect((await sessionFromCookie(token)).uid).toBe(uid);
    await authOptions().events!.signOut!({ token, session: null as never });
    const replayed = await sessionFromCookie(token);
    expect(replayed.uid).toBeUndefined();
    expect(replayed.sid).toBeUndefined();
  });

  it("a cookie from before server-side sessions (no session id) opens nothing", async () => {
    const uid = await userId("owner@serenity.test");
    expect((await sessionFromCookie({ uid, email: "owner@serenity.test" })).uid).toBeUndefined();
  });

  it("a session id of another user does not open their account", async () => {
    const other = await startSession({ userId: await userId("owner@harbor.test"), method: "PASSWORD" });
    expect((await sessionFromCookie({ uid: await userId("owner@serenity.test"), sid: other.id })).uid).toBeUndefined();
  });

  it("staff sessions slide with use but end after 12 idle hours and 7 days in any case", async () => {
    const uid = await userId("maya@serenity.test");
    const t0 = new Date("2026-11-23T08:00:00Z");
    const session = await startSession({ userId: uid, method: "PASSWORD", now: t0 });
    expect(session.absoluteExpiresAt.getTime() - t0.getTime()).toBe(SESSION_LIFETIMES.PASSWORD.absoluteMs);
    // Used every 11 hours, it lives on…
    let now = t0.getTime();
    for (let i = 0; i < 14; i++) {
      now += 11 * HOUR;
      const touched = await touchSession(session.id, new Date(now));
      if (now < session.absoluteExpiresAt.getTime()) expect(touched, `after ${(now - t0.getTime()) / HOUR} h`).not.toBeNull();
      else expect(touched).toBeNull();
    }
    // …and left alone for 13 hours, it ends.
    const idle = await startSession({ userId: uid, method: "PASSWORD", now: t0 });
    expect(await touchSession(idle.id, new Date(t0.getTime() + 13 * HOUR))).toBeNull();
  });

  it("sign out everywhere ends every session of the user and no one else's", async () => {
    const uid = await userId("leo@serenity.test");
    const mine = await Promise.all([1, 2, 3].map(() => startSession({ userId: uid, method: "PASSWORD" })));
    const someoneElse = await startSession({ userId: await userId("ana@serenity.test"), method: "PASSWORD" });
    expect(await revokeUserSessions(uid)).toBeGreaterThanOrEqual(3);
    for (const s of mine) expect(await touchSession(s.id)).toBeNull();
    expect(await touchSession(someoneElse.id)).not.toBeNull();
  });

  it("a password change ends all other sessions and keeps this one", async () => {
    const prisma = await db();
    const user = await prisma.user.create({ data: { email: "changer@test.invalid", passwordHash: await hashPassword("old password 123") } });
    const here = await startSession({ userId: user.id, method: "PASSWORD" });
    const elsewhere = await startSession({ userId: user.id, method: "PASSWORD" });
    const ended = await changePassword({ userId: user.id, sessionId: here.id, input: { currentPassword: "old password 123", newPassword: "new password 456", confirmPassword: "new password 456" } });
    expect(ended).toBe(1);
    expect(await touchSession(here.id)).not.toBeNull();
    expect(await touchSession(elsewhere.id)).toBeNull();
    const stored = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect((await checkPassword("new password 456", stored.passwordHash!)).ok).toBe(true);
    expect((await listActiveSessions(user.id)).map((s) => s.id)).toEqual([here.id]);
  });

  it("a wrong current password changes nothing", async () => {
    const prisma = await db();
    const user = await prisma.user.create({ data: { email: "changer2@test.invalid", passwordHash: await hashPassword("old password 123") } });
    const here = await startSession({ userId: user.id, method: "PASSWORD" });
    const elsewhere = await startSession({ userId: user.id, method: "PASSWORD" });
    const error = await changePassword({ userId: user.id, sessionId: here.id, input: { currentPassword: "guess", newPassword: "new password 456", confirmPassword: "new password 456" } }).catch((e: unknown) => e);
    expect(isAppError(error, "VALIDATION") && error.fieldErrors?.currentPassword).toBeTruthy();
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toBe(user.passwordHash);
    expect(await touchSession(elsewhere.id)).not.toBeNull();
  });

  it("a revoked session stays revoked when a renewal races the sign-out", async () => {
    const session = await startSession({ userId: await userId("sam@harbor.test"), method: "PASSWORD", now: new Date(Date.now() - 10 * 60_000) });
    await Promise.all([revokeSession(session.id), touchSession(session.id), touchSession(session.id)]);
    expect(await touchSession(session.id)).toBeNull();
  });
});

describe("sessions follow the one clock", () => {
  it("moving the clock past 12 idle hours ends a staff session, no sleeping needed", async () => {
    const clock = manualClock("2026-11-23T08:00:00Z");
    setClock(clock);
    try {
      const session = await startSession({ userId: await userId("maya@serenity.test"), method: "PASSWORD" });
      clock.advance(11 * HOUR);
      expect(await touchSession(session.id)).not.toBeNull();
      clock.advance(12 * HOUR + 1);
      expect(await touchSession(session.id)).toBeNull();
    } finally {
      restoreSystemClock();
    }
  });
});

describe("staff sign in with their password only (decision 007)", () => {
  it("an email-link session of a staff member does not open the staff area", async () => {
    const uid = await userId("owner@serenity.test");
    const error = await staffContextForSession({ userId: uid, method: "EMAIL_LINK" }).catch((e: unknown) => e);
    expect(isAppError(error, "UNAUTHENTICATED")).toBe(true);
    const ctx = await staffContextForSession({ userId: uid, method: "PASSWORD" });
    expect(ctx.tenant.slug).toBe("serenity");
  });
});
