import type Stripe from "stripe";
import type { CardField, CardInput } from "../cards/test-cards";
import type { Emulator } from "../core/emulator";
import { ensureSessionPaymentIntent } from "../resources/checkout-sessions";
import { createCustomerRecord } from "../resources/customers";
import { createCardPaymentMethod } from "../resources/payment-methods";
import { confirmPaymentIntent, finishPaymentAuthentication, type ConfirmResult } from "./charge-attempt";
import { confirmSetupIntent, finishSetupAuthentication, type SetupResult } from "./setup-attempt";

// Paying a Checkout Session with a card, shared by the hosted page and the test control so
// both behave identically: card -> PaymentMethod -> confirm the session's intent -> on
// success complete the session; a 3-D Secure card stops at a challenge first.

export type CheckoutOutcome =
  | { kind: "complete"; session: Stripe.Checkout.Session }
  | { kind: "challenge"; session: Stripe.Checkout.Session; attempt: string }
  | { kind: "declined"; session: Stripe.Checkout.Session; message: string; code: string; decline_code: string | null }
  | { kind: "closed"; session: Stripe.Checkout.Session };

export type CardFieldErrors = Partial<Record<CardField, string>>;

/** What Stripe Checkout tells the customer after a failed 3-D Secure challenge. */
const AUTH_FAILED_ON_PAGE = "We are unable to authenticate your payment method. Please choose a different payment method and try again.";

function sessionCustomerEmail(em: Emulator, scopeKey: string, session: Stripe.Checkout.Session, typed: string | null): string | null {
  if (typed) return typed;
  if (session.customer_email) return session.customer_email;
  if (typeof session.customer === "string") return em.find(scopeKey, "customers", session.customer)?.email ?? null;
  return null;
}

export function submitCheckoutCard(
  em: Emulator,
  scopeKey: string,
  session: Stripe.Checkout.Session,
  input: { card: CardInput; email: string | null },
): CheckoutOutcome {
  if (session.status !== "open") return { kind: "closed", session };
  const email = sessionCustomerEmail(em, scopeKey, session, input.email);
  const pm = createCardPaymentMethod(em, scopeKey, input.card, { email });
  if (session.mode === "payment") {
    const pi = ensureSessionPaymentIntent(em, scopeKey, session);
    const result = confirmPaymentIntent(em, scopeKey, pi, pm, { offSession: false, returnUrl: null, session: session.id, beforeSuccess: paymentCustomer(em, scopeKey, session, pi, email) });
    return outcome(em, scopeKey, session, result, email);
  }
  const si = em.get(scopeKey, "setup_intents", session.setup_intent as string);
  const result = confirmSetupIntent(em, scopeKey, si, pm, { session: session.id, beforeSuccess: setupCustomer(em, scopeKey, session, si, email) });
  return outcome(em, scopeKey, session, result, email);
}

/** The customer pressed Complete (ok) or Fail on the 3-D Secure page. */
export function answerCheckoutChallenge(em: Emulator, scopeKey: string, session: Stripe.Checkout.Session, attempt: string | null, ok: boolean): CheckoutOutcome | null {
  if (session.status !== "open") return { kind: "closed", session };
  const intentId = (session.mode === "payment" ? session.payment_intent : session.setup_intent) as string | null;
  const pending = intentId ? em.scope(scopeKey).internal.pending_auth[intentId] : undefined;
  if (!intentId || !pending || (attempt !== null && pending.attempt !== attempt)) return null; // stale or replayed form
  const pm = em.get(scopeKey, "payment_methods", pending.payment_method);
  const email = pm.billing_details.email;
  if (session.mode === "payment") {
    const pi = em.get(scopeKey, "payment_intents", intentId);
    const result = finishPaymentAuthentication(em, scopeKey, pi, ok, { offSession: false, returnUrl: null, session: session.id, beforeSuccess: paymentCustomer(em, scopeKey, session, pi, email) });
    return outcome(em, scopeKey, session, result, email);
  }
  const si = em.get(scopeKey, "setup_intents", intentId);
  const result = finishSetupAuthentication(em, scopeKey, si, ok, { session: session.id, beforeSuccess: setupCustomer(em, scopeKey, session, si, email) });
  return outcome(em, scopeKey, session, result, email);
}

/** Checkout creates a Customer when asked to (customer_creation=always) or when the card is being saved. */
function paymentCustomer(em: Emulator, scopeKey: string, session: Stripe.Checkout.Session, pi: Stripe.PaymentIntent, email: string | null) {
  return () => {
    if (session.customer || !(session.customer_creation === "always" || pi.setup_future_usage)) return;
    const customer = createCustomerRecord(em, scopeKey, { email });
    session.customer = customer.id;
    pi.customer = customer.id;
  };
}

function setupCustomer(em: Emulator, scopeKey: string, session: Stripe.Checkout.Session, si: Stripe.SetupIntent, email: string | null) {
  return () => {
    if (session.customer || session.customer_creation !== "always") return;
    const customer = createCustomerRecord(em, scopeKey, { email });
    session.customer = customer.id;
    si.customer = customer.id;
  };
}

function outcome(em: Emulator, scopeKey: string, session: Stripe.Checkout.Session, result: ConfirmResult | SetupResult, email: string | null): CheckoutOutcome {
  if (result.status === "requires_action") return { kind: "challenge", session, attempt: result.attempt };
  if (result.status === "failed") {
    const { code = "card_declined", decline_code, message } = result.error.body;
    const authFailed = code === "payment_intent_authentication_failure" || code === "setup_intent_authentication_failure";
    return { kind: "declined", session, code, decline_code: decline_code ?? null, message: authFailed ? AUTH_FAILED_ON_PAGE : message };
  }
  session.status = "complete";
  session.payment_status = session.mode === "payment" ? "paid" : "no_payment_required";
  session.url = null;
  session.customer_details = { address: null, business_name: null, email, individual_name: null, name: null, phone: null, tax_exempt: "none", tax_ids: [] };
  em.emit(scopeKey, "checkout.session.completed", session);
  return { kind: "complete", session };
}

/** success_url with Stripe's {CHECKOUT_SESSION_ID} template variable filled in. */
export function successRedirect(session: Stripe.Checkout.Session): string | null {
  return session.success_url ? session.success_url.split("{CHECKOUT_SESSION_ID}").join(session.id) : null;
}
