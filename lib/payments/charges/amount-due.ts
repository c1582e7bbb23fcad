import type { PaymentRecord } from "@/lib/generated/prisma/client";
import { summarizeLedger } from "../ledger";

/** What the next balance charge takes: the balance still due plus the chosen tip (never tipped twice). */
export function amountDue(booking: { priceCents: number; extrasMinor: number; tipMinor: number | null }, records: readonly PaymentRecord[]) {
  const summary = summarizeLedger({ priceMinor: booking.priceCents, extrasMinor: booking.extrasMinor }, records);
  const tipMinor = summary.tipsMinor > 0 ? 0 : (booking.tipMinor ?? 0);
  return { balanceMinor: summary.balanceDueMinor, tipMinor, totalMinor: summary.balanceDueMinor + tipMinor };
}
