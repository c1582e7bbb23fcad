// Stripe's test cards and what each does when saved, charged on-session (customer present,
// may authenticate) and charged off-session (customer absent, cannot authenticate).
// Any other valid number behaves like 4242 4242 4242 4242.

export interface Decline {
  code: string;
  decline_code: string;
  message: string;
}

export type OnSession = "ok" | "authenticate" | Decline;
export type OffSession = "ok" | "authentication_required" | "ok_if_saved" | Decline;

export interface TestCard {
  number: string;
  label: string;
  /** Saving the card: SetupIntent / Checkout setup mode / attach via the API. */
  setup: "ok" | "authenticate" | Decline;
  onSession: OnSession;
  /** Outcome once on-session 3-D Secure has been completed. */
  afterAuthentication: "ok" | Decline;
  offSession: OffSession;
  /** Creates a fraudulent dispute right after a successful charge. */
  dispute: boolean;
}

export const DECLINES = {
  generic: { code: "card_declined", decline_code: "generic_decline", message: "Your card was declined." },
  insufficientFunds: { code: "card_declined", decline_code: "insufficient_funds", message: "Your card has insufficient funds." },
  lostCard: { code: "card_declined", decline_code: "lost_card", message: "Your card was declined." },
  expiredCard: { code: "expired_card", decline_code: "expired_card", message: "Your card has expired." },
  incorrectCvc: { code: "incorrect_cvc", decline_code: "incorrect_cvc", message: "Your card's security code is incorrect." },
  processingError: {
    code: "processing_error",
    decline_code: "processing_error",
    message: "An error occurred while processing your card. Try again in a little bit.",
  },
  authenticationRequired: {
    code: "authentication_required",
    decline_code: "authentication_required",
    message: "Your card was declined. This transaction requires authentication.",
  },
} satisfies Record<string, Decline>;

const ok = { setup: "ok", onSession: "ok", afterAuthentication: "ok", offSession: "ok", dispute: false } as const;
const declined = (d: Decline) => ({ setup: d, onSession: d, afterAuthentication: d, offSession: d, dispute: false });

export const TEST_CARDS: readonly TestCard[] = [
  { number: "4242424242424242", label: "Succeeds", ...ok },
  { number: "4000002500003155", label: "3-D Secure when saved; later off-session charges succeed", ...ok, setup: "authenticate", onSession: "authenticate", offSession: "ok_if_saved" },
  { number: "4000002760003184", label: "3-D Secure on every payment", ...ok, setup: "authenticate", onSession: "authenticate", offSession: "authentication_required" },
  {
    number: "4000008260003178",
    label: "3-D Secure, then declined: insufficient funds",
    ...ok,
    setup: "authenticate",
    onSession: "authenticate",
    afterAuthentication: DECLINES.insufficientFunds,
    offSession: "authentication_required",
  },
  { number: "4000000000000341", label: "Saves, but every charge is declined", ...declined(DECLINES.generic), setup: "ok" },
  { number: "4000000000000002", label: "Declined", ...declined(DECLINES.generic) },
  { number: "4000000000009995", label: "Declined: insufficient funds", ...declined(DECLINES.insufficientFunds) },
  { number: "4000000000009987", label: "Declined: lost card", ...declined(DECLINES.lostCard) },
  { number: "4000000000000069", label: "Declined: expired card", ...declined(DECLINES.expiredCard) },
  { number: "4000000000000127", label: "Declined: incorrect CVC", ...declined(DECLINES.incorrectCvc) },
  { number: "4000000000000119", label: "Declined: processing error", ...declined(DECLINES.processingError) },
  { number: "4000000000000259", label: "Succeeds, then disputed as fraudulent", ...ok, dispute: true },
  { number: "5555555555554444", label: "Mastercard, succeeds", ...ok },
];

export function testCard(number: string): TestCard {
  return TEST_CARDS.find((c) => c.number === number) ?? { ...(TEST_CARDS[0] as TestCard), number };
}

/** Stripe's magic PaymentMethod ids (pm_card_visa etc.): each use clones a fresh PaymentMethod. */
export const MAGIC_PAYMENT_METHODS: Record<string, string> = {
  pm_card_visa: "4242424242424242",
  pm_card_mastercard: "5555555555554444",
  pm_card_authenticationRequiredOnSetup: "4000002500003155",
  pm_card_authenticationRequired: "4000002760003184",
  pm_card_authenticationRequiredChargeDeclinedInsufficientFunds: "4000008260003178",
  pm_card_chargeCustomerFail: "4000000000000341",
  pm_card_visa_chargeDeclined: "4000000000000002",
  pm_card_chargeDeclined: "4000000000000002",
  pm_card_chargeDeclinedInsufficientFunds: "4000000000009995",
  pm_card_chargeDeclinedLostCard: "4000000000009987",
  pm_card_chargeDeclinedExpiredCard: "4000000000000069",
  pm_card_chargeDeclinedIncorrectCvc: "4000000000000127",
  pm_card_chargeDeclinedProcessingError: "4000000000000119",
  pm_card_createDispute: "4000000000000259",
};

export function brandOf(number: string): string {
  if (/^4/.test(number)) return "visa";
  if (/^(5[1-5]|2[2-7])/.test(number)) return "mastercard";
  if (/^3[47]/.test(number)) return "amex";
  if (/^(6011|65)/.test(number)) return "discover";
  return "unknown";
}

export function luhnValid(number: string): boolean {
  let sum = 0;
  for (let i = 0; i < number.length; i++) {
    let d = Number(number[number.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

export interface CardInput {
  number: string;
  exp_month: number;
  exp_year: number;
  cvc: string;
}

export type CardField = "number" | "expiry" | "cvc";

/** Validates what a person typed, with the messages Stripe's card form shows. */
export function validateCardInput(
  raw: { number: string; expiry: string; cvc: string },
  now: Date,
): { ok: true; card: CardInput } | { ok: false; errors: Partial<Record<CardField, string>> } {
  const errors: Partial<Record<CardField, string>> = {};
  const number = raw.number.replace(/[\s-]/g, "");
  if (!number) errors.number = "Enter a card number.";
  else if (!/^\d{16}$/.test(number)) errors.number = "Your card number is incomplete.";
  else if (!luhnValid(number)) errors.number = "Your card number is invalid.";

  let exp_month = 0;
  let exp_year = 0;
  const m = /^\s*(\d{1,2})\s*\/?\s*(\d{2}|\d{4})\s*$/.exec(raw.expiry);
  if (!m) errors.expiry = "Your card's expiration date is incomplete.";
  else {
    exp_month = Number(m[1]);
    exp_year = Number(m[2]);
    if (exp_year < 100) exp_year += 2000;
    const currentYear = now.getUTCFullYear();
    const currentMonth = now.getUTCMonth() + 1;
    if (exp_month < 1 || exp_month > 12) errors.expiry = "Your card's expiration month is invalid.";
    else if (exp_year < currentYear || (exp_year === currentYear && exp_month < currentMonth)) errors.expiry = "Your card's expiration date is in the past.";
    else if (exp_year > currentYear + 50) errors.expiry = "Your card's expiration year is invalid.";
  }
  if (!/^\d{3}$/.test(raw.cvc.trim())) errors.cvc = "Your card's security code is incomplete.";

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, card: { number, exp_month, exp_year, cvc: raw.cvc.trim() } };
}
