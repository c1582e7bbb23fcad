import type Stripe from "stripe";
import { DECLINES, testCard, type Decline } from "../cards/test-cards";
import type { Emulator } from "../core/emulator";
import { ApiError, cardError, invalidRequest } from "../core/errors";
import { randomTail } from "../core/ids";
import { buildCharge } from "../resources/charges";
import { openDispute } from "../resources/disputes";
import { cardNumberOf, linkToCustomer } from "../resources/payment-methods";

// Running a card payment for a PaymentIntent: what the test card does decides between success
// (a Charge, amount_received), a decline (a failed Charge, 402 card_error) and, on-session
// only, a 3-D Secure challenge (requires_action) that is finished by finishPaymentAuthentication.

export interface ConfirmOptions {
  offSession: boolean;
  returnUrl: string | null;
  /** Checkout session driving this payment (its hosted page shows the challenge). */
  session: string | null;
  /** Runs just before a success is recorded: Checkout creates the customer here. */
  beforeSuccess?: () => void;
}

export type ConfirmResult =
  | { status: "succeeded"; charge: Stripe.Charge }
  | { status: "requires_action"; attempt: string }
  | { status: "failed"; error: ApiError };

const AUTH_FAILURE_MESSAGE =
  "The provided PaymentMethod has failed authentication. You can provide payment_method_data or a new PaymentMethod to attempt to fulfill this PaymentIntent again.";

export function confirmPaymentIntent(em: Emulator, scopeKey: string, pi: Stripe.PaymentIntent, pm: Stripe.PaymentMethod, opts: ConfirmOptions): ConfirmResult {
  const card = testCard(cardNumberOf(em, scopeKey, pm));
  pi.payment_method = pm.id;
  if (opts.offSession) {
    // Off-session the customer is not there to authenticate: Stripe fails with authentication_required.
    const off = card.offSession;
    if (off === "ok") return succeed(em, scopeKey, pi, pm, false, opts);
    if (off === "ok_if_saved") {
      return em.scope(scopeKey).internal.cards[pm.id]?.saved ? succeed(em, scopeKey, pi, pm, false, opts) : decline(em, scopeKey, pi, pm, DECLINES.authenticationRequired);
    }
    if (off === "authentication_required") return decline(em, scopeKey, pi, pm, DECLINES.authenticationRequired);
    return decline(em, scopeKey, pi, pm, off);
  }
  const on = card.onSession;
  if (on === "ok") return succeed(em, scopeKey, pi, pm, false, opts);
  if (on === "authenticate") return requireAction(em, scopeKey, pi, pm, opts);
  return decline(em, scopeKey, pi, pm, on);
}

/** The customer completed (ok) or failed the 3-D Secure challenge. */
export function finishPaymentAuthentication(em: Emulator, scopeKey: string, pi: Stripe.PaymentIntent, ok: boolean, opts: ConfirmOptions): ConfirmResult {
  const pending = em.scope(scopeKey).internal.pending_auth[pi.id];
  if (!pending || pi.status !== "requires_action") {
    return { status: "failed", error: invalidRequest(`PaymentIntent ${pi.id} is not waiting for authentication.`, { code: "payment_intent_unexpected_state" }) };
  }
  const pm = em.get(scopeKey, "payment_methods", pending.payment_method);
  delete em.scope(scopeKey).internal.pending_auth[pi.id];
  if (!ok) {
    pi.status = "requires_payment_method";
    pi.payment_method = null;
    pi.next_action = null;
    pi.last_payment_error = {
      type: "invalid_request_error",
      code: "payment_intent_authentication_failure",
      doc_url: "https://stripe.com/docs/error-codes/payment-intent-authentication-failure",
      message: AUTH_FAILURE_MESSAGE,
      payment_method: structuredClone(pm),
    };
    em.emit(scopeKey, "payment_intent.payment_failed", pi);
    return {
      status: "failed",
      error: invalidRequest(AUTH_FAILURE_MESSAGE, { code: "payment_intent_authentication_failure" }),
    };
  }
  const after = testCard(cardNumberOf(em, scopeKey, pm)).afterAuthentication;
  if (after === "ok") return succeed(em, scopeKey, pi, pm, true, opts);
  return decline(em, scopeKey, pi, pm, after);
}

function succeed(em: Emulator, scopeKey: string, pi: Stripe.PaymentIntent, pm: Stripe.PaymentMethod, authenticated: boolean, opts: ConfirmOptions): ConfirmResult {
  opts.beforeSuccess?.();
  const internal = em.scope(scopeKey).internal;
  const customer = typeof pi.customer === "string" ? pi.customer : null;
  if (pi.setup_future_usage && customer) {
    linkToCustomer(em, scopeKey, pm, customer);
    const card = internal.cards[pm.id];
    if (card) card.saved = true;
  }
  // A PaymentMethod used without being attached to a customer cannot be used again.
  if (!pm.customer) internal.consumed_payment_methods[pm.id] = true;
  const charge = buildCharge(em, scopeKey, pi, pm, { ok: true, authenticated });
  pi.status = "succeeded";
  pi.amount_received = pi.amount;
  pi.latest_charge = charge.id;
  pi.payment_method = pm.id;
  pi.last_payment_error = null;
  pi.next_action = null;
  delete internal.pending_auth[pi.id];
  em.emit(scopeKey, "payment_intent.succeeded", pi);
  em.emit(scopeKey, "charge.succeeded", charge);
  if (testCard(cardNumberOf(em, scopeKey, pm)).dispute) em.defer(() => openDispute(em, scopeKey, charge));
  return { status: "succeeded", charge };
}

function decline(em: Emulator, scopeKey: string, pi: Stripe.PaymentIntent, pm: Stripe.PaymentMethod, d: Decline): ConfirmResult {
  const charge = buildCharge(em, scopeKey, pi, pm, { ok: false, decline: d });
  const error = cardError({ code: d.code, decline_code: d.decline_code, message: d.message, charge: charge.id });
  pi.status = "requires_payment_method";
  pi.payment_method = null;
  pi.latest_charge = charge.id;
  pi.next_action = null;
  pi.last_payment_error = {
    type: "card_error",
    code: d.code as Stripe.PaymentIntent.LastPaymentError.Code,
    decline_code: d.decline_code,
    message: d.message,
    charge: charge.id,
    doc_url: error.body.doc_url,
    payment_method: structuredClone(pm),
  };
  delete em.scope(scopeKey).internal.pending_auth[pi.id];
  em.emit(scopeKey, "payment_intent.payment_failed", pi);
  em.emit(scopeKey, "charge.failed", charge);
  error.body.payment_intent = structuredClone(pi);
  error.body.payment_method = structuredClone(pm);
  return { status: "failed", error };
}

function requireAction(em: Emulator, scopeKey: string, pi: Stripe.PaymentIntent, pm: Stripe.PaymentMethod, opts: ConfirmOptions): ConfirmResult {
  const attempt = randomTail(16);
  em.scope(scopeKey).internal.pending_auth[pi.id] = { session: opts.session, intent: pi.id, payment_method: pm.id, attempt, return_url: opts.returnUrl };
  pi.status = "requires_action";
  pi.payment_method = pm.id;
  pi.next_action = {
    type: "redirect_to_url",
    redirect_to_url: { url: `${em.publicUrl}/authenticate/${pi.id}?attempt=${attempt}`, return_url: opts.returnUrl },
  };
  em.emit(scopeKey, "payment_intent.requires_action", pi);
  return { status: "requires_action", attempt };
}
