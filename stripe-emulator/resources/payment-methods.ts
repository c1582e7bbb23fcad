import type Stripe from "stripe";
import { MAGIC_PAYMENT_METHODS, brandOf, testCard, type CardInput } from "../cards/test-cards";
import type { Emulator } from "../core/emulator";
import { cardError, invalidRequest } from "../core/errors";
import { cardFingerprint, newId } from "../core/ids";
import * as known from "../core/known-params";
import { listResponse, newestFirst } from "../core/list";
import type { ApiRequest } from "../http/api-request";

// Card PaymentMethods. The card number itself is kept in scope.internal.cards (never returned)
// so each later charge can look up what that test card does.

export function createCardPaymentMethod(
  em: Emulator,
  scopeKey: string,
  card: CardInput,
  billing: { email?: string | null; name?: string | null } = {},
): Stripe.PaymentMethod {
  const brand = brandOf(card.number);
  const pm: Stripe.PaymentMethod = {
    id: newId("pm"),
    object: "payment_method",
    allow_redisplay: "unspecified",
    billing_details: {
      address: { city: null, country: null, line1: null, line2: null, postal_code: null, state: null },
      email: billing.email ?? null,
      name: billing.name ?? null,
      phone: null,
      tax_id: null,
    },
    card: {
      brand,
      checks: { address_line1_check: null, address_postal_code_check: null, cvc_check: "pass" },
      country: "US",
      display_brand: brand,
      exp_month: card.exp_month,
      exp_year: card.exp_year,
      fingerprint: cardFingerprint(scopeKey, card.number),
      funding: "credit",
      generated_from: null,
      last4: card.number.slice(-4),
      networks: { available: [brand], preferred: null },
      regulated_status: "unregulated",
      three_d_secure_usage: { supported: true },
      wallet: null,
    },
    created: em.now(),
    customer: null,
    customer_account: null,
    livemode: false,
    metadata: {},
    type: "card",
  };
  em.put(scopeKey, "payment_methods", pm);
  em.scope(scopeKey).internal.cards[pm.id] = { number: card.number, saved: false };
  return pm;
}

/** A stored PaymentMethod, or a fresh one for Stripe's magic ids (pm_card_visa, ...). */
export function resolvePaymentMethod(em: Emulator, scopeKey: string, id: string, param: string): Stripe.PaymentMethod {
  const magic = MAGIC_PAYMENT_METHODS[id];
  if (magic) {
    const year = em.nowDate().getUTCFullYear();
    return createCardPaymentMethod(em, scopeKey, { number: magic, exp_month: 12, exp_year: year + 3, cvc: "123" });
  }
  return em.get(scopeKey, "payment_methods", id, param);
}

export function cardNumberOf(em: Emulator, scopeKey: string, pm: Stripe.PaymentMethod): string {
  return em.scope(scopeKey).internal.cards[pm.id]?.number ?? "4242424242424242";
}

const REUSE_MESSAGE =
  "The provided PaymentMethod was previously used with a PaymentIntent without Customer attachment, shared with a connected account without Customer attachment, or was detached from a Customer. It may not be used again. To use a PaymentMethod multiple times, you must attach it to a Customer first.";

/** Stripe's rules for using a PaymentMethod with a customer (or none). */
export function assertUsable(em: Emulator, scopeKey: string, pm: Stripe.PaymentMethod, customer: string | null, param = "payment_method"): void {
  if (em.scope(scopeKey).internal.consumed_payment_methods[pm.id]) throw invalidRequest(REUSE_MESSAGE, { param });
  if (pm.customer && !customer) {
    throw invalidRequest(
      `The provided PaymentMethod ${pm.id} is attached to a Customer. To use it, pass that Customer's id as \`customer\` too.`,
      { param: "customer" },
    );
  }
  if (pm.customer && customer && pm.customer !== customer) {
    throw invalidRequest(`The provided PaymentMethod ${pm.id} belongs to a different Customer than ${customer}.`, { param });
  }
}

/** Attaches without any checks (the payment flow already ran the card); emits payment_method.attached. */
export function linkToCustomer(em: Emulator, scopeKey: string, pm: Stripe.PaymentMethod, customer: string): void {
  if (pm.customer === customer) return;
  pm.customer = customer;
  em.emit(scopeKey, "payment_method.attached", pm);
}

export function attachPaymentMethod(em: Emulator, scopeKey: string, pm: Stripe.PaymentMethod, customerId: string, param = "customer"): Stripe.PaymentMethod {
  em.get(scopeKey, "customers", customerId, param);
  if (pm.customer === customerId) return pm;
  if (pm.customer) throw invalidRequest("The payment method you provided has already been attached to a customer.", { param: "payment_method" });
  if (em.scope(scopeKey).internal.consumed_payment_methods[pm.id]) throw invalidRequest(REUSE_MESSAGE, { param: "payment_method" });
  // Attaching verifies the card with the issuer, so a card that declines cannot be saved.
  const setup = testCard(cardNumberOf(em, scopeKey, pm)).setup;
  if (typeof setup === "object") throw cardError({ code: setup.code, decline_code: setup.decline_code, message: setup.message });
  linkToCustomer(em, scopeKey, pm, customerId);
  return pm;
}

export function retrievePaymentMethod(em: Emulator, req: ApiRequest): Stripe.PaymentMethod {
  req.params(known.retrieve);
  return em.get(req.scopeKey, "payment_methods", req.pathParams.id as string);
}

export function attachHandler(em: Emulator, req: ApiRequest): Stripe.PaymentMethod {
  const p = req.params(known.paymentMethodAttach);
  const customer = p.string("customer", { required: true }) as string;
  const pm = resolvePaymentMethod(em, req.scopeKey, req.pathParams.id as string, "payment_method");
  return attachPaymentMethod(em, req.scopeKey, pm, customer);
}

export function detachHandler(em: Emulator, req: ApiRequest): Stripe.PaymentMethod {
  req.params(known.paymentMethodDetach);
  const pm = em.get(req.scopeKey, "payment_methods", req.pathParams.id as string);
  if (!pm.customer) throw invalidRequest("The payment method you provided is not attached to a customer so detachment is impossible.", { param: "payment_method" });
  const previous = pm.customer as string;
  const customer = em.find(req.scopeKey, "customers", previous);
  if (customer && customer.invoice_settings.default_payment_method === pm.id) customer.invoice_settings.default_payment_method = null;
  pm.customer = null;
  // Stripe never lets a detached PaymentMethod be used again.
  em.scope(req.scopeKey).internal.consumed_payment_methods[pm.id] = true;
  em.emit(req.scopeKey, "payment_method.detached", pm, { customer: previous });
  return pm;
}

export function listPaymentMethods(em: Emulator, req: ApiRequest) {
  const p = req.params(known.paymentMethodList);
  const customer = p.string("customer");
  if (customer) em.get(req.scopeKey, "customers", customer, "customer");
  const type = p.string("type");
  const all = newestFirst(em.scope(req.scopeKey).payment_methods).filter((pm) => (!customer || pm.customer === customer) && (!type || pm.type === type));
  return listResponse(all, p, "/v1/payment_methods");
}

export function listCustomerPaymentMethods(em: Emulator, req: ApiRequest) {
  const p = req.params(known.customerListPaymentMethods);
  const customer = req.pathParams.id as string;
  em.get(req.scopeKey, "customers", customer);
  const type = p.string("type");
  const all = newestFirst(em.scope(req.scopeKey).payment_methods).filter((pm) => pm.customer === customer && (!type || pm.type === type));
  return listResponse(all, p, `/v1/customers/${customer}/payment_methods`);
}
