import { notFound, redirect } from "next/navigation";
import { currentUserId } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors/app-error";
import { staffContextForUser, type StaffContext } from "./guard";

/** For staff pages: the caller's context, or a redirect to sign-in / a 404 for no access. */
export async function requireStaffPage(): Promise<StaffContext> {
  const userId = await currentUserId();
  if (!userId) redirect("/signin?callbackUrl=/staff");
  try {
    return await staffContextForUser(userId);
  } catch (error) {
    if (isAppError(error, "FORBIDDEN")) notFound();
    throw error;
  }
}
