import type Stripe from "stripe";
import type { Emulator } from "../core/emulator";
import { invalidRequest } from "../core/errors";
import { newId, randomTail } from "../core/ids";
import * as known from "../core/known-params";
import { listResponse, newestFirst } from "../core/list";
import { validateChargeAmount, validateCurrency } from "../core/money";
import { mergeMetadata, type Params } from "../core/params";
import { PLATFORM } from "../core/state";
import type { ApiRequest } from "../http/api-request";
import { confirmPaymentIntent } from "../payments/charge-attempt";
import { assertChargesEnabled } from "./charges-enabled";
import { assertUsable, resolvePaymentMethod } from "./payment-methods";

export interface PaymentIntentSeed {
  amount: number;
  currency: string;
  customer: string | null;
  payment_method: string | null;
  metadata: Record<string, string>;
  description: string | null;
  setup_future_usage: Stripe.PaymentIntent.SetupFutureUsage | null;
  capture_method?: Stripe.PaymentIntent.CaptureMethod;
  receipt_email?: string | null;
  statement_descriptor?: string | null;
  statement_descriptor_suffix?: string | null;
  application_fee_amount?: number | null;
  transfer_group?: string | null;
  transfer_data?: Stripe.PaymentIntent.TransferData | null;
  explicit_types?: boolean;
}

export function buildPaymentIntent(em: Emulator, scopeKey: string, seed: PaymentIntentSeed): Stripe.PaymentIntent {
  const id = newId("pi");
  const pi: Stripe.PaymentIntent = {
    id,
    object: "payment_intent",
    allowed_payment_method_types: seed.explicit_types ? ["card"] : null,
    amount: seed.amount,
    amount_capturable: 0,
    amount_received: 0,
    application: null,
    application_fee_amount: seed.application_fee_amount ?? null,
    automatic_payment_methods: seed.explicit_types ? null : { allow_redirects: "always", enabled: true },
    canceled_at: null,
    cancellation_reason: null,
    capture_method: seed.capture_method ?? "automatic_async",
    client_secret: `${id}_secret_${randomTail(25)}`,
    confirmation_method: "automatic",
    created: em.now(),
    currency: seed.currency,
    customer: seed.customer,
    customer_account: null,
    description: seed.description,
    excluded_payment_method_types: null,
    last_payment_error: null,
    latest_charge: null,
    livemode: false,
    managed_payments: null,
    metadata: seed.metadata,
    next_action: null,
    on_behalf_of: null,
    payment_method: seed.payment_method,
    payment_method_configuration_details: null,
    payment_method_options: { card: { installments: null, mandate_options: null, network: null, request_three_d_secure: "automatic" } },
    payment_method_types: ["card"],
    payment_record: null,
    processing: null,
    receipt_email: seed.receipt_email ?? null,
    review: null,
    setup_future_usage: seed.setup_future_usage,
    shipping: null,
    source: null,
    statement_descriptor: seed.statement_descriptor ?? null,
    statement_descriptor_suffix: seed.statement_descriptor_suffix ?? null,
    status: seed.payment_method ? "requires_confirmation" : "requires_payment_method",
    transfer_data: seed.transfer_data ?? null,
    transfer_group: seed.transfer_group ?? null,
  };
  em.put(scopeKey, "payment_intents", pi);
  em.emit(scopeKey, "payment_intent.created", pi);
  return pi;
}

/** off_session accepts true/false and Stripe's one_off/recurring. */
function offSessionParam(p: Params): boolean | undefined {
  const v = p.string("off_session");
  if (v === undefined) return undefined;
  if (v === "true" || v === "one_off" || v === "recurring") return true;
  if (v === "false") return false;
  throw invalidRequest(`Invalid off_session: must be a boolean or one of one_off, recurring`, { param: "off_session" });
}

function checkTypes(p: Params): boolean {
  let explicit = false;
  for (const key of ["allowed_payment_method_types", "payment_method_types"]) {
    const types = p.strings(key);
    if (!types) continue;
    explicit = true;
    const other = types.find((t) => t !== "card");
    if (other) throw invalidRequest(`The payment method type "${other}" is invalid or not supported by the Stripe emulator (only card).`, { param: key });
  }
  return explicit;
}

function checkCaptureMethod(p: Params): Stripe.PaymentIntent.CaptureMethod | undefined {
  const m = p.enum("capture_method", ["automatic", "automatic_async", "manual"] as const);
  if (m === "manual") throw invalidRequest("capture_method=manual is not supported by the Stripe emulator (automatic capture only).", { param: "capture_method" });
  return m;
}

const MISSING_PM =
  "You cannot confirm this PaymentIntent because it's missing a payment method. To confirm the PaymentIntent, specify a payment method attached to this customer along with the customer ID.";

/** Checkout-created PaymentIntents are driven by their session, as in Stripe. */
function openSessionFor(em: Emulator, scopeKey: string, piId: string): Stripe.Checkout.Session | undefined {
  return Object.values(em.scope(scopeKey).checkout_sessions).find((s) => s.payment_intent === piId && s.status === "open");
}

export function createPaymentIntent(em: Emulator, req: ApiRequest): Stripe.PaymentIntent {
  const p = req.params(known.paymentIntentCreate);
  const amount = p.int("amount", { required: true }) as number;
  const currency = validateCurrency((p.string("currency", { required: true }) as string).toLowerCase());
  validateChargeAmount(amount, currency);
  const explicitTypes = checkTypes(p);
  const captureMethod = checkCaptureMethod(p);
  const customer = p.string("customer");
  if (customer) em.get(req.scopeKey, "customers", customer, "customer");
  const confirm = p.bool("confirm") ?? false;
  const offSession = offSessionParam(p);
  if (offSession !== undefined && !confirm) throw invalidRequest("You can only pass `off_session` when `confirm=true`.", { param: "off_session" });
  const sfu = p.enum("setup_future_usage", ["on_session", "off_session"] as const) ?? null;
  const metadata = mergeMetadata({}, p.metadata());
  const description = p.string("description", { max: 1000 }) ?? null;
  const fee = p.int("application_fee_amount", { min: 0 });
  const destination = p.object("transfer_data")?.string("destination");
  if (fee !== undefined && req.scopeKey === PLATFORM && !destination) {
    throw invalidRequest(
      "Can only apply an application_fee_amount when the PaymentIntent is attempting a direct payment (using an OAuth key or Stripe-Account header) or destination payment (using `transfer_data[destination]`).",
      { param: "application_fee_amount" },
    );
  }
  if (destination && !em.state.accounts[destination]) throw invalidRequest(`No such destination: '${destination}'`, { param: "transfer_data[destination]" });
  const returnUrl = p.string("return_url") ?? null;
  const pmId = p.string("payment_method");
  if (confirm && !pmId) throw invalidRequest(MISSING_PM, { code: "payment_intent_unexpected_state" });
  assertChargesEnabled(em, req.scopeKey);
  const pm = pmId ? resolvePaymentMethod(em, req.scopeKey, pmId, "payment_method") : undefined;
  if (pm) assertUsable(em, req.scopeKey, pm, customer ?? null);

  const pi = buildPaymentIntent(em, req.scopeKey, {
    amount,
    currency,
    customer: customer ?? null,
    payment_method: pm?.id ?? null,
    metadata,
    description,
    setup_future_usage: sfu,
    capture_method: captureMethod,
    receipt_email: p.string("receipt_email") ?? null,
    statement_descriptor: p.string("statement_descriptor", { max: 22 }) ?? null,
    statement_descriptor_suffix: p.string("statement_descriptor_suffix", { max: 22 }) ?? null,
    application_fee_amount: fee ?? null,
    transfer_group: p.string("transfer_group") ?? null,
    transfer_data: destination ? { destination } : null,
    explicit_types: explicitTypes,
  });
  if (confirm && pm) {
    const result = confirmPaymentIntent(em, req.scopeKey, pi, pm, { offSession: offSession ?? false, returnUrl, session: null });
    if (result.status === "failed") throw result.error;
  }
  return pi;
}

export function retrievePaymentIntent(em: Emulator, req: ApiRequest): Stripe.PaymentIntent {
  req.params([...known.retrieve, "client_secret"]);
  return em.get(req.scopeKey, "payment_intents", req.pathParams.id as string);
}

const UPDATABLE: Stripe.PaymentIntent.Status[] = ["requires_payment_method", "requires_confirmation", "requires_action"];

export function updatePaymentIntent(em: Emulator, req: ApiRequest): Stripe.PaymentIntent {
  const p = req.params(known.paymentIntentUpdate);
  const pi = em.get(req.scopeKey, "payment_intents", req.pathParams.id as string);
  const amount = p.int("amount");
  const currencyRaw = p.string("currency");
  const customer = p.string("customer");
  const pmId = p.string("payment_method");
  const sfu = p.has("setup_future_usage") ? (p.enum("setup_future_usage", ["on_session", "off_session"] as const) ?? null) : undefined;
  const metadata = p.metadata();
  const description = p.nullableString("description", { max: 1000 });
  const receiptEmail = p.nullableString("receipt_email");
  checkTypes(p);
  // Money-moving fields are frozen once the payment went through; metadata and description are
  // not (Stripe lets you annotate a succeeded PaymentIntent).
  const moneyFields: Array<[string, unknown]> = [
    ["amount", amount],
    ["currency", currencyRaw],
    ["customer", customer],
    ["payment_method", pmId],
    ["setup_future_usage", sfu],
  ];
  const touched = moneyFields.find(([, v]) => v !== undefined);
  if (touched && !UPDATABLE.includes(pi.status)) {
    throw invalidRequest(
      `This PaymentIntent's ${touched[0]} could not be updated because it has a status of ${pi.status}. You may only update the ${touched[0]} of a PaymentIntent with one of the following statuses: ${UPDATABLE.join(", ")}.`,
      { param: touched[0], code: "payment_intent_unexpected_state" },
    );
  }
  const currency = currencyRaw ? validateCurrency(currencyRaw.toLowerCase()) : pi.currency;
  if (amount !== undefined || currencyRaw) validateChargeAmount(amount ?? pi.amount, currency);
  if (customer) em.get(req.scopeKey, "customers", customer, "customer");
  const pm = pmId ? resolvePaymentMethod(em, req.scopeKey, pmId, "payment_method") : undefined;
  if (pm) assertUsable(em, req.scopeKey, pm, customer ?? (typeof pi.customer === "string" ? pi.customer : null));

  if (amount !== undefined) pi.amount = amount;
  pi.currency = currency;
  if (customer) pi.customer = customer;
  if (pm) {
    pi.payment_method = pm.id;
    pi.status = "requires_confirmation";
  }
  if (sfu !== undefined) pi.setup_future_usage = sfu;
  if (metadata !== undefined) pi.metadata = mergeMetadata(pi.metadata, metadata);
  if (description !== undefined) pi.description = description;
  if (receiptEmail !== undefined) pi.receipt_email = receiptEmail;
  return pi;
}

export function confirmHandler(em: Emulator, req: ApiRequest): Stripe.PaymentIntent {
  const p = req.params(known.paymentIntentConfirm);
  const pi = em.get(req.scopeKey, "payment_intents", req.pathParams.id as string);
  if (pi.status === "succeeded") {
    throw invalidRequest("You cannot confirm this PaymentIntent because it has already succeeded after being previously confirmed.", {
      code: "payment_intent_unexpected_state",
    });
  }
  if (!UPDATABLE.includes(pi.status)) {
    throw invalidRequest(
      `You cannot confirm this PaymentIntent because it has a status of ${pi.status}. Only a PaymentIntent with one of the following statuses may be confirmed: requires_confirmation, requires_action, requires_payment_method.`,
      { code: "payment_intent_unexpected_state" },
    );
  }
  if (openSessionFor(em, req.scopeKey, pi.id)) {
    throw invalidRequest("This PaymentIntent was created by a Checkout Session; it is confirmed through that session's page, not the API.", {
      code: "payment_intent_unexpected_state",
    });
  }
  checkTypes(p);
  const offSession = offSessionParam(p) ?? false;
  const returnUrl = p.string("return_url") ?? null;
  const sfu = p.has("setup_future_usage") ? (p.enum("setup_future_usage", ["on_session", "off_session"] as const) ?? null) : undefined;
  const pmId = p.string("payment_method") ?? (typeof pi.payment_method === "string" ? pi.payment_method : undefined);
  if (!pmId) throw invalidRequest(MISSING_PM, { code: "payment_intent_unexpected_state" });
  assertChargesEnabled(em, req.scopeKey);
  const pm = resolvePaymentMethod(em, req.scopeKey, pmId, "payment_method");
  assertUsable(em, req.scopeKey, pm, typeof pi.customer === "string" ? pi.customer : null);
  if (sfu !== undefined) pi.setup_future_usage = sfu;
  const result = confirmPaymentIntent(em, req.scopeKey, pi, pm, { offSession, returnUrl, session: null });
  if (result.status === "failed") throw result.error;
  return pi;
}

const CANCELABLE: Stripe.PaymentIntent.Status[] = ["requires_payment_method", "requires_capture", "requires_confirmation", "requires_action", "processing"];

export function cancelPaymentIntentRecord(em: Emulator, scopeKey: string, pi: Stripe.PaymentIntent, reason: Stripe.PaymentIntent.CancellationReason | null): void {
  pi.status = "canceled";
  pi.canceled_at = em.now();
  pi.cancellation_reason = reason;
  pi.next_action = null;
  delete em.scope(scopeKey).internal.pending_auth[pi.id];
  em.emit(scopeKey, "payment_intent.canceled", pi);
}

export function cancelHandler(em: Emulator, req: ApiRequest): Stripe.PaymentIntent {
  const p = req.params(known.paymentIntentCancel);
  const pi = em.get(req.scopeKey, "payment_intents", req.pathParams.id as string);
  const reason = p.enum("cancellation_reason", ["duplicate", "fraudulent", "requested_by_customer", "abandoned"] as const) ?? null;
  if (!CANCELABLE.includes(pi.status)) {
    throw invalidRequest(
      `You cannot cancel this PaymentIntent because it has a status of ${pi.status}. Only a PaymentIntent with one of the following statuses may be canceled: ${CANCELABLE.join(", ")}.`,
      { code: "payment_intent_unexpected_state" },
    );
  }
  if (openSessionFor(em, req.scopeKey, pi.id)) {
    throw invalidRequest("You cannot cancel this PaymentIntent because it was created by Checkout. Expire the Checkout Session instead.", {
      code: "payment_intent_unexpected_state",
    });
  }
  cancelPaymentIntentRecord(em, req.scopeKey, pi, reason);
  return pi;
}

export function listPaymentIntents(em: Emulator, req: ApiRequest) {
  const p = req.params(known.paymentIntentList);
  const customer = p.string("customer");
  const all = newestFirst(em.scope(req.scopeKey).payment_intents).filter((pi) => !customer || pi.customer === customer);
  return listResponse(all, p, "/v1/payment_intents");
}
