import type { BalanceStatus } from "@/lib/generated/prisma/enums";
import { summarizeLedger, type LedgerEntry } from "./ledger";

// The receipt's figures, from the booking, its extras and its ledger: what the session cost,
// what was paid up front, what the owner took off, the tip, and what the card is (or was)
// charged. Pure, so the page and the receipt email say the same thing.

export type ReceiptLine = { label: string; amountMinor: number };

export type ReceiptFigures = {
  lines: ReceiptLine[];
  /** Service plus extras. */
  sessionMinor: number;
  depositPaidMinor: number;
  reductions: ReceiptLine[];
  /** The chosen tip (before it is charged) or the tip charged. */
  tipMinor: number;
  tipPaid: boolean;
  /** What the next charge takes (balance + tip), 0 when nothing is left. */
  dueMinor: number;
  /** Balance and tip received after the session. */
  paidAfterMinor: number;
  refundedMinor: number;
};

type ReceiptBooking = { serviceName: string; priceCents: number; extrasMinor: number; tipMinor: number | null };
type ReceiptEntry = LedgerEntry & { note?: string | null };

export function receiptFigures(booking: ReceiptBooking, extras: readonly { description: string; amountMinor: number }[], entries: readonly ReceiptEntry[]): ReceiptFigures {
  const summary = summarizeLedger({ priceMinor: booking.priceCents, extrasMinor: booking.extrasMinor }, entries);
  const settled = entries.filter((e) => e.status === "SUCCEEDED");
  const sum = (kind: LedgerEntry["kind"]) => settled.filter((e) => e.kind === kind).reduce((t, e) => t + e.amountMinor, 0);
  const tipPaid = summary.tipsMinor > 0;
  const tipMinor = tipPaid ? summary.tipsMinor : (booking.tipMinor ?? 0);
  const balanceDue = summary.balanceDueMinor;
  return {
    lines: [{ label: booking.serviceName, amountMinor: booking.priceCents }, ...extras.map((x) => ({ label: x.description, amountMinor: x.amountMinor }))],
    sessionMinor: booking.priceCents + booking.extrasMinor,
    depositPaidMinor: sum("DEPOSIT"),
    reductions: settled
      .filter((e) => e.kind === "DISCOUNT" || e.kind === "WAIVER")
      .map((e) => ({ label: e.kind === "WAIVER" ? "Waived by the salon" : "Discount from the salon", amountMinor: e.amountMinor })),
    tipMinor,
    tipPaid,
    dueMinor: balanceDue + (tipPaid ? 0 : tipMinor),
    paidAfterMinor: sum("BALANCE") + sum("TIP"),
    refundedMinor: summary.refundedMinor,
  };
}

/** Whether the client can still choose or change the tip, pay now and raise a concern. */
export function receiptActions(status: BalanceStatus): { tip: boolean; payNow: boolean; payWithCard: boolean; concern: boolean } {
  return {
    tip: status === "IN_REVIEW" || status === "ACTION_REQUIRED" || status === "RETRY_SCHEDULED" || status === "OWED",
    payNow: status === "IN_REVIEW",
    payWithCard: status === "ACTION_REQUIRED" || status === "RETRY_SCHEDULED" || status === "OWED",
    concern: status === "IN_REVIEW",
  };
}

/** What the next charge would take, for a list row (balance still due plus the unpaid tip). */
export function amountDueFromLedger(booking: ReceiptBooking & { payments: readonly ReceiptEntry[] }): number {
  return receiptFigures(booking, [], booking.payments).dueMinor;
}
