import type Stripe from "stripe";
import type { Emulator } from "../core/emulator";
import { invalidRequest, missingParam } from "../core/errors";
import { newId, randomTail } from "../core/ids";
import * as known from "../core/known-params";
import { listResponse, newestFirst } from "../core/list";
import { validateChargeAmount, validateCurrency } from "../core/money";
import { mergeMetadata, type Params } from "../core/params";
import { PLATFORM, type CheckoutPaymentConfig } from "../core/state";
import type { ApiRequest } from "../http/api-request";
import { assertChargesEnabled } from "./charges-enabled";
import { buildPaymentIntent, cancelPaymentIntentRecord } from "./payment-intents";
import { buildSetupIntent } from "./setup-intents";

// Checkout Sessions in payment and setup mode, paid on the emulator's hosted page
// (pages/checkout-page.ts) or by the /_emulator/checkout/:id/complete control.

const MIN_LIFETIME = 30 * 60;
const MAX_LIFETIME = 24 * 3600;

function checkUrl(value: string | undefined, param: string): string | undefined {
  if (value === undefined) return undefined;
  if (!/^https?:\/\/[^\s]+$/i.test(value)) throw invalidRequest("Not a valid URL", { param, code: "url_invalid" });
  return value;
}

interface ParsedLineItems {
  items: Stripe.LineItem[];
  currency: string;
  total: number;
}

function parseLineItems(em: Emulator, p: Params, sessionCurrency: string | undefined): ParsedLineItems {
  const list = p.objects("line_items");
  if (!list || list.length === 0) throw missingParam("line_items");
  let currency = sessionCurrency;
  let total = 0;
  const items = list.map((li) => {
    li.allowOnly(["adjustable_quantity", "metadata", "price", "price_data", "quantity", "tax_rates"]);
    if (li.has("price")) {
      throw invalidRequest("The Stripe emulator has no Prices; pass price_data (currency, unit_amount, product_data[name]) instead of price.", { param: li.name("price") });
    }
    const pd = li.object("price_data");
    if (!pd) throw missingParam(li.name("price_data"));
    pd.allowOnly(["currency", "product", "product_data", "recurring", "tax_behavior", "unit_amount", "unit_amount_decimal"]);
    if (pd.has("recurring")) throw invalidRequest("Recurring prices need subscription mode, which the Stripe emulator does not support.", { param: pd.name("recurring") });
    if (pd.has("product")) throw invalidRequest("The Stripe emulator has no Products; pass product_data[name] instead of product.", { param: pd.name("product") });
    const itemCurrency = validateCurrency((pd.string("currency", { required: true }) as string).toLowerCase(), pd.name("currency"));
    const unit = pd.int("unit_amount", { required: true, min: 0 }) as number;
    const product = pd.object("product_data");
    if (!product) throw missingParam(pd.name("product_data"));
    const name = product.string("name", { required: true, max: 5000 }) as string;
    const quantity = li.int("quantity", { required: true, min: 1 }) as number;
    if (currency && currency !== itemCurrency) {
      throw invalidRequest(`All line items must use the same currency as the session (${currency}); got ${itemCurrency}.`, { param: pd.name("currency") });
    }
    currency = itemCurrency;
    const amount = unit * quantity;
    total += amount;
    const price: Stripe.Price = {
      id: newId("price"),
      object: "price",
      active: false,
      billing_scheme: "per_unit",
      created: em.now(),
      currency: itemCurrency,
      custom_unit_amount: null,
      livemode: false,
      lookup_key: null,
      metadata: {},
      nickname: null,
      product: newId("prod", 14),
      recurring: null,
      tax_behavior: "unspecified",
      tiers_mode: null,
      transform_quantity: null,
      type: "one_time",
      unit_amount: unit,
      unit_amount_decimal: null,
    };
    const item: Stripe.LineItem = {
      id: newId("li"),
      object: "item",
      adjustable_quantity: null,
      amount_discount: 0,
      amount_subtotal: amount,
      amount_tax: 0,
      amount_total: amount,
      currency: itemCurrency,
      description: name,
      metadata: mergeMetadata({}, li.metadata()),
      price,
      quantity,
    };
    return item;
  });
  return { items, currency: currency as string, total };
}

function paymentConfig(em: Emulator, scopeKey: string, pid: Params | undefined): CheckoutPaymentConfig {
  pid?.allowOnly(["application_fee_amount", "capture_method", "description", "metadata", "on_behalf_of", "receipt_email", "setup_future_usage", "shipping", "statement_descriptor", "statement_descriptor_suffix", "transfer_data", "transfer_group"]);
  const capture = pid?.enum("capture_method", ["automatic", "automatic_async", "manual"] as const);
  if (capture === "manual") throw invalidRequest("capture_method=manual is not supported by the Stripe emulator.", { param: "payment_intent_data[capture_method]" });
  const fee = pid?.int("application_fee_amount", { min: 0 });
  const destination = pid?.object("transfer_data")?.string("destination") ?? null;
  if (fee !== undefined && scopeKey === PLATFORM && !destination) {
    throw invalidRequest("Can only apply an application_fee_amount with a Stripe-Account header or `payment_intent_data[transfer_data][destination]`.", {
      param: "payment_intent_data[application_fee_amount]",
    });
  }
  if (destination && !em.state.accounts[destination]) throw invalidRequest(`No such destination: '${destination}'`, { param: "payment_intent_data[transfer_data][destination]" });
  return {
    setup_future_usage: pid?.enum("setup_future_usage", ["on_session", "off_session"] as const) ?? null,
    metadata: mergeMetadata({}, pid?.metadata()),
    description: pid?.string("description", { max: 1000 }) ?? null,
    receipt_email: pid?.string("receipt_email") ?? null,
    statement_descriptor: pid?.string("statement_descriptor", { max: 22 }) ?? null,
    statement_descriptor_suffix: pid?.string("statement_descriptor_suffix", { max: 22 }) ?? null,
    application_fee_amount: fee ?? null,
    transfer_destination: destination,
  };
}

/** The session's PaymentIntent, created now if the emulator creates them on confirmation. */
export function ensureSessionPaymentIntent(em: Emulator, scopeKey: string, session: Stripe.Checkout.Session): Stripe.PaymentIntent {
  if (typeof session.payment_intent === "string") return em.get(scopeKey, "payment_intents", session.payment_intent);
  const config = em.scope(scopeKey).internal.checkout_payment[session.id];
  const pi = buildPaymentIntent(em, scopeKey, {
    amount: session.amount_total ?? 0,
    currency: session.currency ?? "usd",
    customer: typeof session.customer === "string" ? session.customer : null,
    payment_method: null,
    metadata: { ...(config?.metadata ?? {}) },
    description: config?.description ?? null,
    setup_future_usage: config?.setup_future_usage ?? null,
    receipt_email: config?.receipt_email ?? null,
    statement_descriptor: config?.statement_descriptor ?? null,
    statement_descriptor_suffix: config?.statement_descriptor_suffix ?? null,
    application_fee_amount: config?.application_fee_amount ?? null,
    transfer_data: config?.transfer_destination ? { destination: config.transfer_destination } : null,
    explicit_types: true,
  });
  session.payment_intent = pi.id;
  return pi;
}

export function createCheckoutSession(em: Emulator, req: ApiRequest): Stripe.Checkout.Session {
  const p = req.params(known.checkoutSessionCreate);
  const mode = p.enum("mode", ["payment", "setup", "subscription"] as const, { required: true }) as "payment" | "setup" | "subscription";
  if (mode === "subscription") throw invalidRequest("Subscription mode is not supported by the Stripe emulator.", { param: "mode" });
  const uiMode = p.string("ui_mode");
  if (uiMode && uiMode !== "hosted_page" && uiMode !== "hosted") {
    throw invalidRequest(`ui_mode=${uiMode} is not supported by the Stripe emulator (hosted pages only).`, { param: "ui_mode" });
  }
  for (const key of ["allowed_payment_method_types", "payment_method_types"]) {
    const other = p.strings(key)?.find((t) => t !== "card");
    if (other) throw invalidRequest(`The payment method type "${other}" is invalid or not supported by the Stripe emulator (only card).`, { param: key });
  }
  const successUrl = checkUrl(p.string("success_url", { max: 5000 }), "success_url");
  const cancelUrl = checkUrl(p.string("cancel_url", { max: 5000 }), "cancel_url");
  const customer = p.string("customer");
  const customerEmail = p.string("customer_email", { max: 800 });
  const customerCreation = p.enum("customer_creation", ["always", "if_required"] as const);
  if (customer && customerEmail) throw invalidRequest("You may only specify one of these parameters: customer, customer_email.", { param: "customer_email" });
  if (customer && customerCreation) throw invalidRequest("You may only specify one of these parameters: customer, customer_creation.", { param: "customer_creation" });
  if (customerEmail && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(customerEmail)) throw invalidRequest(`Invalid email address: ${customerEmail}`, { param: "customer_email", code: "email_invalid" });
  if (customer) em.get(req.scopeKey, "customers", customer, "customer");
  const clientReferenceId = p.string("client_reference_id", { max: 200 }) ?? null;
  const metadata = mergeMetadata({}, p.metadata());
  const now = em.now();
  const expiresAt = p.int("expires_at");
  if (expiresAt !== undefined) {
    if (expiresAt < now + MIN_LIFETIME) throw invalidRequest("The `expires_at` timestamp must be at least 30 minutes from Checkout Session creation.", { param: "expires_at" });
    if (expiresAt > now + MAX_LIFETIME) throw invalidRequest("The `expires_at` timestamp must be less than 24 hours from Checkout Session creation.", { param: "expires_at" });
  }
  const sessionCurrency = p.string("currency") ? validateCurrency((p.string("currency") as string).toLowerCase()) : undefined;

  let lineItems: ParsedLineItems | null = null;
  let config: CheckoutPaymentConfig | null = null;
  let setupData: { metadata: Record<string, string>; description: string | null } | null = null;
  if (mode === "payment") {
    if (p.has("setup_intent_data")) throw invalidRequest("You can not pass `setup_intent_data` in `payment` mode.", { param: "setup_intent_data" });
    lineItems = parseLineItems(em, p, sessionCurrency);
    validateChargeAmount(lineItems.total, lineItems.currency, "line_items");
    config = paymentConfig(em, req.scopeKey, p.object("payment_intent_data"));
  } else {
    if (p.has("line_items")) throw invalidRequest("You can not pass `line_items` in `setup` mode.", { param: "line_items" });
    if (p.has("payment_intent_data")) throw invalidRequest("You can not pass `payment_intent_data` in `setup` mode.", { param: "payment_intent_data" });
    if (!sessionCurrency) throw missingParam("currency");
    const sid = p.object("setup_intent_data")?.allowOnly(["description", "metadata", "on_behalf_of"]);
    setupData = { metadata: mergeMetadata({}, sid?.metadata()), description: sid?.string("description", { max: 1000 }) ?? null };
  }
  assertChargesEnabled(em, req.scopeKey);

  const id = `cs_test_${randomTail(58)}`;
  const session: Stripe.Checkout.Session = {
    id,
    object: "checkout.session",
    adaptive_pricing: { enabled: false },
    after_expiration: null,
    allow_promotion_codes: null,
    allowed_payment_method_types: null,
    amount_subtotal: lineItems ? lineItems.total : null,
    amount_total: lineItems ? lineItems.total : null,
    automatic_tax: { enabled: false, liability: null, provider: null, status: null },
    billing_address_collection: null,
    cancel_url: cancelUrl ?? null,
    client_reference_id: clientReferenceId,
    client_secret: null,
    collected_information: null,
    consent: null,
    consent_collection: null,
    created: now,
    currency: lineItems ? lineItems.currency : (sessionCurrency as string),
    currency_conversion: null,
    custom_fields: [],
    custom_text: { after_submit: null, shipping_address: null, submit: null, terms_of_service_acceptance: null },
    customer: customer ?? null,
    customer_account: null,
    customer_creation: customer ? null : (customerCreation ?? "if_required"),
    customer_details: null,
    customer_email: customerEmail ?? null,
    discounts: [],
    expires_at: expiresAt ?? now + MAX_LIFETIME,
    integration_identifier: null,
    invoice: null,
    invoice_creation: null,
    livemode: false,
    locale: null,
    managed_payments: null,
    metadata,
    mode,
    origin_context: null,
    payment_intent: null,
    payment_link: null,
    payment_method_collection: "if_required",
    payment_method_configuration_details: null,
    payment_method_options: {},
    payment_method_types: ["card"],
    payment_status: mode === "setup" ? "no_payment_required" : "unpaid",
    permissions: null,
    phone_number_collection: { enabled: false },
    recovered_from: null,
    saved_payment_method_options: null,
    setup_intent: null,
    shipping_address_collection: null,
    shipping_cost: null,
    shipping_options: [],
    status: "open",
    submit_type: null,
    subscription: null,
    success_url: successUrl ?? null,
    total_details: { amount_discount: 0, amount_shipping: 0, amount_tax: 0 },
    ui_mode: "hosted_page",
    url: `${em.publicUrl}/checkout/${id}`,
    wallet_options: null,
  };
  em.put(req.scopeKey, "checkout_sessions", session);
  const internal = em.scope(req.scopeKey).internal;
  internal.line_items[id] = lineItems?.items ?? [];
  if (config) {
    internal.checkout_payment[id] = config;
    if (em.config.checkoutPaymentIntent === "on_create") ensureSessionPaymentIntent(em, req.scopeKey, session);
  }
  if (setupData) {
    const si = buildSetupIntent(em, req.scopeKey, { customer: customer ?? null, metadata: setupData.metadata, description: setupData.description });
    session.setup_intent = si.id;
  }
  return session;
}

export function retrieveCheckoutSession(em: Emulator, req: ApiRequest): Stripe.Checkout.Session {
  req.params(known.retrieve);
  return em.get(req.scopeKey, "checkout_sessions", req.pathParams.id as string);
}

/** Expiry, by request or by the clock: the session closes and its intent is canceled. */
export function expireSession(em: Emulator, scopeKey: string, session: Stripe.Checkout.Session): void {
  session.status = "expired";
  session.url = null;
  if (typeof session.payment_intent === "string") {
    const pi = em.find(scopeKey, "payment_intents", session.payment_intent);
    if (pi && pi.status !== "succeeded" && pi.status !== "canceled") cancelPaymentIntentRecord(em, scopeKey, pi, "abandoned");
  }
  if (typeof session.setup_intent === "string") {
    const si = em.find(scopeKey, "setup_intents", session.setup_intent);
    if (si && si.status !== "succeeded" && si.status !== "canceled") {
      si.status = "canceled";
      si.cancellation_reason = "abandoned";
      si.next_action = null;
      delete em.scope(scopeKey).internal.pending_auth[si.id];
      em.emit(scopeKey, "setup_intent.canceled", si);
    }
  }
  em.emit(scopeKey, "checkout.session.expired", session);
}

export function expireHandler(em: Emulator, req: ApiRequest): Stripe.Checkout.Session {
  req.params(known.checkoutSessionExpire);
  const session = em.get(req.scopeKey, "checkout_sessions", req.pathParams.id as string);
  if (session.status !== "open") {
    throw invalidRequest(`Only Checkout Sessions with a status of open can be expired. This session has a status of ${session.status}.`, {
      code: "checkout_session_not_open",
    });
  }
  expireSession(em, req.scopeKey, session);
  return session;
}

/** Expires every open session past its expires_at; returns how many. */
export function sweepExpiredSessions(em: Emulator): number {
  const now = em.now();
  let count = 0;
  for (const [scopeKey, scope] of Object.entries(em.state.scopes)) {
    for (const session of Object.values(scope.checkout_sessions)) {
      if (session.status === "open" && session.expires_at <= now) {
        expireSession(em, scopeKey, session);
        count++;
      }
    }
  }
  return count;
}

export function listCheckoutSessions(em: Emulator, req: ApiRequest) {
  const p = req.params(known.checkoutSessionList);
  const pi = p.string("payment_intent");
  const customer = p.string("customer");
  const status = p.string("status");
  const all = newestFirst(em.scope(req.scopeKey).checkout_sessions).filter(
    (s) => (!pi || s.payment_intent === pi) && (!customer || s.customer === customer) && (!status || s.status === status),
  );
  return listResponse(all, p, "/v1/checkout/sessions");
}

export function listLineItems(em: Emulator, req: ApiRequest) {
  const p = req.params(["expand", "limit", "starting_after", "ending_before"]);
  const session = em.get(req.scopeKey, "checkout_sessions", req.pathParams.id as string);
  return listResponse(em.scope(req.scopeKey).internal.line_items[session.id] ?? [], p, `/v1/checkout/sessions/${session.id}/line_items`);
}
