import type Stripe from "stripe";
import type { Emulator } from "../core/emulator";
import { newId, randomTail } from "../core/ids";
import * as known from "../core/known-params";
import { listResponse, newestFirst } from "../core/list";
import type { ApiRequest } from "../http/api-request";

export function buildSetupIntent(
  em: Emulator,
  scopeKey: string,
  seed: { customer: string | null; metadata: Record<string, string>; description: string | null },
): Stripe.SetupIntent {
  const id = newId("seti");
  const si: Stripe.SetupIntent = {
    id,
    object: "setup_intent",
    allowed_payment_method_types: null,
    application: null,
    automatic_payment_methods: null,
    cancellation_reason: null,
    client_secret: `${id}_secret_${randomTail(25)}`,
    created: em.now(),
    customer: seed.customer,
    customer_account: null,
    description: seed.description,
    excluded_payment_method_types: null,
    flow_directions: null,
    last_setup_error: null,
    latest_attempt: null,
    livemode: false,
    mandate: null,
    metadata: seed.metadata,
    next_action: null,
    on_behalf_of: null,
    payment_method: null,
    payment_method_configuration_details: null,
    payment_method_options: { card: { mandate_options: null, network: null, request_three_d_secure: "automatic" } },
    payment_method_types: ["card"],
    single_use_mandate: null,
    status: "requires_payment_method",
    usage: "off_session",
  };
  em.put(scopeKey, "setup_intents", si);
  em.emit(scopeKey, "setup_intent.created", si);
  return si;
}

export function retrieveSetupIntent(em: Emulator, req: ApiRequest): Stripe.SetupIntent {
  req.params([...known.retrieve, "client_secret"]);
  return em.get(req.scopeKey, "setup_intents", req.pathParams.id as string);
}

export function listSetupIntents(em: Emulator, req: ApiRequest) {
  const p = req.params(known.setupIntentList);
  const customer = p.string("customer");
  const pm = p.string("payment_method");
  const all = newestFirst(em.scope(req.scopeKey).setup_intents).filter((s) => (!customer || s.customer === customer) && (!pm || s.payment_method === pm));
  return listResponse(all, p, "/v1/setup_intents");
}
