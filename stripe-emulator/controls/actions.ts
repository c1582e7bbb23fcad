import type Stripe from "stripe";
import { validateCardInput } from "../cards/test-cards";
import type { Emulator } from "../core/emulator";
import { invalidRequest, resourceMissing } from "../core/errors";
import { PLATFORM, scopeKeyOf, type EmulatorEvent } from "../core/state";
import { answerCheckoutChallenge, submitCheckoutCard, type CheckoutOutcome } from "../payments/checkout-flow";
import { finishPaymentAuthentication } from "../payments/charge-attempt";
import { ensureConnectedAccount, type AccountSeed } from "../resources/accounts";
import { sweepExpiredSessions } from "../resources/checkout-sessions";

// Test controls, shared by the /_emulator HTTP routes and the in-process handle, so a test
// driving either gets the same behaviour.

export interface EmulatorStateSnapshot {
  account: string | null;
  /** The connected account itself (null for the platform). */
  account_object: Stripe.Account | null;
  customers: Stripe.Customer[];
  payment_methods: Stripe.PaymentMethod[];
  payment_intents: Stripe.PaymentIntent[];
  setup_intents: Stripe.SetupIntent[];
  charges: Stripe.Charge[];
  refunds: Stripe.Refund[];
  disputes: Stripe.Dispute[];
  checkout_sessions: Stripe.Checkout.Session[];
  events: EmulatorEvent[];
}

/** Everything in one account's scope, oldest first. */
export function snapshot(em: Emulator, account: string | null | undefined): EmulatorStateSnapshot {
  const key = scopeKeyOf(account || null);
  const scope = em.state.scopes[key];
  const values = <T>(r: Record<string, T> | undefined): T[] => structuredClone(Object.values(r ?? {}));
  return {
    account: key === PLATFORM ? null : key,
    account_object: key === PLATFORM ? null : structuredClone(em.state.accounts[key] ?? null),
    customers: values(scope?.customers),
    payment_methods: values(scope?.payment_methods),
    payment_intents: values(scope?.payment_intents),
    setup_intents: values(scope?.setup_intents),
    charges: values(scope?.charges),
    refunds: values(scope?.refunds),
    disputes: values(scope?.disputes),
    checkout_sessions: values(scope?.checkout_sessions),
    events: values(scope?.events),
  };
}

export function advanceClock(em: Emulator, seconds: number): { now: number; offset: number; expired_sessions: number } {
  if (!Number.isFinite(seconds) || seconds < 0) throw invalidRequest("seconds must be a non-negative number (the clock only moves forward).", { param: "seconds" });
  em.state.clock_offset += Math.floor(seconds);
  const expired = sweepExpiredSessions(em);
  em.commit();
  return { now: em.now(), offset: em.state.clock_offset, expired_sessions: expired };
}

export interface CompleteCheckoutOptions {
  /** Answer a 3-D Secure challenge with Complete (default) or Fail. */
  authenticate?: boolean;
  email?: string | null;
  /** "MM/YY"; defaults to December three years from now. */
  expiry?: string;
  cvc?: string;
}

/** A declined card (or failed authentication) while completing a Checkout Session. */
export class CheckoutDeclinedError extends Error {
  constructor(
    readonly code: string,
    readonly declineCode: string | null,
    message: string,
    readonly session: Stripe.Checkout.Session,
  ) {
    super(message);
    this.name = "CheckoutDeclinedError";
  }
}

/** Pays a Checkout Session exactly as the hosted page would; throws CheckoutDeclinedError on a decline. */
export function completeCheckout(em: Emulator, id: string, card = "4242424242424242", opts: CompleteCheckoutOptions = {}): Stripe.Checkout.Session {
  const scopeKey = em.state.index[id];
  const session = scopeKey && id.startsWith("cs_") ? em.find(scopeKey, "checkout_sessions", id) : undefined;
  if (!scopeKey || !session) throw resourceMissing("checkout.session", id);
  sweepExpiredSessions(em);
  const year = em.nowDate().getUTCFullYear();
  const checked = validateCardInput({ number: card, expiry: opts.expiry ?? `12/${(year + 3) % 100}`, cvc: opts.cvc ?? "123" }, em.nowDate());
  if (!checked.ok) throw invalidRequest(Object.values(checked.errors).join(" "), { param: "card" });
  if (session.status !== "open") throw invalidRequest(`Checkout Session ${id} is ${session.status}, not open.`, { param: "id" });
  let outcome: CheckoutOutcome = submitCheckoutCard(em, scopeKey, session, { card: checked.card, email: opts.email ?? null });
  if (outcome.kind === "challenge") {
    outcome = answerCheckoutChallenge(em, scopeKey, session, outcome.attempt, opts.authenticate !== false) ?? outcome;
  }
  em.runDeferred();
  em.commit();
  if (outcome.kind === "declined") throw new CheckoutDeclinedError(outcome.code, outcome.decline_code, outcome.message, structuredClone(session));
  return structuredClone(session);
}

/** Completes or fails the 3-D Secure step of a PaymentIntent confirmed on-session via the API. */
export function authenticatePaymentIntent(em: Emulator, id: string, ok: boolean): Stripe.PaymentIntent {
  const scopeKey = em.state.index[id];
  const pi = scopeKey ? em.find(scopeKey, "payment_intents", id) : undefined;
  if (!scopeKey || !pi) throw resourceMissing("payment_intent", id);
  const pending = em.scope(scopeKey).internal.pending_auth[id];
  if (pending?.session) throw invalidRequest("This PaymentIntent belongs to a Checkout Session; use /_emulator/checkout/:id/complete.", { param: "id" });
  const result = finishPaymentAuthentication(em, scopeKey, pi, ok, { offSession: false, returnUrl: pending?.return_url ?? null, session: null });
  if (result.status === "failed" && result.error.body.code === "payment_intent_unexpected_state") throw result.error;
  em.runDeferred();
  em.commit();
  return structuredClone(pi);
}

export interface ConnectedAccountOptions {
  id?: string;
  business_name?: string;
  email?: string;
  country?: string;
  type?: "standard" | "express" | "custom";
  charges_enabled?: boolean;
  payouts_enabled?: boolean;
  details_submitted?: boolean;
}

export function createConnectedAccount(em: Emulator, opts: ConnectedAccountOptions): Stripe.Account {
  const seed: AccountSeed = {
    id: opts.id,
    type: opts.type,
    business_name: opts.business_name ?? null,
    email: opts.email ?? null,
    country: opts.country,
    onboarded: opts.details_submitted ?? true,
    charges_enabled: opts.charges_enabled ?? true,
    payouts_enabled: opts.payouts_enabled ?? opts.charges_enabled ?? true,
  };
  const account = ensureConnectedAccount(em, seed);
  em.commit();
  return structuredClone(account);
}
