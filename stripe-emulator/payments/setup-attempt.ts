import type Stripe from "stripe";
import { testCard } from "../cards/test-cards";
import type { Emulator } from "../core/emulator";
import { ApiError, cardError, invalidRequest } from "../core/errors";
import { randomTail } from "../core/ids";
import { cardNumberOf, linkToCustomer } from "../resources/payment-methods";

// Saving a card through a SetupIntent (Checkout setup mode): the card is checked with its
// issuer, may need 3-D Secure, and is attached to the customer when there is one.

export type SetupResult = { status: "succeeded" } | { status: "requires_action"; attempt: string } | { status: "failed"; error: ApiError };

const AUTH_FAILURE_MESSAGE = "The latest attempt to set up the payment method has failed because authentication failed.";

export function confirmSetupIntent(
  em: Emulator,
  scopeKey: string,
  si: Stripe.SetupIntent,
  pm: Stripe.PaymentMethod,
  opts: { session: string | null; beforeSuccess?: () => void },
): SetupResult {
  const setup = testCard(cardNumberOf(em, scopeKey, pm)).setup;
  if (setup === "ok") return succeed(em, scopeKey, si, pm, opts);
  if (setup === "authenticate") {
    const attempt = randomTail(16);
    em.scope(scopeKey).internal.pending_auth[si.id] = { session: opts.session, intent: si.id, payment_method: pm.id, attempt, return_url: null };
    si.status = "requires_action";
    si.payment_method = pm.id;
    si.next_action = { type: "redirect_to_url", redirect_to_url: { url: `${em.publicUrl}/authenticate/${si.id}?attempt=${attempt}`, return_url: null } };
    em.emit(scopeKey, "setup_intent.requires_action", si);
    return { status: "requires_action", attempt };
  }
  const error = cardError({ code: setup.code, decline_code: setup.decline_code, message: setup.message });
  si.status = "requires_payment_method";
  si.payment_method = null;
  si.next_action = null;
  si.last_setup_error = {
    type: "card_error",
    code: setup.code as Stripe.SetupIntent.LastSetupError.Code,
    decline_code: setup.decline_code,
    message: setup.message,
    doc_url: error.body.doc_url,
    payment_method: structuredClone(pm),
  };
  em.emit(scopeKey, "setup_intent.setup_failed", si);
  error.body.setup_intent = structuredClone(si);
  return { status: "failed", error };
}

export function finishSetupAuthentication(
  em: Emulator,
  scopeKey: string,
  si: Stripe.SetupIntent,
  ok: boolean,
  opts: { session: string | null; beforeSuccess?: () => void },
): SetupResult {
  const internal = em.scope(scopeKey).internal;
  const pending = internal.pending_auth[si.id];
  if (!pending || si.status !== "requires_action") {
    return { status: "failed", error: invalidRequest(`SetupIntent ${si.id} is not waiting for authentication.`, { code: "setup_intent_unexpected_state" }) };
  }
  const pm = em.get(scopeKey, "payment_methods", pending.payment_method);
  delete internal.pending_auth[si.id];
  if (ok) return succeed(em, scopeKey, si, pm, opts);
  si.status = "requires_payment_method";
  si.payment_method = null;
  si.next_action = null;
  si.last_setup_error = {
    type: "invalid_request_error",
    code: "setup_intent_authentication_failure",
    doc_url: "https://stripe.com/docs/error-codes/setup-intent-authentication-failure",
    message: AUTH_FAILURE_MESSAGE,
    payment_method: structuredClone(pm),
  };
  em.emit(scopeKey, "setup_intent.setup_failed", si);
  return { status: "failed", error: invalidRequest(AUTH_FAILURE_MESSAGE, { code: "setup_intent_authentication_failure" }) };
}

function succeed(em: Emulator, scopeKey: string, si: Stripe.SetupIntent, pm: Stripe.PaymentMethod, opts: { beforeSuccess?: () => void }): SetupResult {
  opts.beforeSuccess?.();
  const card = em.scope(scopeKey).internal.cards[pm.id];
  if (card) card.saved = true;
  if (typeof si.customer === "string") linkToCustomer(em, scopeKey, pm, si.customer);
  si.status = "succeeded";
  si.payment_method = pm.id;
  si.last_setup_error = null;
  si.next_action = null;
  em.emit(scopeKey, "setup_intent.succeeded", si);
  return { status: "succeeded" };
}
