import type { ReceiptFigures } from "@/lib/payments/receipt";

type Props = { figures: ReceiptFigures; money: (minor: number) => string };

/** Service, extras, deposit, reductions, tip and what is left (or was paid), as a table. */
export function ReceiptLines({ figures, money }: Props) {
  const row = (label: string, amount: string, strong = false, testId?: string) => (
    <tr key={label} data-testid={testId} className={strong ? "border-t border-stone-200 font-semibold text-stone-900 [&_th]:font-semibold" : "text-stone-800"}>
      <th scope="row" className="py-1.5 pr-4 text-left font-normal">
        {label}
      </th>
      <td className="py-1.5 text-right tabular-nums">{amount}</td>
    </tr>
  );
  return (
    <table className="w-full text-sm" data-testid="receipt-lines">
      <caption className="sr-only">What this session cost</caption>
      <tbody>
        {figures.lines.map((line) => row(line.label, money(line.amountMinor)))}
        {figures.lines.length > 1 && row("Session total", money(figures.sessionMinor), true)}
        {figures.depositPaidMinor > 0 && row("Deposit paid at booking", `−${money(figures.depositPaidMinor)}`)}
        {figures.reductions.map((r) => row(r.label, `−${money(r.amountMinor)}`))}
        {row(figures.tipPaid ? "Tip (paid)" : "Tip", money(figures.tipMinor), false, "receipt-tip")}
        {figures.paidAfterMinor > 0 && row("Paid after the session", money(figures.paidAfterMinor))}
        {figures.refundedMinor > 0 && row("Refunded", money(figures.refundedMinor))}
        {row(figures.dueMinor > 0 ? "To pay" : "Left to pay", money(figures.dueMinor), true, "receipt-due")}
      </tbody>
    </table>
  );
}
