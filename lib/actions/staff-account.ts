"use server";

import { redirect } from "next/navigation";
import { formText } from "./form-text";
import { changePassword } from "@/lib/auth/change-password";
import { currentSession } from "@/lib/auth/session";
import { revokeUserSessions } from "@/lib/auth/sessions";
import { isAppError } from "@/lib/errors/app-error";
import { staffContextForSession } from "@/lib/tenancy/guard";

export type ChangePasswordState = { ok?: boolean; endedSessions?: number; message?: string; fieldErrors?: Record<string, string[]> };


/** Staff → account → change password. Other sessions end; this one stays. */
export async function changePasswordAction(_prev: ChangePasswordState, formData: FormData): Promise<ChangePasswordState> {
  const session = await currentSession();
  try {
    await staffContextForSession(session);
    const input = { currentPassword: formText(formData, "currentPassword"), newPassword: formText(formData, "newPassword"), confirmPassword: formText(formData, "confirmPassword") };
    const endedSessions = await changePassword({ userId: session!.userId, sessionId: session!.sessionId, input });
    return { ok: true, endedSessions };
  } catch (error) {
    if (isAppError(error, "UNAUTHENTICATED")) redirect("/signin?callbackUrl=/staff/account");
    if (isAppError(error, "VALIDATION")) return { message: error.message, fieldErrors: error.fieldErrors };
    if (isAppError(error)) return { message: error.message };
    throw error;
  }
}

/** Staff → account → sign out everywhere, this device included. */
export async function signOutEverywhereAction(): Promise<void> {
  const session = await currentSession();
  if (session) await revokeUserSessions(session.userId);
  redirect("/signin?error=SessionEnded");
}
