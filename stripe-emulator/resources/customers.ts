import type Stripe from "stripe";
import type { Emulator } from "../core/emulator";
import { invalidRequest } from "../core/errors";
import { newId, randomTail } from "../core/ids";
import * as known from "../core/known-params";
import { listResponse, newestFirst } from "../core/list";
import { mergeMetadata, type Params } from "../core/params";
import type { ApiRequest } from "../http/api-request";
import { previousAttributes } from "./accounts";
import { attachPaymentMethod, resolvePaymentMethod } from "./payment-methods";

export interface CustomerFields {
  email?: string | null;
  name?: string | null;
  phone?: string | null;
  description?: string | null;
  metadata?: Record<string, string>;
}

export function createCustomerRecord(em: Emulator, scopeKey: string, fields: CustomerFields): Stripe.Customer {
  const customer: Stripe.Customer = {
    id: newId("cus", 14),
    object: "customer",
    address: null,
    balance: 0,
    created: em.now(),
    currency: null,
    default_source: null,
    delinquent: false,
    description: fields.description ?? null,
    discount: null,
    email: fields.email ?? null,
    invoice_prefix: randomTail(8).toUpperCase(),
    invoice_settings: { custom_fields: null, default_payment_method: null, footer: null, rendering_options: null },
    livemode: false,
    metadata: fields.metadata ?? {},
    name: fields.name ?? null,
    next_invoice_sequence: 1,
    phone: fields.phone ?? null,
    preferred_locales: [],
    shipping: null,
    tax_exempt: "none",
    test_clock: null,
  };
  em.put(scopeKey, "customers", customer);
  em.emit(scopeKey, "customer.created", customer);
  return customer;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function fieldsFrom(p: Params): CustomerFields {
  const email = p.nullableString("email", { max: 512 });
  if (email && !EMAIL.test(email)) throw invalidRequest(`Invalid email address: ${email}`, { param: "email", code: "email_invalid" });
  const out: CustomerFields = {};
  if (email !== undefined) out.email = email;
  const name = p.nullableString("name", { max: 256 });
  if (name !== undefined) out.name = name;
  const phone = p.nullableString("phone", { max: 20 });
  if (phone !== undefined) out.phone = phone;
  const description = p.nullableString("description", { max: 350 });
  if (description !== undefined) out.description = description;
  return out;
}

export function createCustomer(em: Emulator, req: ApiRequest): Stripe.Customer {
  const p = req.params(known.customerCreate);
  const fields = fieldsFrom(p);
  const metadata = mergeMetadata({}, p.metadata());
  const pmId = p.string("payment_method");
  const pm = pmId ? resolvePaymentMethod(em, req.scopeKey, pmId, "payment_method") : undefined;
  const defaultPm = p.object("invoice_settings")?.string("default_payment_method");
  if (defaultPm && defaultPm !== pm?.id && defaultPm !== pmId) {
    throw invalidRequest(`The customer does not have a payment method with the ID ${defaultPm}. The payment method must be attached to the customer.`, {
      param: "invoice_settings[default_payment_method]",
    });
  }
  const customer = createCustomerRecord(em, req.scopeKey, { ...fields, metadata });
  if (pm) {
    attachPaymentMethod(em, req.scopeKey, pm, customer.id);
    if (defaultPm) customer.invoice_settings.default_payment_method = pm.id;
  }
  return customer;
}

export function retrieveCustomer(em: Emulator, req: ApiRequest): Stripe.Customer {
  req.params(known.retrieve);
  return em.get(req.scopeKey, "customers", req.pathParams.id as string);
}

export function updateCustomer(em: Emulator, req: ApiRequest): Stripe.Customer {
  const p = req.params(known.customerUpdate);
  const customer = em.get(req.scopeKey, "customers", req.pathParams.id as string);
  const fields = fieldsFrom(p);
  const metadata = p.metadata();
  const defaultPm = p.object("invoice_settings")?.nullableString("default_payment_method");
  if (defaultPm) {
    const pm = em.find(req.scopeKey, "payment_methods", defaultPm);
    if (!pm || pm.customer !== customer.id) {
      throw invalidRequest(`The customer does not have a payment method with the ID ${defaultPm}. The payment method must be attached to the customer.`, {
        param: "invoice_settings[default_payment_method]",
      });
    }
  }
  const before = structuredClone(customer);
  Object.assign(customer, fields);
  if (metadata !== undefined) customer.metadata = mergeMetadata(customer.metadata, metadata);
  if (defaultPm !== undefined) customer.invoice_settings = { ...customer.invoice_settings, default_payment_method: defaultPm };
  const prev = previousAttributes(before, customer);
  if (Object.keys(prev).length > 0) em.emit(req.scopeKey, "customer.updated", customer, prev);
  return customer;
}

export function listCustomers(em: Emulator, req: ApiRequest) {
  const p = req.params(known.customerList);
  const email = p.string("email");
  const all = newestFirst(em.scope(req.scopeKey).customers).filter((c) => !email || c.email === email);
  return listResponse(all, p, "/v1/customers");
}
