import { Alert } from "@/components/ui/alert";
import { NOT_OPEN_MESSAGE } from "@/lib/payments/online-booking";

/** Shown instead of the booking steps until the salon has connected its payment account. */
export function BookingNotOpen({ salonName }: { salonName: string }) {
  return (
    <Alert tone="info" title={`${salonName} isn't taking online bookings yet`} testId="booking-not-open">
      {NOT_OPEN_MESSAGE}
    </Alert>
  );
}
