import { db } from "@/lib/db/client";
import { checkPassword, checkPasswordAgainstNothing, hashPassword } from "./password";
import { clearRateLimit } from "@/lib/rate-limit/policies";

export type AuthenticatedUser = { id: string; email: string; name: string | null };

/**
 * Email + password. Unknown accounts cost the same work as known ones, so timing tells
 * nothing; a bcrypt hash from before argon2 is upgraded on the way. Rate limits are counted
 * before this runs (see auth-rate-limits.ts); a success forgets the account's failures.
 */
export async function authenticateWithPassword(email: string, password: string): Promise<AuthenticatedUser | null> {
  const prisma = await db();
  const user = await prisma.user.findUnique({ where: { email }, select: { id: true, email: true, name: true, passwordHash: true } });
  const check = user?.passwordHash ? await checkPassword(password, user.passwordHash) : await checkPasswordAgainstNothing(password);
  if (!user || !check.ok) return null;
  if (check.needsRehash) {
    // Conditional on the old hash: a password change racing this sign-in keeps its new hash.
    await prisma.user.updateMany({ where: { id: user.id, passwordHash: user.passwordHash }, data: { passwordHash: await hashPassword(password) } });
  }
  await clearRateLimit({ name: "signInAccount", subject: email });
  return { id: user.id, email: user.email, name: user.name };
}
