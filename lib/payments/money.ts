// Money is an integer count of the currency's minor unit (cents for USD, pence for GBP, yen
// for JPY: Stripe's convention), never a float. Rounding happens once, half away from zero.

/** Digits after the decimal point in `currency` (2 for USD, 0 for JPY, 3 for KWD). */
export function minorUnitDigits(currency: string): number {
  return new Intl.NumberFormat("en-US", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

/** A share of an amount, in basis points (2000 = 20 %), rounded half up to a whole minor unit. */
export function percentOf(amountMinor: number, basisPoints: number): number {
  assertMinor(amountMinor);
  if (!Number.isInteger(basisPoints) || basisPoints < 0) throw new RangeError(`basis points must be a non-negative integer, got ${basisPoints}`);
  // Integer arithmetic: amount * bps stays exact far beyond any price (2^53 / 10^4 minor units).
  const scaled = amountMinor * basisPoints;
  return Math.floor((scaled + 5_000) / 10_000);
}

/** An amount in minor units as the major-unit decimal a person reads ("12.50", "1200" for JPY). */
export function toMajorString(amountMinor: number, currency: string): string {
  assertMinor(amountMinor, true);
  const digits = minorUnitDigits(currency);
  const sign = amountMinor < 0 ? "-" : "";
  const abs = Math.abs(amountMinor).toString().padStart(digits + 1, "0");
  return digits === 0 ? `${sign}${abs}` : `${sign}${abs.slice(0, -digits)}.${abs.slice(-digits)}`;
}

/**
 * What a person typed ("12.50", "12,5", "1200") as minor units, or null when it is not an
 * amount in this currency (more decimals than it has, letters, a sign).
 */
export function parseMajorAmount(text: string, currency: string): number | null {
  const match = /^(\d{1,9})(?:[.,](\d+))?$/.exec(text.trim());
  if (!match) return null;
  const digits = minorUnitDigits(currency);
  const fraction = match[2] ?? "";
  if (fraction.length > digits) return null;
  return Number(match[1]) * 10 ** digits + Number(fraction.padEnd(digits, "0") || "0");
}

export function assertMinor(amount: number, allowNegative = false): void {
  if (!Number.isSafeInteger(amount) || (!allowNegative && amount < 0)) throw new RangeError(`not an amount in minor units: ${amount}`);
}
