"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { changePassword } from "@/lib/auth/change-password";
import { currentSession } from "@/lib/auth/session";
import { revokeUserSessions } from "@/lib/auth/sessions";
import { staffWith } from "@/lib/server/contexts";
import { formAction } from "@/lib/server/form-action";

// The fields as posted; changePassword checks what they must be.
const ZPasswordFormSchema = z.object({ currentPassword: z.string(), newPassword: z.string(), confirmPassword: z.string() });

/** Staff → account → change password. Other sessions end; this one stays. Answers how many ended. */
export const changePasswordAction = formAction({
  schema: ZPasswordFormSchema,
  context: () => staffWith({ salon: null, returnTo: "/staff/account" }),
  run: (input, { session }) => changePassword({ userId: session.userId, sessionId: session.sessionId, input }),
});

/** Staff → account → sign out everywhere, this device included. */
export async function signOutEverywhereAction(): Promise<void> {
  const session = await currentSession();
  if (session) await revokeUserSessions(session.userId);
  redirect("/signin?error=SessionEnded");
}
