import { cache } from "react";
import { getServerSession } from "next-auth";
import type { SignInMethod } from "@/lib/generated/prisma/enums";
import { authOptions } from "./options";

export type CurrentSession = { userId: string; sessionId: string; method: SignInMethod; email: string | null };

/** The signed-in caller of this request, checked against the session record; null when signed out. */
export const currentSession = cache(async (): Promise<CurrentSession | null> => {
  const session = (await getServerSession(authOptions())) as { uid?: unknown; sid?: unknown; method?: unknown; user?: { email?: string | null } } | null;
  if (!session || typeof session.uid !== "string" || typeof session.sid !== "string") return null;
  if (session.method !== "PASSWORD" && session.method !== "EMAIL_LINK") return null;
  return { userId: session.uid, sessionId: session.sid, method: session.method, email: session.user?.email ?? null };
});

/** The email the caller proved by signing in, or null. */
export async function currentUserEmail(): Promise<string | null> {
  return (await currentSession())?.email ?? null;
}
