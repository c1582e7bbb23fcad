"use server";

import { redirect } from "next/navigation";
import { cancelBooking } from "@/lib/booking/cancel-booking";
import { isAppError } from "@/lib/errors/app-error";
import { parseIdOrNotFound, publicContext } from "@/lib/tenancy/guard";
import { manageHref, verifyManageToken } from "@/lib/booking/manage-token";
import { INVALID_LINK, ZCancelFormSchema } from "./cancel-form";

export type CancelState = { error?: string };

/**
 * Manage page → cancel. The salon comes from the URL via the guard, and the manage token is
 * checked again here: the page showing the button is no proof the caller may cancel.
 */
export async function cancelBookingAction(_prev: CancelState, formData: FormData): Promise<CancelState> {
  const parsed = ZCancelFormSchema.safeParse({
    salon: formData.get("salon"),
    booking: formData.get("booking"),
    token: formData.get("token"),
    reason: formData.get("reason") ?? undefined,
  });
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? INVALID_LINK };
  const { salon, token, reason } = parsed.data;

  let target: string;
  try {
    const ctx = await publicContext(salon);
    const bookingId = parseIdOrNotFound(parsed.data.booking, "Booking");
    if (!verifyManageToken(ctx.tenantId, bookingId, token)) return { error: INVALID_LINK };
    await cancelBooking({ tenantId: ctx.tenantId, bookingId, actor: "client", reason: reason || undefined });
    target = manageHref(ctx.tenant.slug, bookingId, token, { cancelled: "1" });
  } catch (error) {
    if (isAppError(error, "NOT_FOUND")) return { error: INVALID_LINK };
    if (isAppError(error, "CONFLICT")) return { error: error.message };
    if (isAppError(error, "VALIDATION")) return { error: Object.values(error.fieldErrors ?? {})[0]?.[0] ?? error.message };
    throw error;
  }
  redirect(target);
}
