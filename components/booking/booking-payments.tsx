import Link from "next/link";
import { formatMoney } from "@/lib/format/format";
import { depositHeldMinor, summarizeLedger, type LedgerEntry } from "@/lib/payments/ledger";

type Props = { priceMinor: number; currency: string; locale: string; entries: LedgerEntry[]; receiptHref: string | null; upcoming: boolean };

/** On the manage page: what has been paid so far and what is left for after the session. */
export function BookingPayments({ priceMinor, currency, locale, entries, receiptHref, upcoming }: Props) {
  const money = (minor: number) => formatMoney(minor, currency, locale);
  const summary = summarizeLedger({ priceMinor }, entries);
  const deposit = depositHeldMinor(entries);
  const refunded = summary.refundedMinor;
  return (
    <section aria-labelledby="payments-heading" data-testid="booking-payments" className="space-y-2 rounded-2xl border border-stone-200 bg-white p-5">
      <h2 id="payments-heading" className="font-semibold text-stone-900">
        Payments
      </h2>
      <dl className="grid grid-cols-[1fr_auto] gap-x-4 gap-y-1 text-sm text-stone-800">
        <dt>Deposit held</dt>
        <dd className="text-right font-medium tabular-nums">{money(deposit)}</dd>
        {refunded > 0 && (
          <>
            <dt>Refunded to your card</dt>
            <dd className="text-right font-medium tabular-nums">{money(refunded)}</dd>
          </>
        )}
        {summary.feesMinor > 0 && (
          <>
            <dt>Fees charged</dt>
            <dd className="text-right font-medium tabular-nums">{money(summary.feesMinor)}</dd>
          </>
        )}
        {upcoming && (
          <>
            <dt>After your session</dt>
            <dd className="text-right font-medium tabular-nums">{money(summary.balanceDueMinor)}</dd>
          </>
        )}
      </dl>
      {upcoming && <p className="text-sm text-stone-600">You&apos;ll get a receipt after your session, with time to add a tip or tell us if something wasn&apos;t right, before your saved card is charged.</p>}
      {receiptHref ? (
        <Link href={receiptHref} className="inline-block text-sm font-semibold text-brand-700 hover:underline">
          View receipt, tip or pay
        </Link>
      ) : null}
    </section>
  );
}
