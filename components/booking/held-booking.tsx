import { HOLD_LAPSED_MESSAGE } from "@/lib/payments/checkout";
import { CancelBookingForm } from "./cancel-booking-form";
import { ResumeCheckoutForm } from "./resume-checkout-form";
import { dateTimeLabel, timeLabel } from "./time-labels";
import { instantToLocalParts } from "@/lib/availability/time-zone";

type Props = { salon: string; bookingId: string; token: string; holdExpiresAt: Date | null; timeZone: string; locale: string; depositLabel: string | null; leftCheckout: boolean; now: Date };

/** A PENDING booking: the time is held while the client pays the deposit (or saves a card). */
export function HeldBooking({ salon, bookingId, token, holdExpiresAt, timeZone, locale, depositLabel, leftCheckout, now }: Props) {
  const lapsed = holdExpiresAt !== null && holdExpiresAt <= now;
  const what = depositLabel ? `pay the ${depositLabel} deposit` : "save your card (nothing is charged today)";
  return (
    <section aria-labelledby="held-heading" data-testid="held-booking" className="space-y-3 rounded-2xl border border-amber-300 bg-amber-50 p-5 text-amber-950">
      <h2 id="held-heading" className="font-semibold">
        {lapsed ? "Your hold has run out" : "Not booked yet: finish paying to confirm"}
      </h2>
      {lapsed ? (
        <p className="text-sm leading-relaxed">{HOLD_LAPSED_MESSAGE}</p>
      ) : (
        <>
          <p className="text-sm leading-relaxed">
            {leftCheckout && "You left the payment page before finishing. "}
            We&apos;re holding this time for you until <strong>{holdLabel(holdExpiresAt ?? now, timeZone, locale, now)}</strong>. To confirm it, {what} on Stripe&apos;s secure page.
          </p>
          <ResumeCheckoutForm salon={salon} bookingId={bookingId} token={token} label={depositLabel ? `Pay ${depositLabel} deposit` : "Save card and confirm"} />
          <CancelBookingForm salon={salon} bookingId={bookingId} token={token} openLabel="Release this time" question="Release this time?" warning="Nothing has been charged. The time becomes free for others straight away." />
        </>
      )}
    </section>
  );
}

/** "10:20 AM" for a hold ending today; the day too for a longer one (a booking the salon took by phone). */
function holdLabel(until: Date, timeZone: string, locale: string, now: Date): string {
  const sameDay = instantToLocalParts(until.getTime(), timeZone).date === instantToLocalParts(now.getTime(), timeZone).date;
  return sameDay ? timeLabel(until, timeZone, locale) : dateTimeLabel(until, timeZone, locale);
}
