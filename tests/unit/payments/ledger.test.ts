import { describe, expect, it } from "vitest";
import { refundableMinor, summarizeLedger, type LedgerEntry } from "@/lib/payments/ledger";

const price = { priceMinor: 9_500 };
let n = 0;
const entry = (kind: LedgerEntry["kind"], amountMinor: number, status: LedgerEntry["status"] = "SUCCEEDED", refundOfId?: string): LedgerEntry => ({ id: `e${++n}`, kind, amountMinor, status, refundOfId });

describe("summarizeLedger", () => {
  it("before anything is paid, the whole price is due", () => {
    expect(summarizeLedger(price, [])).toMatchObject({ chargedMinor: 0, balanceDueMinor: 9_500, pendingMinor: 0 });
  });

  it("deposit, then balance and an 18 % tip: nothing is due, the tip is counted apart", () => {
    const s = summarizeLedger(price, [entry("DEPOSIT", 1_900), entry("BALANCE", 7_600), entry("TIP", 1_710)]);
    expect(s).toMatchObject({ chargedMinor: 11_210, tipsMinor: 1_710, balanceDueMinor: 0, refundedMinor: 0 });
  });

  it("failed and pending charges pay nothing; pending ones are shown as under way", () => {
    const s = summarizeLedger(price, [entry("DEPOSIT", 1_900), entry("BALANCE", 7_600, "FAILED"), entry("BALANCE", 7_600, "PENDING")]);
    expect(s).toMatchObject({ chargedMinor: 1_900, balanceDueMinor: 7_600, pendingMinor: 7_600 });
  });

  it("an extra raises the balance; a discount lowers it; a waiver clears it", () => {
    expect(summarizeLedger({ priceMinor: 9_500, extrasMinor: 2_000 }, [entry("DEPOSIT", 1_900)]).balanceDueMinor).toBe(9_600);
    expect(summarizeLedger(price, [entry("DEPOSIT", 1_900), entry("DISCOUNT", 2_000)])).toMatchObject({ balanceDueMinor: 5_600, reducedMinor: 2_000 });
    expect(summarizeLedger(price, [entry("DEPOSIT", 1_900), entry("WAIVER", 7_600)]).balanceDueMinor).toBe(0);
  });

  it("a partly refunded deposit counts only what was kept", () => {
    const deposit = entry("DEPOSIT", 1_900);
    const s = summarizeLedger(price, [deposit, entry("REFUND", 900, "SUCCEEDED", deposit.id)]);
    expect(s).toMatchObject({ chargedMinor: 1_900, refundedMinor: 900, balanceDueMinor: 8_500 });
  });

  it("a refunded tip is no tip", () => {
    const tip = entry("TIP", 1_000);
    expect(summarizeLedger(price, [entry("DEPOSIT", 1_900), entry("BALANCE", 7_600), tip, entry("REFUND", 1_000, "SUCCEEDED", tip.id)]).tipsMinor).toBe(0);
  });

  it("a no-show keeps the deposit and charges the fee", () => {
    const s = summarizeLedger({ priceMinor: 7_000 }, [entry("DEPOSIT", 1_000), entry("NO_SHOW_FEE", 2_000)]);
    expect(s).toMatchObject({ chargedMinor: 3_000, feesMinor: 2_000 });
  });

  it("a zero-price service is never owed anything", () => {
    expect(summarizeLedger({ priceMinor: 0 }, []).balanceDueMinor).toBe(0);
  });

  it("refuses amounts that are not whole minor units", () => {
    expect(() => summarizeLedger({ priceMinor: 95.5 }, [])).toThrow(RangeError);
  });
});

describe("refundableMinor", () => {
  it("is what is left of a charge after refunds made or under way", () => {
    const deposit = entry("DEPOSIT", 1_900);
    const entries = [deposit, entry("REFUND", 500, "SUCCEEDED", deposit.id), entry("REFUND", 400, "PENDING", deposit.id), entry("REFUND", 1_900, "FAILED", deposit.id)];
    expect(refundableMinor(entries, deposit.id)).toBe(1_000);
  });

  it("is nothing for a failed charge, a refund, or an unknown id", () => {
    const failed = entry("BALANCE", 7_600, "FAILED");
    const refund = entry("REFUND", 100);
    expect(refundableMinor([failed, refund], failed.id)).toBe(0);
    expect(refundableMinor([failed, refund], refund.id)).toBe(0);
    expect(refundableMinor([failed, refund], "nope")).toBe(0);
  });
});
