import { z } from "zod";
import { formatMoney } from "@/lib/format/format";
import { depositFor, effectiveDepositRule, ZDepositRuleSchema, type TDepositRule } from "@/lib/payments/deposit";

// The salon's policy as it applied to one booking: what was paid up front, what a late
// cancellation or a no-show costs, how long the review window lasts, and the exact words the
// client agreed to. Snapshotted at creation, so a later policy change never alters a booking.
// Bookings made before payments existed lack the money fields; the defaults read them as free.

export const ZPolicySnapshotSchema = z.object({
  cancellationNoticeHours: z.number().int().nonnegative(),
  depositRule: ZDepositRuleSchema.default({ kind: "none" }),
  depositMinor: z.number().int().nonnegative().default(0),
  lateCancelFeeMinor: z.number().int().nonnegative().default(0),
  noShowFeeMinor: z.number().int().nonnegative().default(0),
  reviewWindowHours: z.number().int().nonnegative().default(24),
  /** The policy in plain words, one sentence per rule, as shown before paying. */
  terms: z.array(z.string()).default([]),
  summary: z.string(),
});
export type TPolicySnapshot = z.infer<typeof ZPolicySnapshotSchema>;

export type SalonPolicy = {
  name: string;
  currency: string;
  cancellationNoticeHours: number;
  depositRule: unknown;
  lateCancelFeeMinor: number;
  noShowFeeMinor: number;
  reviewWindowHours: number;
};

/** A stored rule that no longer parses counts as "no deposit" rather than blocking bookings. */
export function parseDepositRule(value: unknown): TDepositRule | null {
  const parsed = ZDepositRuleSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

function hoursInWords(hours: number): string {
  if (hours % 24 === 0 && hours > 0) return `${hours / 24} day${hours === 24 ? "" : "s"}`;
  return `${hours} hour${hours === 1 ? "" : "s"}`;
}

export function cancellationPolicyText(noticeHours: number): string {
  if (noticeHours === 0) return "You can cancel free of charge at any time before your appointment.";
  return `Free cancellation up to ${hoursInWords(noticeHours)} before your appointment. Later cancellations and missed appointments may be charged under the salon's policy.`;
}

/** The policy for one booking of a service at a price, with its plain-words terms. */
export function policySnapshot(salon: SalonPolicy, service: { priceCents: number; depositRule?: unknown } = { priceCents: 0 }, locale = "en-US"): TPolicySnapshot {
  const depositRule = effectiveDepositRule(parseDepositRule(salon.depositRule) ?? { kind: "none" }, parseDepositRule(service.depositRule));
  const depositMinor = depositFor(service.priceCents, depositRule);
  const base = {
    cancellationNoticeHours: salon.cancellationNoticeHours,
    depositRule,
    depositMinor,
    lateCancelFeeMinor: salon.lateCancelFeeMinor,
    noShowFeeMinor: salon.noShowFeeMinor,
    reviewWindowHours: salon.reviewWindowHours,
  };
  const terms = policyTerms({ ...base, priceMinor: service.priceCents, currency: salon.currency, salonName: salon.name, locale });
  return { ...base, terms, summary: cancellationPolicyText(salon.cancellationNoticeHours) };
}

type TermsInput = Omit<TPolicySnapshot, "terms" | "summary" | "depositRule"> & { priceMinor: number; currency: string; salonName: string; locale: string };

/** What will happen to the client's money, in the order it happens. */
export function policyTerms(p: TermsInput): string[] {
  const money = (minor: number) => formatMoney(minor, p.currency, p.locale);
  const balance = Math.max(0, p.priceMinor - p.depositMinor);
  const terms = [
    p.depositMinor > 0
      ? `Today you pay a deposit of ${money(p.depositMinor)} and your card is saved for the rest.`
      : "Nothing is charged today: your card is saved for after your session.",
    `After your session you get a receipt and have ${hoursInWords(p.reviewWindowHours)} to add a tip, pay straight away, or tell us if something wasn't right. Then your saved card is charged the balance (${money(balance)}, plus any extras you agreed to during the session and your tip).`,
  ];
  const kept = p.depositMinor > 0 ? "your deposit is kept" : null;
  const lateFee = p.lateCancelFeeMinor > 0 ? `a late-cancellation fee of ${money(p.lateCancelFeeMinor)} is charged` : null;
  const noShowFee = p.noShowFeeMinor > 0 ? `a no-show fee of ${money(p.noShowFeeMinor)} is charged` : null;
  const joinConsequences = (parts: (string | null)[]) => parts.filter(Boolean).join(" and ");

  if (p.cancellationNoticeHours === 0) {
    terms.push(p.depositMinor > 0 ? "You can cancel at any time before your appointment and your deposit is refunded." : "You can cancel free of charge at any time before your appointment.");
  } else {
    const early = p.depositMinor > 0 ? "your deposit is refunded in full" : "nothing is charged";
    const late = joinConsequences([kept, lateFee]) || "nothing is charged";
    terms.push(`Cancel at least ${hoursInWords(p.cancellationNoticeHours)} before your appointment and ${early}; cancel later and ${late}.`);
  }
  const missed = joinConsequences([kept, noShowFee]);
  terms.push(missed ? `If you miss your appointment, ${missed}.` : "If you miss your appointment, nothing is charged.");
  terms.push(`By continuing you agree that ${p.salonName} may charge your saved card for these amounts.`);
  return terms;
}

/** The exact text recorded as the client's consent. */
export function consentText(policy: TPolicySnapshot): string {
  return policy.terms.join(" ");
}

/** Whether a cancellation at `now` is inside the free-cancellation window. */
export function isFreeCancellation(startsAt: Date, noticeHours: number, now: Date): boolean {
  return startsAt.getTime() - now.getTime() >= noticeHours * 3_600_000;
}
