import { isFreeCancellation } from "@/lib/booking/policy";
import { CancelBookingForm } from "./cancel-booking-form";
import { dateTimeLabel, zoneLabel } from "./time-labels";

function noticeText(hours: number): string {
  return hours % 24 === 0 ? `${hours / 24} day${hours === 24 ? "" : "s"}` : `${hours} hours`;
}

type SectionProps = { salon: string; bookingId: string; token: string; startsAt: Date; noticeHours: number; now: Date };

/** Whether cancelling now is free, and the cancel button with its confirmation step. */
export function CancelSection({ salon, bookingId, token, startsAt, noticeHours, now }: SectionProps) {
  const free = isFreeCancellation(startsAt, noticeHours, now);
  const window = noticeText(noticeHours);
  const status = free
    ? `You can cancel free of charge until ${window} before your appointment.`
    : `Your appointment is less than ${window} away, so the free-cancellation window has passed.`;
  const warning = free ? "Cancelling now is free of charge." : "This counts as a late cancellation, and the salon may charge for it under its policy.";
  return (
    <section aria-labelledby="cancel-heading" className="space-y-3">
      <h2 id="cancel-heading" className="font-semibold text-stone-900">
        Can&apos;t make it?
      </h2>
      <p data-testid="cancel-window" className="text-sm text-stone-700">
        {status}
      </p>
      <CancelBookingForm salon={salon} bookingId={bookingId} token={token} warning={warning} />
    </section>
  );
}

type NoteProps = { startsAt: Date; cancelledAt: Date; noticeHours: number; timeZone: string };

/** After a cancellation: when it happened and whether it was inside the free window. */
export function CancelledNote({ startsAt, cancelledAt, noticeHours, timeZone }: NoteProps) {
  const free = isFreeCancellation(startsAt, noticeHours, cancelledAt);
  return (
    <section aria-labelledby="cancelled-heading" data-testid="cancelled-note" className="space-y-1 rounded-2xl border border-stone-200 bg-white p-5">
      <h2 id="cancelled-heading" className="font-semibold text-stone-900">
        Cancelled
      </h2>
      <p className="text-sm text-stone-700">
        Cancelled on {dateTimeLabel(cancelledAt, timeZone)}, {zoneLabel(cancelledAt, timeZone)}.
      </p>
      <p className="text-sm font-medium text-stone-900">
        {free
          ? "This was inside the free-cancellation window: there is nothing to pay."
          : `This was a late cancellation (less than ${noticeText(noticeHours)} before the appointment), so the salon may charge under its policy.`}
      </p>
    </section>
  );
}
