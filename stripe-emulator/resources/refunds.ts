import type Stripe from "stripe";
import type { Emulator } from "../core/emulator";
import { invalidRequest } from "../core/errors";
import { newId } from "../core/ids";
import * as known from "../core/known-params";
import { listResponse, newestFirst } from "../core/list";
import { formatAmount } from "../core/money";
import { mergeMetadata } from "../core/params";
import type { ApiRequest } from "../http/api-request";

// Refunds succeed at once (card refunds in test mode do). A charge can be refunded in parts up
// to its amount; a disputed charge cannot be refunded (its money is with the dispute).

export function createRefund(em: Emulator, req: ApiRequest): Stripe.Refund {
  const p = req.params(known.refundCreate);
  const chargeId = p.string("charge");
  const piId = p.string("payment_intent");
  const amount = p.int("amount");
  const reason = p.enum("reason", ["duplicate", "fraudulent", "requested_by_customer"] as const);
  const metadata = mergeMetadata({}, p.metadata());
  if (!chargeId && !piId) throw invalidRequest("One of the following params should be provided for this request: payment_intent or charge.", { param: "charge" });

  let charge: Stripe.Charge;
  if (piId) {
    const pi = em.get(req.scopeKey, "payment_intents", piId, "payment_intent");
    const latest = typeof pi.latest_charge === "string" ? em.find(req.scopeKey, "charges", pi.latest_charge) : undefined;
    if (pi.status !== "succeeded" || !latest || latest.status !== "succeeded") {
      throw invalidRequest(`This PaymentIntent (${pi.id}) does not have a successful charge to refund.`, { param: "payment_intent" });
    }
    if (chargeId && chargeId !== latest.id) throw invalidRequest(`Charge ${chargeId} does not belong to PaymentIntent ${pi.id}.`, { param: "charge" });
    charge = latest;
  } else {
    charge = em.get(req.scopeKey, "charges", chargeId as string, "charge");
    if (charge.status !== "succeeded") throw invalidRequest(`Charge ${charge.id} has not succeeded, so it cannot be refunded.`, { param: "charge" });
  }

  if (charge.disputed) {
    throw invalidRequest(`Charge ${charge.id} has been charged back; cannot issue a refund.`, { param: "charge", code: "charge_disputed" });
  }
  const remaining = charge.amount - charge.amount_refunded;
  if (remaining <= 0) throw invalidRequest(`Charge ${charge.id} has already been refunded.`, { param: "charge", code: "charge_already_refunded" });
  if (amount !== undefined && amount < 1) throw invalidRequest("Invalid positive integer", { param: "amount", code: "parameter_invalid_integer" });
  const refundAmount = amount ?? remaining;
  if (refundAmount > remaining) {
    throw invalidRequest(
      `Refund amount (${formatAmount(refundAmount, charge.currency)}) is greater than unrefunded amount on charge (${formatAmount(remaining, charge.currency)})`,
      { param: "amount", code: "amount_too_large" },
    );
  }

  const refund: Stripe.Refund = {
    id: newId("re"),
    object: "refund",
    amount: refundAmount,
    balance_transaction: null,
    charge: charge.id,
    created: em.now(),
    currency: charge.currency,
    customer: charge.customer,
    customer_account: null,
    destination_details: { card: { reference_status: "pending", reference_type: "acquirer_reference_number", type: "refund" }, type: "card" } as Stripe.Refund.DestinationDetails,
    metadata,
    payment_intent: charge.payment_intent,
    payment_method: charge.payment_method,
    reason: reason ?? null,
    receipt_number: null,
    source_transfer_reversal: null,
    status: "succeeded",
    transfer_reversal: null,
  };
  em.put(req.scopeKey, "refunds", refund);
  charge.amount_refunded += refundAmount;
  charge.refunded = charge.amount_refunded >= charge.amount;
  em.emit(req.scopeKey, "charge.refunded", charge, { amount_refunded: charge.amount_refunded - refundAmount, refunded: false });
  em.emit(req.scopeKey, "refund.created", refund);
  return refund;
}

export function retrieveRefund(em: Emulator, req: ApiRequest): Stripe.Refund {
  req.params(known.retrieve);
  return em.get(req.scopeKey, "refunds", req.pathParams.id as string);
}

export function listRefunds(em: Emulator, req: ApiRequest) {
  const p = req.params(known.refundList);
  const charge = p.string("charge");
  const pi = p.string("payment_intent");
  const all = newestFirst(em.scope(req.scopeKey).refunds).filter((r) => (!charge || r.charge === charge) && (!pi || r.payment_intent === pi));
  return listResponse(all, p, "/v1/refunds");
}
