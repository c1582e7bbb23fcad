import { formatMoney } from "@/lib/format/format";
import { isFreeCancellation, type TPolicySnapshot } from "./policy";

// What cancelling now would do to the client's money, by the booking's snapshotted policy. The
// manage page shows it before the client confirms; cancelBooking then does exactly this.

export type CancellationTerms = {
  late: boolean;
  refundMinor: number;
  keptMinor: number;
  feeMinor: number;
  /** One sentence for the client, e.g. "Your $19.00 deposit will be refunded in full." */
  sentence: string;
  /** What cancelling does, to follow "If you cancel now, ": "your $19.00 deposit will be refunded in full". */
  consequence: string;
};

export function cancellationTerms({ policy, depositPaidMinor, startsAt, now, currency, bySalon = false, locale = "en-US" }: {
  policy: TPolicySnapshot;
  depositPaidMinor: number;
  startsAt: Date;
  now: Date;
  currency: string;
  /** The salon cancelling never costs the client anything. */
  bySalon?: boolean;
  locale?: string;
}): CancellationTerms {
  const money = (minor: number) => formatMoney(minor, currency, locale);
  const late = !bySalon && !isFreeCancellation(startsAt, policy.cancellationNoticeHours, now);
  if (!late) {
    const consequence = depositPaidMinor > 0 ? `your ${money(depositPaidMinor)} deposit will be refunded in full` : "nothing will be charged";
    return { late, refundMinor: depositPaidMinor, keptMinor: 0, feeMinor: 0, consequence, sentence: `${consequence.charAt(0).toUpperCase()}${consequence.slice(1)}.` };
  }
  const feeMinor = policy.lateCancelFeeMinor;
  const parts = [depositPaidMinor > 0 ? `your ${money(depositPaidMinor)} deposit is kept` : null, feeMinor > 0 ? `a late-cancellation fee of ${money(feeMinor)} will be charged to your saved card` : null].filter(Boolean);
  const consequence = parts.length ? parts.join(" and ") : "nothing will be charged";
  return {
    late, refundMinor: 0, keptMinor: depositPaidMinor, feeMinor, consequence,
    sentence: `This is inside the ${policy.cancellationNoticeHours}-hour cancellation window, so ${consequence}.`,
  };
}
