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
} as const;
