"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { createBooking, findBookingByIdempotencyKey } from "@/lib/booking/create-booking";
import { manageHref, manageToken } from "@/lib/booking/manage-token";
import { getPrimaryLocation } from "@/lib/booking/primary-location";
import { instantToLocalParts } from "@/lib/availability/time-zone";
import { currentUserEmail } from "@/lib/auth/session";
import { clientIp } from "@/lib/http/client-ip";
import { enforceRateLimits } from "@/lib/rate-limit/policies";
import { AppError, isAppError } from "@/lib/errors/app-error";
import { publicSalon } from "@/lib/server/contexts";
import { formAction } from "@/lib/server/form-action";
import type { PublicContext } from "@/lib/tenancy/guard";
import { bookHref, ZSelectionSchema, type TSelection } from "./booking-flow";
import { acceptsOnlinePayments } from "@/lib/payments/stripe";
import { startDepositCheckout } from "@/lib/payments/checkout";
import { holdKeyFor } from "@/lib/payments/holds";
import { NOT_OPEN_MESSAGE } from "@/lib/payments/online-booking";
import { confirmationKey, readDraft, type TStoredDraft } from "./booking-draft";

/**
 * Review step → booked. Holds the time for the salon in the URL (via the guard) with the
 * details kept by the details step and the client's consent to the policy shown, then sends
 * the client to Stripe Checkout to pay the deposit and save the card; the webhook confirms it.
 * The draft and the choice make an idempotency key, so a retry, Back-then-Confirm or a second
 * tab reopens the same hold and checkout instead of making another. A time someone else just took sends the client back to pick a fresh time that day,
 * details kept.
 */
export const confirmBookingAction = formAction({
  schema: ZSelectionSchema,
  invalidMessage: "Your choice of service and time got lost. Please go back and pick a time again.",
  messages: {
    NOT_FOUND: "This service or therapist is no longer available for online booking. Please start again.",
  },
  context: ({ salon }) => publicSalon(salon),
  async run(selection, ctx) {
    if (!acceptsOnlinePayments(ctx.tenant)) throw new AppError("CONFLICT", NOT_OPEN_MESSAGE);
    const draft = await readDraft();
    if (!draft) redirect(bookHref(ctx.tenant.slug, "details", flowParams(selection)));
    redirect(await book(ctx, selection, draft));
  },
});

/** Books (or finds the booking this draft already made) and says where the client goes next. */
async function book(ctx: PublicContext, selection: TSelection, draft: TStoredDraft): Promise<string> {
  const idempotencyKey = confirmationKey(draft, selection);
  try {
    const requestHeaders = await headers();
    const ipAddress = clientIp(requestHeaders);
    const earlier = await findBookingByIdempotencyKey(ctx.tenantId, idempotencyKey);
    if (!earlier) await enforceRateLimits([{ name: "bookingIp", subject: ipAddress }]);
    const booking =
      earlier ??
      (await createBooking({
        tenant: ctx.tenant,
        idempotencyKey,
        verifiedEmail: await currentUserEmail(),
        visitor: { ipAddress, userAgent: requestHeaders.get("user-agent")?.slice(0, 500) ?? null, holdKey: holdKeyFor(ipAddress) },
        input: {
          serviceId: selection.service,
          therapistId: selection.therapist,
          startsAt: selection.start,
          client: { name: draft.name, email: draft.email, phone: draft.phone },
          note: draft.note,
          visitAddress: draft.visitAddress,
        },
      }));
    // Held: on to Stripe Checkout for the deposit and the card (the open session when there is one).
    if (booking.status === "PENDING") return await startDepositCheckout({ tenant: ctx.tenant, bookingId: booking.id });
    return manageHref(ctx.tenant.slug, booking.id, manageToken(ctx.tenantId, booking.id), { new: "1" });
  } catch (error) {
    const notice = isAppError(error, "SLOT_TAKEN") ? "taken" : isAppError(error, "VALIDATION") && error.fieldErrors?.startsAt ? "gone" : null;
    if (notice) return bookHref(ctx.tenant.slug, "time", { ...flowParams(selection), start: undefined, date: await localDate(ctx, selection.start), notice });
    // Details that no longer pass (rules changed since the draft was saved): back to the form.
    if (isAppError(error, "VALIDATION") && Object.keys(error.fieldErrors ?? {}).some((k) => k.startsWith("client.") || k === "note" || k.startsWith("visitAddress"))) {
      return bookHref(ctx.tenant.slug, "details", flowParams(selection));
    }
    if (isAppError(error, "RATE_LIMITED")) {
      throw new AppError("RATE_LIMITED", `${error.message} This limit protects the salon's calendar from automated bookings.`, undefined, { retryAfterSeconds: error.retryAfterSeconds });
    }
    throw error;
  }
}

function flowParams(selection: TSelection) {
  return { service: selection.service, therapist: selection.therapist, start: selection.start };
}

async function localDate(ctx: PublicContext, start: string): Promise<string | undefined> {
  const location = await getPrimaryLocation(ctx.tenantId);
  return location ? instantToLocalParts(Date.parse(start), location.timeZone).date : undefined;
}
