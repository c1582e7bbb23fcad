import { getServerSession } from "next-auth";
import { authOptions } from "./options";

/** The signed-in user's id, or null. */
export async function currentUserId(): Promise<string | null> {
  const session = await getServerSession(authOptions());
  const id = (session?.user as { id?: unknown } | undefined)?.id;
  return typeof id === "string" ? id : null;
}

export async function currentUserEmail(): Promise<string | null> {
  const session = await getServerSession(authOptions());
  return session?.user?.email ?? null;
}
