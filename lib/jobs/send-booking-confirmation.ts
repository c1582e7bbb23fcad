import { z } from "zod";
import { sendBookingConfirmation } from "@/lib/booking/booking-emails";
import { getClientBooking } from "@/lib/booking/public-queries";
import { db } from "@/lib/db/client";
import { defineJob } from "./define-job";

/** The client's confirmation email, enqueued in the transaction that confirms the booking. */
export const sendBookingConfirmationJob = defineJob({
  name: "booking.send-confirmation",
  payload: z.object({ tenantId: z.uuid(), bookingId: z.uuid() }),
  retryLimit: 5,
  retryDelaySeconds: 30,
  async handler({ tenantId, bookingId }) {
    const tenant = await (await db()).tenant.findUnique({ where: { id: tenantId }, select: { id: true, slug: true, name: true } });
    const booking = await getClientBooking(tenantId, bookingId);
    if (!tenant || !booking) return; // gone since: nothing to tell
    await sendBookingConfirmation({
      tenant,
      booking: { ...booking, id: bookingId },
      client: { name: booking.contactName, email: booking.contactEmail },
      therapistName: booking.therapist.displayName,
      location: booking.location,
    });
  },
});
