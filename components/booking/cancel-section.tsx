import type { CancellationTerms } from "@/lib/booking/cancellation-terms";
import { isFreeCancellation } from "@/lib/booking/policy";
import { CancelBookingForm } from "./cancel-booking-form";
import { dateTimeLabel, zoneLabel } from "./time-labels";

function noticeText(hours: number): string {
  return hours % 24 === 0 ? `${hours / 24} day${hours === 24 ? "" : "s"}` : `${hours} hours`;
}

type SectionProps = { salon: string; bookingId: string; token: string; noticeHours: number; terms: CancellationTerms };

/** Whether cancelling now is free, exactly what it would cost, and the cancel button with its confirmation step. */
export function CancelSection({ salon, bookingId, token, noticeHours, terms }: SectionProps) {
  const window = noticeText(noticeHours);
  const status = terms.late
    ? `Your appointment is less than ${window} away, so the free-cancellation window has passed. If you cancel now, ${terms.consequence}.`
    : `You can cancel free of charge until ${window} before your appointment. If you cancel now, ${terms.consequence}.`;
  const warning = terms.late ? `This counts as a late cancellation: ${terms.consequence}.` : terms.sentence;
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

type NoteProps = { startsAt: Date; cancelledAt: Date; noticeHours: number; timeZone: string; locale: string; holdLapsed?: boolean };

/** After a cancellation: when it happened and whether it was inside the free window. */
export function CancelledNote({ startsAt, cancelledAt, noticeHours, timeZone, locale, holdLapsed = false }: NoteProps) {
  const free = isFreeCancellation(startsAt, noticeHours, cancelledAt);
  return (
    <section aria-labelledby="cancelled-heading" data-testid="cancelled-note" className="space-y-1 rounded-2xl border border-stone-200 bg-white p-5">
      <h2 id="cancelled-heading" className="font-semibold text-stone-900">
        Cancelled
      </h2>
      <p className="text-sm text-stone-700">
        Cancelled on {dateTimeLabel(cancelledAt, timeZone, locale)}, {zoneLabel(cancelledAt, timeZone, locale)}.
      </p>
      <p className="text-sm font-medium text-stone-900">
        {holdLapsed
          ? "The deposit wasn't paid within the 10 minutes we held the time, so it was released. Nothing was charged."
          : free
          ? "This was inside the free-cancellation window: there is nothing to pay."
          : `This was a late cancellation (less than ${noticeText(noticeHours)} before the appointment), so the salon may charge under its policy.`}
      </p>
    </section>
  );
}
