import { redirect } from "next/navigation";
import { currentSession, type CurrentSession } from "@/lib/auth/session";
import type { Permission } from "@/lib/auth/permissions";
import { verifyManageToken, verifyReceiptToken } from "@/lib/booking/manage-token";
import { AppError, isAppError } from "@/lib/errors/app-error";
import { staffPath, staffSignInPath } from "@/lib/tenancy/staff-page";
import { parseIdOrNotFound, publicContext, requirePermission, staffContextForSession, type PublicContext, type StaffContext } from "@/lib/tenancy/guard";

// Who is asking, for each kind of action. The salon always comes from the URL's slug (posted
// back by the form) and is checked by the guard against the caller's membership or the link's
// signature, never taken on a hidden field's say-so alone.

/** Anyone, on a salon's public pages. */
export function publicSalon(slug: string): Promise<PublicContext> {
  return publicContext(slug);
}

/**
 * Signed-in staff of the salon `salon` (the slug the form was posted from; the guard checks the
 * caller's membership of it, so a slug changed in the form reaches only salons they work at),
 * holding `permission` if given. `salon: null` is for user-level forms (their account). A
 * signed-out caller is sent to sign in.
 */
export async function staffWith({ salon, permission, returnTo }: { salon: string | null; permission?: Permission; returnTo?: string }): Promise<{ staff: StaffContext; session: CurrentSession }> {
  const session = await currentSession();
  try {
    const staff = await staffContextForSession(session, salon ?? undefined);
    if (permission) requirePermission(staff, permission);
    return { staff, session: session! };
  } catch (error) {
    if (isAppError(error, "UNAUTHENTICATED")) redirect(staffSignInPath(session, returnTo ?? (salon ? staffPath(salon) : "/staff")));
    throw error;
  }
}

/** The holder of one booking's signed manage link. */
export async function manageLinkHolder(input: { salon: string; booking: string; token: string }): Promise<{ salon: PublicContext; bookingId: string; token: string }> {
  const salon = await publicContext(input.salon);
  const bookingId = parseIdOrNotFound(input.booking, "Booking");
  if (!verifyManageToken(salon.tenantId, bookingId, input.token)) throw new AppError("NOT_FOUND", "Booking not found");
  return { salon, bookingId, token: input.token };
}

/** The holder of one booking's receipt link (or its manage link, which opens the receipt too). */
export async function receiptHolder(input: { salon: string; booking: string; token: string }): Promise<{ salon: PublicContext; bookingId: string; token: string }> {
  const salon = await publicContext(input.salon);
  const bookingId = parseIdOrNotFound(input.booking, "Booking");
  if (!verifyReceiptToken(salon.tenantId, bookingId, input.token)) throw new AppError("NOT_FOUND", "Booking not found");
  return { salon, bookingId, token: input.token };
}
