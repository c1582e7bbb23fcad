import type { TClientDetails } from "./schemas";

export type BookingContact = { contactName: string; contactEmail: string; contactPhone: string };

/** The contact columns a booking keeps of the details it was made with (see docs/decisions/006). */
export function bookingContact(details: TClientDetails): BookingContact {
  return { contactName: details.name, contactEmail: details.email, contactPhone: details.phone };
}
