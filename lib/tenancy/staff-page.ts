import { notFound, redirect } from "next/navigation";
import { currentSession } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors/app-error";
import { staffContextForSession, type StaffContext } from "./guard";

/** For staff pages: the caller's context, or a redirect to sign-in / a 404 for no access. */
export async function requireStaffPage(): Promise<StaffContext> {
  const session = await currentSession();
  try {
    return await staffContextForSession(session);
  } catch (error) {
    if (isAppError(error, "UNAUTHENTICATED")) {
      redirect(session ? "/signin?callbackUrl=/staff&error=StaffPasswordRequired" : "/signin?callbackUrl=/staff");
    }
    if (isAppError(error, "FORBIDDEN")) notFound();
    throw error;
  }
}
