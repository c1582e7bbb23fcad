import { notFound } from "next/navigation";
import { param } from "@/lib/actions/booking-flow";
import { verifyManageToken, verifyReceiptToken } from "@/lib/booking/manage-token";
import { findBookingForPreferences } from "@/lib/preferences/queries";
import { parseIdOrNotFound } from "@/lib/tenancy/guard";
import { orNotFound } from "@/lib/tenancy/or-not-found";
import { loadSalon, type SearchParams } from "../../salon-context";

// The pages a booking's private links open (preferences from the manage link, the check-in from
// the receipt link): the salon, the booking and its token, or the 404 page for anything else.

type Params = Promise<{ salon: string; id: string }>;

export async function loadLinkedBooking(params: Params, searchParams: SearchParams, link: "manage" | "receipt") {
  const [{ salon, id }, query] = await Promise.all([params, searchParams]);
  const { tenant, tenantId } = await loadSalon(salon);
  const bookingId = await orNotFound(async () => parseIdOrNotFound(id, "Booking"));
  const token = param(query.token);
  const verify = link === "manage" ? verifyManageToken : verifyReceiptToken;
  if (!token || !verify(tenantId, bookingId, token)) notFound();
  const booking = (await findBookingForPreferences(tenantId, bookingId)) ?? notFound();
  return { tenant, tenantId, bookingId, token, booking, query };
}
