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

/** Turns "not found in this tenant" into Next's 404 page. */
export async function orNotFound<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (isAppError(error, "NOT_FOUND") || isAppError(error, "FORBIDDEN")) notFound();
    throw error;
  }
}
