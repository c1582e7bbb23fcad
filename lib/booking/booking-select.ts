// The booking fields every view of a booking shows (staff list, staff detail, client page).
export const bookingSummarySelect = {
  id: true,
  status: true,
  startsAt: true,
  endsAt: true,
  serviceName: true,
  durationMinutes: true,
  priceCents: true,
  currency: true,
  clientNote: true,
  // A mobile session's address (null at the studio).
  visitAddress: true,
  // What the booking was made with (never the client record, which a booker cannot change).
  contactName: true,
  contactEmail: true,
  contactPhone: true,
} as const;
