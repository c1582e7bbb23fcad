import { z } from "zod";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { parseOrThrow } from "@/lib/errors/validation";
import { enforceRateLimits } from "@/lib/rate-limit/policies";
import { checkPassword, hashPassword } from "./password";
import { revokeUserSessions } from "./sessions";

/** A new password, wherever one is chosen (changing it, accepting a staff invitation). */
export const ZNewPasswordSchema = z.string().min(12, "Use at least 12 characters").max(200, "Use at most 200 characters");

export const ZChangePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "Please enter your current password").max(200),
    newPassword: ZNewPasswordSchema,
    confirmPassword: z.string().max(200),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { message: "The two new passwords differ", path: ["confirmPassword"] })
  .refine((v) => v.newPassword !== v.currentPassword, { message: "Choose a password you have not used here", path: ["newPassword"] });

/**
 * Sets a new password after checking the current one (counted like a sign-in attempt, so the
 * form cannot be used to guess it), and ends every other session of the user: whoever knew
 * the old password is signed out everywhere but here. Returns how many sessions ended.
 */
export async function changePassword({ userId, sessionId, input }: { userId: string; sessionId: string; input: unknown }): Promise<number> {
  const { currentPassword, newPassword } = parseOrThrow(ZChangePasswordSchema, input);
  const prisma = await db();
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { email: true, passwordHash: true } });
  if (!user?.passwordHash) throw new AppError("NOT_FOUND", "This account has no password");
  await enforceRateLimits([{ name: "signInAccount", subject: user.email }]);
  if (!(await checkPassword(currentPassword, user.passwordHash)).ok) {
    throw new AppError("VALIDATION", "Please check the highlighted fields", { currentPassword: ["That is not your current password"] });
  }
  const updated = await prisma.user.updateMany({ where: { id: userId, passwordHash: user.passwordHash }, data: { passwordHash: await hashPassword(newPassword) } });
  if (updated.count !== 1) throw new AppError("CONFLICT", "Your password was changed a moment ago elsewhere. Please sign in again.");
  return revokeUserSessions(userId, { keep: sessionId });
}
