import { assertMinor } from "./money";

// A booking's payment records, and what follows from them at any moment: what the client
// paid, what was refunded, what is still owed. Pure, so the ledger table, the receipt page and
// the owner's dashboard all derive the same figures.

export const CHARGE_KINDS = ["DEPOSIT", "BALANCE", "TIP", "LATE_CANCEL_FEE", "NO_SHOW_FEE"] as const;
export type ChargeKind = (typeof CHARGE_KINDS)[number];
export type EntryKind = ChargeKind | "REFUND" | "DISCOUNT" | "WAIVER";
export type EntryStatus = "PENDING" | "SUCCEEDED" | "FAILED";

export type LedgerEntry = {
  id: string;
  kind: EntryKind;
  amountMinor: number;
  status: EntryStatus;
  /** For a REFUND: the charge it gives money back from. */
  refundOfId?: string | null;
};

export type LedgerSummary = {
  /** Money received (succeeded charges), before refunds. */
  chargedMinor: number;
  refundedMinor: number;
  tipsMinor: number;
  feesMinor: number;
  /** Taken off the service by the owner (discounts and waivers). */
  reducedMinor: number;
  /** What the service still costs the client after deposit, balance payments, refunds and reductions. */
  balanceDueMinor: number;
  /** Charges started but not yet settled. */
  pendingMinor: number;
};

const isCharge = (kind: EntryKind): kind is ChargeKind => (CHARGE_KINDS as readonly string[]).includes(kind);

export function summarizeLedger({ priceMinor, extrasMinor = 0 }: { priceMinor: number; extrasMinor?: number }, entries: readonly LedgerEntry[]): LedgerSummary {
  assertMinor(priceMinor);
  assertMinor(extrasMinor);
  const settled = entries.filter((e) => e.status === "SUCCEEDED");
  const sum = (list: readonly LedgerEntry[]) => list.reduce((total, e) => total + e.amountMinor, 0);
  const byId = new Map(entries.map((e) => [e.id, e]));
  const refunds = settled.filter((e) => e.kind === "REFUND");
  const refundsOfKind = (kinds: readonly EntryKind[]) => sum(refunds.filter((r) => kinds.includes(byId.get(r.refundOfId ?? "")?.kind ?? "REFUND")));

  const servicePaid = sum(settled.filter((e) => e.kind === "DEPOSIT" || e.kind === "BALANCE")) - refundsOfKind(["DEPOSIT", "BALANCE"]);
  const reducedMinor = sum(settled.filter((e) => e.kind === "DISCOUNT" || e.kind === "WAIVER"));
  return {
    chargedMinor: sum(settled.filter((e) => isCharge(e.kind))),
    refundedMinor: sum(refunds),
    tipsMinor: sum(settled.filter((e) => e.kind === "TIP")) - refundsOfKind(["TIP"]),
    feesMinor: sum(settled.filter((e) => e.kind === "LATE_CANCEL_FEE" || e.kind === "NO_SHOW_FEE")) - refundsOfKind(["LATE_CANCEL_FEE", "NO_SHOW_FEE"]),
    reducedMinor,
    balanceDueMinor: Math.max(0, priceMinor + extrasMinor - reducedMinor - servicePaid),
    pendingMinor: sum(entries.filter((e) => e.status === "PENDING" && isCharge(e.kind))),
  };
}

/** How much of a charge can still be refunded (refunds already made or under way count). */
export function refundableMinor(entries: readonly LedgerEntry[], chargeId: string): number {
  const charge = entries.find((e) => e.id === chargeId);
  if (!charge || !isCharge(charge.kind) || charge.status !== "SUCCEEDED") return 0;
  const refunded = entries.filter((e) => e.kind === "REFUND" && e.refundOfId === chargeId && e.status !== "FAILED").reduce((t, e) => t + e.amountMinor, 0);
  return Math.max(0, charge.amountMinor - refunded);
}

/** The deposit the salon holds now: deposits received, less what was refunded from them. */
export function depositHeldMinor(entries: readonly LedgerEntry[]): number {
  const settled = entries.filter((e) => e.status === "SUCCEEDED");
  const deposits = settled.filter((e) => e.kind === "DEPOSIT");
  const depositIds = new Set(deposits.map((d) => d.id));
  const refunded = settled.filter((e) => e.kind === "REFUND" && depositIds.has(e.refundOfId ?? ""));
  return deposits.reduce((t, e) => t + e.amountMinor, 0) - refunded.reduce((t, e) => t + e.amountMinor, 0);
}
