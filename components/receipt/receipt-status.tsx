import { Alert } from "@/components/ui/alert";
import { dateTimeLabel } from "@/components/booking/time-labels";
import type { ReceiptBooking } from "@/lib/booking/public-queries";
import type { ReceiptFigures } from "@/lib/payments/receipt";
import { ChargeCountdown } from "./charge-countdown";

type Props = { booking: ReceiptBooking; figures: ReceiptFigures; money: (minor: number) => string; timeZone: string; locale: string; now: Date };

/** Where the payment stands, in one sentence, with the countdown while the review window is open. */
export function ReceiptStatus({ booking, figures, money, timeZone, locale, now }: Props) {
  const when = (at: Date | null) => (at ? dateTimeLabel(at, timeZone, locale) : "soon");
  const due = money(figures.dueMinor);
  if (booking.status !== "COMPLETED") {
    return (
      <Alert tone="info" title={booking.status === "NO_SHOW" ? "Missed appointment" : "Your receipt comes after your session"} testId="receipt-status">
        {booking.status === "NO_SHOW" ? "This appointment was marked as missed. Any charges under the salon's policy are listed below." : "Once your therapist marks the session complete, you'll find your receipt here."}
      </Alert>
    );
  }
  switch (booking.balanceStatus) {
    case "IN_REVIEW":
      return (
        <section aria-labelledby="status-heading" data-testid="receipt-status" className="rounded-2xl bg-brand-900 p-5 text-white">
          <h2 id="status-heading" className="text-lg font-semibold">
            {figures.dueMinor > 0 ? `${due} will be charged to your saved card ` : "Nothing more to pay "}
            {figures.dueMinor > 0 && booking.reviewEndsAt && <ChargeCountdown at={booking.reviewEndsAt.toISOString()} serverNow={now.toISOString()} />}
          </h2>
          {figures.dueMinor > 0 && (
            <p className="mt-1 text-sm text-brand-100">
              On {when(booking.reviewEndsAt)}. Until then you can add a tip, pay straight away, or tell us if something wasn&apos;t right.
            </p>
          )}
        </section>
      );
    case "PROCESSING":
      return <Alert tone="info" title="Payment in progress" testId="receipt-status">We&apos;re charging your saved card now. This page shows the result once it&apos;s done.</Alert>;
    case "PAID":
      return (
        <Alert tone="success" title="Paid. Thank you!" testId="receipt-status">
          {figures.paidAfterMinor > 0 ? `${money(figures.paidAfterMinor)} was charged to your card after the session.` : "Nothing more was due after your deposit."}
        </Alert>
      );
    case "CONCERN":
      return (
        <Alert tone="info" title="The charge is paused while the salon looks at your message" testId="receipt-status">
          {booking.concern ? <span className="block whitespace-pre-line">“{booking.concern.message}”</span> : null}
          You&apos;ll get the salon&apos;s answer by email.
        </Alert>
      );
    case "ACTION_REQUIRED":
      return <Alert tone="warning" title="Your bank wants you to confirm this payment" testId="receipt-status">{`Your card needs your confirmation before ${due} can be charged. It takes a moment on Stripe's secure page.`}</Alert>;
    case "RETRY_SCHEDULED":
      return <Alert tone="warning" title="Your card was declined" testId="receipt-status">{`We'll try your saved card again on ${when(booking.nextChargeAt)}. To settle it now, pay ${due} with another card.`}</Alert>;
    case "OWED":
      return <Alert tone="error" title="Payment still due" testId="receipt-status">{`We couldn't charge your card, so ${due} is still owed to the salon. Please pay with another card.`}</Alert>;
    case "WAIVED":
      return <Alert tone="success" title="Nothing more to pay" testId="receipt-status">The salon has waived the balance of this session.{booking.concern?.decisionNote ? ` “${booking.concern.decisionNote}”` : ""}</Alert>;
    default:
      return null;
  }
}
