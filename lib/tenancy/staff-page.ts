import { cache } from "react";
import { notFound, redirect } from "next/navigation";
import { currentSession, type CurrentSession } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors/app-error";
import type { Permission } from "@/lib/auth/permissions";
import { can, staffContextForSession, type StaffContext } from "./guard";

/**
 * Where a caller the staff area refused goes: the sign-in page, told why when they were signed
 * in by email link (staff sign in with their password), and back to `returnTo` afterwards.
 */
export function staffSignInPath(session: CurrentSession | null, returnTo: string): string {
  const query = new URLSearchParams({
    callbackUrl: returnTo,
    ...(session ? { error: "StaffPasswordRequired" } : {}),
  });
  return `/signin?${query.toString()}`;
}

/** The path of a page of one salon's staff area: staffPath("serenity", "bookings", id). */
export function staffPath(salon: string, ...segments: string[]): string {
  return ["/staff", salon, ...segments].map((s, i) => (i === 0 ? s : encodeURIComponent(s))).join("/");
}

// The layout and the page of one request both ask: one lookup.
const contextFor = cache(async (salon: string | null) => staffContextForSession(await currentSession(), salon ?? undefined));

/**
 * For staff pages: the caller's context at the salon of the URL (`salon`), or at their first
 * salon for user-level pages (`salon: null`). Signed out → sign in; not staff of that salon → 404.
 */
export async function requireStaffPage({ salon, returnTo }: { salon: string | null; returnTo?: string }): Promise<StaffContext> {
  try {
    return await contextFor(salon);
  } catch (error) {
    if (isAppError(error, "UNAUTHENTICATED")) redirect(staffSignInPath(await currentSession(), returnTo ?? (salon ? staffPath(salon) : "/staff")));
    if (isAppError(error, "FORBIDDEN") || isAppError(error, "NOT_FOUND")) notFound();
    throw error;
  }
}

/**
 * For pages one permission opens (settings, the whole salon's dashboard): the caller's context,
 * or a 404 for staff without it, as if the page did not exist. Each page checks for itself;
 * a layout's check alone does not stop its pages from rendering.
 */
export async function requireStaffPagePermission({ salon, permission }: { salon: string; permission: Permission }): Promise<StaffContext> {
  const staff = await requireStaffPage({ salon });
  if (!can(staff, permission)) notFound();
  return staff;
}
