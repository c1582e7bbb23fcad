import type Stripe from "stripe";

// Everything the emulator knows, as one JSON-serialisable value (so persistence is one write).
// API objects are stored exactly as returned (ids, never expanded); bookkeeping Stripe keeps
// hidden lives in the `internal` part of each scope and is never sent to clients.

export const API_VERSION = "2026-10-28.endive"; // the version stripe@23.1.0 pins (asserted in tests)
export const PLATFORM = "platform";

/** An Event as stored and delivered (Stripe.Event is a union per type; this is its common shape). */
export interface EmulatorEvent {
  id: string;
  object: "event";
  account?: string;
  api_version: string;
  created: number;
  data: { object: Record<string, unknown>; previous_attributes?: Record<string, unknown> };
  livemode: false;
  pending_webhooks: number;
  request: { id: string | null; idempotency_key: string | null };
  type: string;
}

export interface PendingAuthentication {
  /** Checkout session the challenge belongs to, or null for a PaymentIntent confirmed via the API. */
  session: string | null;
  intent: string; // pi_ or seti_
  payment_method: string;
  attempt: string;
  return_url: string | null;
}

export interface CheckoutPaymentConfig {
  setup_future_usage: Stripe.PaymentIntent.SetupFutureUsage | null;
  metadata: Record<string, string>;
  description: string | null;
  receipt_email: string | null;
  statement_descriptor: string | null;
  statement_descriptor_suffix: string | null;
  application_fee_amount: number | null;
  transfer_destination: string | null;
}

export interface ScopeInternal {
  /**
   * Card number behind each PaymentMethod, so later charges follow the test card's behaviour;
   * `saved` once it was set up for future use (SetupIntent or setup_future_usage), which the
   * "3-D Secure on setup only" card needs to decide off-session charges.
   */
  cards: Record<string, { number: string; saved: boolean }>;
  line_items: Record<string, Stripe.LineItem[]>;
  /** payment_intent_data a Checkout Session was created with, for its PaymentIntent. */
  checkout_payment: Record<string, CheckoutPaymentConfig>;
  pending_auth: Record<string, PendingAuthentication>;
  /** PaymentMethods used once without a customer (Stripe refuses to reuse them). */
  consumed_payment_methods: Record<string, true>;
}

export interface Scope {
  customers: Record<string, Stripe.Customer>;
  payment_methods: Record<string, Stripe.PaymentMethod>;
  payment_intents: Record<string, Stripe.PaymentIntent>;
  setup_intents: Record<string, Stripe.SetupIntent>;
  charges: Record<string, Stripe.Charge>;
  refunds: Record<string, Stripe.Refund>;
  disputes: Record<string, Stripe.Dispute>;
  checkout_sessions: Record<string, Stripe.Checkout.Session>;
  events: Record<string, EmulatorEvent>;
  internal: ScopeInternal;
}

export type CollectionName = Exclude<keyof Scope, "internal">;

export interface AccountLinkRecord {
  id: string;
  account: string;
  refresh_url: string;
  return_url: string;
  type: string;
  created: number;
  expires_at: number;
  used: boolean;
}

export interface IdempotencyRecord {
  endpoint: string; // "POST /v1/payment_intents"
  params: string; // canonical parameters
  status: number;
  body: string;
  request_id: string;
  created: number;
}

export interface State {
  version: 1;
  clock_offset: number;
  accounts: Record<string, Stripe.Account>;
  account_links: Record<string, AccountLinkRecord>;
  scopes: Record<string, Scope>;
  /** Object id -> scope key, for hosted pages that only know an id. */
  index: Record<string, string>;
  idempotency: Record<string, IdempotencyRecord>;
}

export function emptyScope(): Scope {
  return {
    customers: {},
    payment_methods: {},
    payment_intents: {},
    setup_intents: {},
    charges: {},
    refunds: {},
    disputes: {},
    checkout_sessions: {},
    events: {},
    internal: { cards: {}, line_items: {}, checkout_payment: {}, pending_auth: {}, consumed_payment_methods: {} },
  };
}

export function emptyState(): State {
  return { version: 1, clock_offset: 0, accounts: {}, account_links: {}, scopes: {}, index: {}, idempotency: {} };
}

export function scopeKeyOf(account: string | null | undefined): string {
  return account ?? PLATFORM;
}

/** Which collection an id belongs to, by its prefix. */
export function collectionForId(id: string): CollectionName | null {
  if (id.startsWith("cs_")) return "checkout_sessions";
  const prefix = id.slice(0, id.indexOf("_") + 1);
  switch (prefix) {
    case "cus_":
      return "customers";
    case "pm_":
      return "payment_methods";
    case "pi_":
      return "payment_intents";
    case "seti_":
      return "setup_intents";
    case "ch_":
      return "charges";
    case "re_":
      return "refunds";
    case "dp_":
      return "disputes";
    case "evt_":
      return "events";
    default:
      return null;
  }
}
