import { describe, expect, it } from "vitest";
import { cancellationPolicyText, consentText, isFreeCancellation, policySnapshot, ZPolicySnapshotSchema, type SalonPolicy } from "@/lib/booking/policy";

const HOUR = 3_600_000;

describe("cancellation policy", () => {
  it.each([
    [0, "You can cancel free of charge at any time before your appointment."],
    [24, "Free cancellation up to 1 day before your appointment."],
    [48, "Free cancellation up to 2 days before your appointment."],
    [12, "Free cancellation up to 12 hours before your appointment."],
    [36, "Free cancellation up to 36 hours before your appointment."],
  ])("%i hours of notice reads plainly", (hours, start) => {
    expect(cancellationPolicyText(hours).startsWith(start)).toBe(true);
  });

  it.each([
    ["well before the window", 48 * HOUR, 24, true],
    ["exactly at the window edge", 24 * HOUR, 24, true],
    ["a minute inside the window", 24 * HOUR - 60_000, 24, false],
    ["after the start", -HOUR, 24, false],
    ["no notice required", HOUR, 0, true],
  ])("cancelling %s", (_name, before, notice, free) => {
    const start = new Date("2026-12-01T15:00:00Z");
    expect(isFreeCancellation(start, notice, new Date(start.getTime() - before))).toBe(free);
  });

});

const SERENITY: SalonPolicy = { name: "Serenity Spa", currency: "USD", cancellationNoticeHours: 24, depositRule: { kind: "percent", basisPoints: 2000 }, lateCancelFeeMinor: 0, noShowFeeMinor: 0, reviewWindowHours: 24 };
const HARBOR: SalonPolicy = { name: "Harbor Massage", currency: "GBP", cancellationNoticeHours: 48, depositRule: { kind: "fixed", amountMinor: 1000 }, lateCancelFeeMinor: 0, noShowFeeMinor: 2000, reviewWindowHours: 24 };

describe("policy snapshot", () => {
  it("takes a percentage deposit of the price and says what happens, in order", () => {
    const policy = policySnapshot(SERENITY, { priceCents: 9500 });
    expect(policy).toMatchObject({ depositMinor: 1900, cancellationNoticeHours: 24, reviewWindowHours: 24, lateCancelFeeMinor: 0, noShowFeeMinor: 0 });
    expect(policy.terms).toEqual([
      "Today you pay a deposit of $19.00 and your card is saved for the rest.",
      "After your session you get a receipt and have 1 day to add a tip, pay straight away, or tell us if something wasn't right. Then your saved card is charged the balance ($76.00, plus any extras you agreed to during the session and your tip).",
      "Cancel at least 1 day before your appointment and your deposit is refunded in full; cancel later and your deposit is kept.",
      "If you miss your appointment, your deposit is kept.",
      "By continuing you agree that Serenity Spa may charge your saved card for these amounts.",
    ]);
    expect(consentText(policy)).toBe(policy.terms.join(" "));
  });

  it("names the no-show fee and a fixed deposit", () => {
    const policy = policySnapshot(HARBOR, { priceCents: 7000 });
    expect(policy.depositMinor).toBe(1000);
    expect(policy.terms).toContain("If you miss your appointment, your deposit is kept and a no-show fee of £20.00 is charged.");
    expect(policy.terms).toContain("Cancel at least 2 days before your appointment and your deposit is refunded in full; cancel later and your deposit is kept.");
  });

  it("lets a service's deposit rule win over the salon's", () => {
    expect(policySnapshot(SERENITY, { priceCents: 9500, depositRule: { kind: "fixed", amountMinor: 500 } }).depositMinor).toBe(500);
    expect(policySnapshot(SERENITY, { priceCents: 9500, depositRule: { kind: "none" } }).depositMinor).toBe(0);
  });

  it("without a deposit nothing is charged today, and a late fee is named", () => {
    const policy = policySnapshot({ ...SERENITY, depositRule: { kind: "none" }, lateCancelFeeMinor: 2500 }, { priceCents: 9500 });
    expect(policy.depositMinor).toBe(0);
    expect(policy.terms[0]).toBe("Nothing is charged today: your card is saved for after your session.");
    expect(policy.terms).toContain("Cancel at least 1 day before your appointment and nothing is charged; cancel later and a late-cancellation fee of $25.00 is charged.");
    expect(policy.terms).toContain("If you miss your appointment, nothing is charged.");
  });

  it("caps a deposit at a zero price, and reads a broken stored rule as no deposit", () => {
    expect(policySnapshot(HARBOR, { priceCents: 0 }).depositMinor).toBe(0);
    expect(policySnapshot({ ...SERENITY, depositRule: { kind: "percent", basisPoints: -3 } }, { priceCents: 9500 }).depositMinor).toBe(0);
  });

  it("reads snapshots made before payments as free of charges", () => {
    const old = ZPolicySnapshotSchema.parse({ cancellationNoticeHours: 48, summary: cancellationPolicyText(48) });
    expect(old).toMatchObject({ depositMinor: 0, lateCancelFeeMinor: 0, noShowFeeMinor: 0, depositRule: { kind: "none" }, terms: [] });
  });
});
