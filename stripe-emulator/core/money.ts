import { invalidRequest } from "./errors";

// Currency rules Stripe enforces on amounts: integer minor units, a per-currency minimum,
// an 8-digit maximum, lowercase ISO codes.

const ZERO_DECIMAL = new Set(["bif", "clp", "djf", "gnf", "jpy", "kmf", "krw", "mga", "pyg", "rwf", "ugx", "vnd", "vuv", "xaf", "xof", "xpf"]);
// Stripe's documented minimum charge amounts for the currencies we check (GBP is £0.30, not 0.50).
const MINIMUM: Record<string, number> = { usd: 50, eur: 50, gbp: 30 };
const MAXIMUM = 99_999_999;

export function minorDigits(currency: string): number {
  return ZERO_DECIMAL.has(currency) ? 0 : 2;
}

export function formatAmount(amount: number, currency: string): string {
  const digits = minorDigits(currency);
  try {
    return new Intl.NumberFormat("en-GB", { style: "currency", currency: currency.toUpperCase(), minimumFractionDigits: digits }).format(
      amount / 10 ** digits,
    );
  } catch {
    return `${(amount / 10 ** digits).toFixed(digits)} ${currency.toUpperCase()}`;
  }
}

export function validateCurrency(currency: string, param = "currency"): string {
  if (!/^[a-z]{3}$/.test(currency)) {
    throw invalidRequest(`Invalid currency: ${currency}. Currency codes are three lowercase letters (ISO 4217), e.g. gbp.`, { param });
  }
  return currency;
}

/** Checks an amount to be charged (PaymentIntent, Checkout total). */
export function validateChargeAmount(amount: number, currency: string, param = "amount"): void {
  if (amount < 1) throw invalidRequest("This value must be greater than or equal to 1.", { param });
  const min = MINIMUM[currency];
  if (min !== undefined && amount < min) {
    throw invalidRequest(`Amount must be at least ${formatAmount(min, currency)} ${currency}`, { param, code: "amount_too_small" });
  }
  if (amount > MAXIMUM) {
    throw invalidRequest(`Amount must be no more than ${formatAmount(MAXIMUM, currency)} ${currency}`, { param, code: "amount_too_large" });
  }
}
