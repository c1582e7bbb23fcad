import { notFound, redirect } from "next/navigation";
import { currentSession, type CurrentSession } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors/app-error";
import { staffContextForSession, type StaffContext } from "./guard";

/**
 * Where a caller the staff area refused goes: the sign-in page, told why when they were signed
 * in by email link (staff sign in with their password), and back to `returnTo` afterwards.
 */
export function staffSignInPath(session: CurrentSession | null, returnTo: string): string {
  const query = new URLSearchParams({ callbackUrl: returnTo, ...(session ? { error: "StaffPasswordRequired" } : {}) });
  return `/signin?${query.toString()}`;
}

/** For staff pages: the caller's context, or a redirect to sign-in / a 404 for no access. */
export async function requireStaffPage(returnTo = "/staff"): Promise<StaffContext> {
  const session = await currentSession();
  try {
    return await staffContextForSession(session);
  } catch (error) {
    if (isAppError(error, "UNAUTHENTICATED")) redirect(staffSignInPath(session, returnTo));
    if (isAppError(error, "FORBIDDEN")) notFound();
    throw error;
  }
}
