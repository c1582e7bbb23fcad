import type Stripe from "stripe";
import type { Decline } from "../cards/test-cards";
import type { Emulator } from "../core/emulator";
import { newId } from "../core/ids";
import * as known from "../core/known-params";
import { listResponse, newestFirst } from "../core/list";
import type { ApiRequest } from "../http/api-request";

// A Charge is one attempt to move money for a PaymentIntent: succeeded, or failed with the
// issuer's decline. Balance transactions are not modelled (balance_transaction is null).

export function buildCharge(
  em: Emulator,
  scopeKey: string,
  pi: Stripe.PaymentIntent,
  pm: Stripe.PaymentMethod,
  outcome: { ok: true; authenticated: boolean } | { ok: false; decline: Decline },
): Stripe.Charge {
  const card = pm.card as Stripe.PaymentMethod.Card;
  const ok = outcome.ok;
  const charge: Stripe.Charge = {
    id: newId("ch"),
    object: "charge",
    amount: pi.amount,
    amount_captured: ok ? pi.amount : 0,
    amount_refunded: 0,
    application: null,
    application_fee: null,
    application_fee_amount: pi.application_fee_amount,
    balance_transaction: null,
    billing_details: structuredClone(pm.billing_details),
    calculated_statement_descriptor: "STRIPE EMULATOR",
    captured: ok,
    created: em.now(),
    currency: pi.currency,
    customer: typeof pi.customer === "string" ? pi.customer : null,
    description: pi.description,
    disputed: false,
    failure_balance_transaction: null,
    failure_code: ok ? null : outcome.decline.code,
    failure_message: ok ? null : outcome.decline.message,
    fraud_details: {},
    livemode: false,
    metadata: { ...pi.metadata },
    on_behalf_of: null,
    outcome: ok
      ? { advice_code: null, network_advice_code: null, network_decline_code: null, network_status: "approved_by_network", reason: null, risk_level: "normal", risk_score: 20, seller_message: "Payment complete.", type: "authorized" }
      : {
          advice_code: outcome.decline.decline_code === "authentication_required" ? "try_again_later" : "do_not_try_again",
          network_advice_code: null,
          network_decline_code: null,
          network_status: "declined_by_network",
          reason: outcome.decline.decline_code,
          risk_level: "normal",
          risk_score: 20,
          seller_message: "The bank did not return any further details with this decline.",
          type: "issuer_declined",
        },
    paid: ok,
    payment_intent: pi.id,
    payment_method: pm.id,
    payment_method_details: {
      type: "card",
      card: {
        amount_authorized: ok ? pi.amount : null,
        authorization_code: ok ? "123456" : null,
        brand: card.brand,
        checks: structuredClone(card.checks),
        country: card.country,
        electronic_commerce_indicator: null,
        exp_month: card.exp_month,
        exp_year: card.exp_year,
        fingerprint: card.fingerprint ?? null,
        funding: card.funding,
        installments: null,
        last4: card.last4,
        mandate: null,
        network: card.brand,
        network_transaction_id: ok ? newId("ntx", 15).slice(4) : null,
        regulated_status: "unregulated",
        three_d_secure: ok && outcome.authenticated ? { authentication_flow: "challenge", result: "authenticated", result_reason: null, version: "2.2.0" } as Stripe.Charge.PaymentMethodDetails.Card.ThreeDSecure : null,
        transaction_link_id: null,
        wallet: null,
      },
    },
    receipt_email: pi.receipt_email,
    receipt_number: null,
    receipt_url: null,
    refunded: false,
    review: null,
    shipping: null,
    source: null,
    source_transfer: null,
    statement_descriptor: pi.statement_descriptor,
    statement_descriptor_suffix: pi.statement_descriptor_suffix,
    status: ok ? "succeeded" : "failed",
    transfer_data: null,
    transfer_group: pi.transfer_group,
  };
  em.put(scopeKey, "charges", charge);
  return charge;
}

export function retrieveCharge(em: Emulator, req: ApiRequest): Stripe.Charge {
  req.params(known.retrieve);
  return em.get(req.scopeKey, "charges", req.pathParams.id as string);
}

export function listCharges(em: Emulator, req: ApiRequest) {
  const p = req.params(known.chargeList);
  const customer = p.string("customer");
  const pi = p.string("payment_intent");
  const all = newestFirst(em.scope(req.scopeKey).charges).filter((c) => (!customer || c.customer === customer) && (!pi || c.payment_intent === pi));
  return listResponse(all, p, "/v1/charges");
}
