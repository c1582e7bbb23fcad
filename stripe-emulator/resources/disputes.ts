import type Stripe from "stripe";
import type { Emulator } from "../core/emulator";
import { newId } from "../core/ids";
import * as known from "../core/known-params";
import { listResponse, newestFirst } from "../core/list";
import type { ApiRequest } from "../http/api-request";

const EVIDENCE_WINDOW_SECONDS = 7 * 24 * 3600;

/** What 4000 0000 0000 0259 does after a successful charge: a fraudulent dispute for the full amount. */
export function openDispute(em: Emulator, scopeKey: string, charge: Stripe.Charge): Stripe.Dispute {
  const dispute: Stripe.Dispute = {
    id: newId("dp"),
    object: "dispute",
    amount: charge.amount,
    balance_transactions: [],
    charge: charge.id,
    created: em.now(),
    currency: charge.currency,
    enhanced_eligibility_types: [],
    evidence: {
      access_activity_log: null,
      billing_address: null,
      cancellation_policy: null,
      cancellation_policy_disclosure: null,
      cancellation_rebuttal: null,
      customer_communication: null,
      customer_email_address: null,
      customer_name: null,
      customer_purchase_ip: null,
      customer_signature: null,
      duplicate_charge_documentation: null,
      duplicate_charge_explanation: null,
      duplicate_charge_id: null,
      enhanced_evidence: {},
      product_description: null,
      receipt: null,
      refund_policy: null,
      refund_policy_disclosure: null,
      refund_refusal_explanation: null,
      service_date: null,
      service_documentation: null,
      shipping_address: null,
      shipping_carrier: null,
      shipping_date: null,
      shipping_documentation: null,
      shipping_tracking_number: null,
      uncategorized_file: null,
      uncategorized_text: null,
    },
    evidence_details: {
      due_by: em.now() + EVIDENCE_WINDOW_SECONDS,
      enhanced_eligibility: {},
      has_evidence: false,
      past_due: false,
      submission_count: 0,
      submission_method: "not_submitted",
    },
    intended_submission_method: null,
    is_charge_refundable: false,
    livemode: false,
    metadata: {},
    payment_intent: typeof charge.payment_intent === "string" ? charge.payment_intent : null,
    reason: "fraudulent",
    status: "needs_response",
  };
  em.put(scopeKey, "disputes", dispute);
  charge.disputed = true;
  em.emit(scopeKey, "charge.dispute.created", dispute);
  return dispute;
}

export function retrieveDispute(em: Emulator, req: ApiRequest): Stripe.Dispute {
  req.params(known.retrieve);
  return em.get(req.scopeKey, "disputes", req.pathParams.id as string);
}

export function listDisputes(em: Emulator, req: ApiRequest) {
  const p = req.params(known.disputeList);
  const charge = p.string("charge");
  const pi = p.string("payment_intent");
  const all = newestFirst(em.scope(req.scopeKey).disputes).filter((d) => (!charge || d.charge === charge) && (!pi || d.payment_intent === pi));
  return listResponse(all, p, "/v1/disputes");
}
