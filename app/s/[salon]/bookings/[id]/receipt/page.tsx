import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { dateTimeLabel } from "@/components/booking/time-labels";
import { ReceiptStatus } from "@/components/receipt/receipt-status";
import { ReceiptLines } from "@/components/receipt/receipt-lines";
import { TipForm, type TipOption } from "@/components/receipt/tip-form";
import { ConcernForm } from "@/components/receipt/concern-form";
import { PayWithCardForm } from "@/components/receipt/pay-with-card-form";
import { formatMoney } from "@/lib/format/format";
import { getReceiptBooking } from "@/lib/booking/public-queries";
import { verifyReceiptToken } from "@/lib/booking/manage-token";
import { param } from "@/lib/actions/booking-flow";
import { settleOnReturn } from "@/lib/payments/checkout-return";
import { receiptActions, receiptFigures } from "@/lib/payments/receipt";
import { TIP_PERCENTS, tipAmount } from "@/lib/payments/tips";
import { toMajorString } from "@/lib/payments/money";
import { parseIdOrNotFound } from "@/lib/tenancy/guard";
import { orNotFound } from "@/lib/tenancy/or-not-found";
import { now as clockNow } from "@/lib/time/clock";
import { loadSalon, type SearchParams } from "../../../salon-context";
import { CheckInInvite } from "@/components/checkins/check-in-invite";
import { findCheckIn } from "@/lib/checkins/submit-check-in";

// The link carries a secret token: keep it out of referrers and search engines.
export const metadata: Metadata = { title: "Your receipt", referrer: "same-origin", robots: { index: false, follow: false } };

type Params = Promise<{ salon: string; id: string }>;

const NOTICES: Record<string, { tone: "success" | "info" | "warning"; title: string; body?: string }> = {
  "tip:saved": { tone: "success", title: "Tip saved", body: "It will be charged with the balance. You can change it until then." },
  "paid:paid": { tone: "success", title: "Paid. Thank you!", body: "A receipt is on its way to your inbox." },
  "paid:failed": { tone: "warning", title: "Your card didn't go through", body: "Nothing was charged. See below for how to pay." },
  "concern:sent": { tone: "info", title: "Thanks for telling us", body: "The charge is paused until the salon replies to you by email." },
  "checkout:cancelled": { tone: "info", title: "Nothing was paid", body: "You left the payment page before paying." },
};

export default async function ReceiptPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const [{ salon, id }, query] = await Promise.all([params, searchParams]);
  const { tenant, tenantId } = await loadSalon(salon);
  const bookingId = await orNotFound(async () => parseIdOrNotFound(id, "Booking"));
  const token = param(query.token);
  if (!verifyReceiptToken(tenantId, bookingId, token)) notFound();
  let booking = (await getReceiptBooking(tenantId, bookingId)) ?? notFound();
  if (param(query.checkout) === "return") {
    await settleOnReturn(tenant, param(query.session_id), booking.payLinkSessionId);
    booking = (await getReceiptBooking(tenantId, bookingId)) ?? notFound();
  }

  const tz = booking.location.timeZone;
  const { locale } = tenant;
  const money = (minor: number) => formatMoney(minor, booking.currency, locale);
  const figures = receiptFigures(booking, booking.extras, booking.payments);
  const actions = receiptActions(booking.balanceStatus);
  const balanceMinor = figures.dueMinor - (figures.tipPaid ? 0 : figures.tipMinor);
  const notice = ["tip", "paid", "concern", "checkout"].map((key) => NOTICES[`${key}:${param(query[key])}`]).find(Boolean);
  const tipOptions: TipOption[] = [
    { value: "none", label: "No tip", amount: "", amountMinor: 0 },
    ...TIP_PERCENTS.map((percent) => {
      const amountMinor = tipAmount({ kind: "percent", percent }, figures.sessionMinor);
      return { value: String(percent) as TipOption["value"], label: `${percent}%`, amount: money(amountMinor), amountMinor };
    }),
    { value: "custom", label: "Other amount", amount: "", amountMinor: 0 },
  ];
  const chosen = tipOptions.find((o) => o.value !== "none" && o.value !== "custom" && o.amountMinor === figures.tipMinor && figures.tipMinor > 0);
  const selected: TipOption["value"] = booking.tipMinor === null || booking.tipMinor === 0 ? "none" : (chosen?.value ?? "custom");

  return (
    <div className="space-y-6">
      {notice && (
        <Alert tone={notice.tone} title={notice.title} testId="receipt-notice">
          {notice.body}
        </Alert>
      )}
      <header className="space-y-1">
        <p className="text-sm font-medium text-stone-600">Receipt from {tenant.name}</p>
        <h1 className="text-2xl font-semibold tracking-tight text-stone-900 sm:text-3xl">{booking.serviceName}</h1>
        <p className="text-sm text-stone-700">
          {dateTimeLabel(booking.startsAt, tz, locale)} with {booking.therapist.displayName}
        </p>
      </header>

      {booking.status === "COMPLETED" && token && <CheckInInvite href={`/s/${tenant.slug}/bookings/${booking.id}/check-in?${new URLSearchParams({ token })}`} done={(await findCheckIn(tenantId, booking.id)) !== null} />}

      <ReceiptStatus booking={booking} figures={figures} money={money} timeZone={tz} locale={locale} now={clockNow()} />

      <Card>
        <ReceiptLines figures={figures} money={money} />
      </Card>

      {booking.status === "COMPLETED" && actions.tip && token && (
        <Card>
          <TipForm
            salon={tenant.slug}
            bookingId={booking.id}
            token={token}
            options={tipOptions}
            selected={selected}
            customValue={selected === "custom" ? toMajorString(figures.tipMinor, booking.currency) : ""}
            balanceMinor={balanceMinor}
            currency={booking.currency}
            locale={locale}
            canPayNow={actions.payNow}
          />
        </Card>
      )}
      {booking.status === "COMPLETED" && actions.payWithCard && token && (
        <PayWithCardForm
          salon={tenant.slug}
          bookingId={booking.id}
          token={token}
          label={booking.balanceStatus === "ACTION_REQUIRED" ? `Confirm and pay ${money(figures.dueMinor)}` : `Pay ${money(figures.dueMinor)} with a card`}
        />
      )}
      {booking.status === "COMPLETED" && actions.concern && token && <ConcernForm salon={tenant.slug} bookingId={booking.id} token={token} salonName={tenant.name} />}
    </div>
  );
}
