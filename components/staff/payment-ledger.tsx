import { formatDateTime, formatMoney } from "@/lib/format/format";
import type { PaymentRecord } from "@/lib/generated/prisma/client";

const KIND_LABELS: Record<PaymentRecord["kind"], string> = {
  DEPOSIT: "Deposit",
  BALANCE: "Balance",
  TIP: "Tip",
  LATE_CANCEL_FEE: "Late-cancellation fee",
  NO_SHOW_FEE: "No-show fee",
  REFUND: "Refund",
  DISCOUNT: "Discount",
  WAIVER: "Waiver",
};

const STATUS_TONE: Record<PaymentRecord["status"], string> = {
  SUCCEEDED: "text-emerald-800",
  PENDING: "text-amber-800",
  FAILED: "text-rose-800",
};

type Props = {
  records: PaymentRecord[];
  timeZone: string;
  locale?: string;
  /** What the table is called ("Payments on this booking"). */
  label?: string;
  /** With several bookings' payments (the client page): which session each is for. */
  sessionOf?: (record: PaymentRecord) => React.ReactNode;
};

/** Every movement of money on one booking (or one client's bookings), with its Stripe id, as the owner reconciles it. */
export function PaymentLedger({ records, timeZone, locale, label = "Payments on this booking", sessionOf }: Props) {
  if (records.length === 0) return <p className="text-sm text-stone-600">No payments yet.</p>;
  return (
    // Scrolls sideways on a phone: focusable and named, so a keyboard can scroll it too.
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={`${label} (scrolls sideways)`}>
      <table className={`w-full ${sessionOf ? "min-w-[56rem]" : "min-w-[36rem]"} text-left text-sm`} data-testid="payment-ledger">
        <caption className="sr-only">{label}</caption>
        <thead className="text-stone-600">
          <tr>
            <th scope="col" className="py-1.5 pr-3 font-medium">When</th>
            {sessionOf && <th scope="col" className="py-1.5 pr-3 font-medium">Session</th>}
            <th scope="col" className="py-1.5 pr-3 font-medium">What</th>
            <th scope="col" className="py-1.5 pr-3 text-right font-medium">Amount</th>
            <th scope="col" className="py-1.5 pr-3 font-medium">Status</th>
            <th scope="col" className="py-1.5 font-medium">Stripe</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-100 text-stone-900">
          {records.map((r) => (
            <tr key={r.id}>
              <td className="py-1.5 pr-3 whitespace-nowrap">{formatDateTime(r.createdAt, timeZone, locale)}</td>
              {sessionOf && <td className="min-w-52 py-1.5 pr-3">{sessionOf(r)}</td>}
              <td className="py-1.5 pr-3">
                {KIND_LABELS[r.kind]}
                {r.attempt ? ` (attempt ${r.attempt})` : ""}
                {r.failureMessage && <span className="block text-xs text-rose-800">{r.failureMessage}</span>}
                {r.note && <span className="block text-xs text-stone-600">{r.note}</span>}
              </td>
              <td className="py-1.5 pr-3 text-right tabular-nums">{formatMoney(r.amountMinor, r.currency, locale)}</td>
              <td className={`py-1.5 pr-3 font-medium ${STATUS_TONE[r.status]}`}>{r.status.toLowerCase()}</td>
              <td className="py-1.5 font-mono text-xs text-stone-600">{r.stripeRefundId ?? r.stripePaymentIntentId ?? "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
