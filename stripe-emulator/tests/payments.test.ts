import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { captureError, customerWithSavedCard, startHarness, TEST_KEY, type Harness } from "./helpers";

let h: Harness;
let salon: Stripe;
const ACCOUNT = "acct_test_payments";
beforeAll(async () => {
  h = await startHarness();
  await h.emulator.createConnectedAccount({ id: ACCOUNT, business_name: "Payments Salon" });
  salon = h.forAccount(ACCOUNT);
});
afterAll(() => h.emulator.close());

describe("customers", () => {
  it("creates, retrieves, updates and lists", async () => {
    const c = await salon.customers.create({ email: "ana@example.com", name: "Ana", phone: "+447700900000", metadata: { client_id: "cl_1" } });
    expect(c).toMatchObject({ object: "customer", email: "ana@example.com", name: "Ana", phone: "+447700900000", metadata: { client_id: "cl_1" }, livemode: false });
    expect(c.id).toMatch(/^cus_/);
    expect(Number.isInteger(c.created)).toBe(true);
    const got = (await salon.customers.retrieve(c.id)) as Stripe.Customer;
    expect(got).toEqual(c);
    const upd = await salon.customers.update(c.id, { name: "Ana B", metadata: { client_id: "", vip: "yes" } });
    expect(upd.name).toBe("Ana B");
    expect(upd.metadata).toEqual({ vip: "yes" });
    const list = await salon.customers.list({ email: "ana@example.com" });
    expect(list).toMatchObject({ object: "list", has_more: false, url: "/v1/customers" });
    expect(list.data.map((x) => x.id)).toEqual([c.id]);
  });

  it("paginates newest first with limit and starting_after", async () => {
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push((await salon.customers.create({ email: `page${i}@example.com` })).id);
    const first = await salon.customers.list({ limit: 2 });
    expect(first.has_more).toBe(true);
    expect(first.data.map((c) => c.id)).toEqual([ids[2], ids[1]]);
    const next = await salon.customers.list({ limit: 2, starting_after: ids[1] });
    expect(next.data[0]?.id).toBe(ids[0]);
  });
});

describe("payment intents", () => {
  it("validates amount, currency, customer and payment method", async () => {
    const cases: Array<[Stripe.PaymentIntentCreateParams, string, string?]> = [
      [{ amount: 20, currency: "gbp" }, "amount", "amount_too_small"],
      [{ amount: 0, currency: "usd" }, "amount"],
      [{ amount: 1000, currency: "pounds" }, "currency"],
      [{ amount: 1000, currency: "gbp", customer: "cus_nope" }, "customer", "resource_missing"],
      [{ amount: 1000, currency: "gbp", payment_method: "pm_nope" }, "payment_method", "resource_missing"],
    ];
    for (const [params, param, code] of cases) {
      const err = await captureError(salon.paymentIntents.create(params));
      expect(err, JSON.stringify(params)).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
      expect((err as Stripe.errors.StripeError).param).toBe(param);
      if (code) expect((err as Stripe.errors.StripeError).code).toBe(code);
    }
    const missing = await captureError(salon.paymentIntents.create({ currency: "gbp" } as Stripe.PaymentIntentCreateParams));
    expect((missing as Stripe.errors.StripeError).code).toBe("parameter_missing");
    const res = await fetch(`${h.emulator.url}/v1/payment_intents`, {
      method: "POST",
      headers: { Authorization: `Bearer ${TEST_KEY}`, "Content-Type": "application/x-www-form-urlencoded" },
      body: "amount=12.50&currency=gbp",
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { type: "invalid_request_error", param: "amount", message: "Invalid integer: 12.50" } });
  });

  it("refuses a payment method of another customer, or one used once without a customer", async () => {
    const a = await customerWithSavedCard(h, "4242424242424242", salon);
    const other = await salon.customers.create({});
    const err = await captureError(salon.paymentIntents.create({ amount: 1000, currency: "gbp", customer: other.id, payment_method: a.paymentMethod, confirm: true, off_session: true }));
    expect((err as Stripe.errors.StripeError).param).toBe("payment_method");
    const noCustomer = await captureError(salon.paymentIntents.create({ amount: 1000, currency: "gbp", payment_method: a.paymentMethod }));
    expect((noCustomer as Stripe.errors.StripeError).param).toBe("customer");
    // A PaymentMethod in another account does not exist here.
    const elsewhere = await captureError(h.stripe.paymentIntents.create({ amount: 1000, currency: "gbp", payment_method: a.paymentMethod }));
    expect((elsewhere as Stripe.errors.StripeError).statusCode).toBe(404);
  });

  it("creates, updates, confirms, lists and cancels", async () => {
    const { customer, paymentMethod } = await customerWithSavedCard(h, "4242424242424242", salon);
    const pi = await salon.paymentIntents.create({ amount: 4000, currency: "gbp", customer: customer.id, metadata: { booking_id: "bk_2" } });
    expect(pi).toMatchObject({ status: "requires_payment_method", amount: 4000, amount_received: 0, latest_charge: null, capture_method: "automatic_async" });
    expect(pi.client_secret).toMatch(new RegExp(`^${pi.id}_secret_`));
    const upd = await salon.paymentIntents.update(pi.id, { amount: 4500, metadata: { tip: "500" } });
    expect(upd.amount).toBe(4500);
    expect(upd.metadata).toEqual({ booking_id: "bk_2", tip: "500" });
    const done = await salon.paymentIntents.confirm(pi.id, { payment_method: paymentMethod, off_session: true });
    expect(done.status).toBe("succeeded");
    const withExpand = await salon.paymentIntents.retrieve(pi.id, { expand: ["latest_charge", "payment_method"] });
    expect((withExpand.latest_charge as Stripe.Charge).amount).toBe(4500);
    expect((withExpand.payment_method as Stripe.PaymentMethod).id).toBe(paymentMethod);
    const tooLate = await captureError(salon.paymentIntents.update(pi.id, { amount: 100 }));
    expect((tooLate as Stripe.errors.StripeError).code).toBe("payment_intent_unexpected_state");
    expect((await salon.paymentIntents.update(pi.id, { metadata: { note: "ok after success" } })).metadata.note).toBe("ok after success");
    const again = await captureError(salon.paymentIntents.confirm(pi.id));
    expect((again as Stripe.errors.StripeError).code).toBe("payment_intent_unexpected_state");
    const cannotCancel = await captureError(salon.paymentIntents.cancel(pi.id));
    expect((cannotCancel as Stripe.errors.StripeError).code).toBe("payment_intent_unexpected_state");

    const other = await salon.paymentIntents.create({ amount: 1000, currency: "gbp", customer: customer.id });
    const canceled = await salon.paymentIntents.cancel(other.id, { cancellation_reason: "requested_by_customer" });
    expect(canceled).toMatchObject({ status: "canceled", cancellation_reason: "requested_by_customer" });
    const list = await salon.paymentIntents.list({ customer: customer.id });
    expect(list.data.map((x) => x.id)).toEqual([other.id, pi.id]);
    const types = h.emulator.state(ACCOUNT).events.filter((e) => e.data.object.id === pi.id).map((e) => e.type);
    expect(types).toEqual(["payment_intent.created", "payment_intent.succeeded"]);
  });

  it("rejects unknown parameters and unsupported features", async () => {
    const unknown = await captureError(salon.paymentIntents.create({ amount: 1000, currency: "gbp", amout: 5 } as unknown as Stripe.PaymentIntentCreateParams));
    expect((unknown as Stripe.errors.StripeError).code).toBe("parameter_unknown");
    const manual = await captureError(salon.paymentIntents.create({ amount: 1000, currency: "gbp", capture_method: "manual" }));
    expect((manual as Stripe.errors.StripeError).param).toBe("capture_method");
    const route = await fetch(`${h.emulator.url}/v1/subscriptions`, { headers: { Authorization: `Bearer ${TEST_KEY}` } });
    expect(route.status).toBe(404);
  });
});

describe("idempotency", () => {
  it("replays the stored response for the same key and parameters without a second PaymentIntent", async () => {
    const { customer, paymentMethod } = await customerWithSavedCard(h, "4242424242424242", salon);
    const params: Stripe.PaymentIntentCreateParams = { amount: 3000, currency: "gbp", customer: customer.id, payment_method: paymentMethod, off_session: true, confirm: true };
    const before = h.emulator.state(ACCOUNT).payment_intents.length;
    const first = await salon.paymentIntents.create(params, { idempotencyKey: "balance-bk_3" });
    const second = await salon.paymentIntents.create(params, { idempotencyKey: "balance-bk_3" });
    expect(second.id).toBe(first.id);
    expect(second.lastResponse.headers["idempotent-replayed"]).toBe("true");
    expect(second.lastResponse.requestId).toBe(first.lastResponse.requestId);
    expect(h.emulator.state(ACCOUNT).payment_intents.length).toBe(before + 1);
    expect(h.emulator.state(ACCOUNT).charges.filter((c) => c.payment_intent === first.id)).toHaveLength(1);

    const err = await captureError(salon.paymentIntents.create({ ...params, amount: 3100 }, { idempotencyKey: "balance-bk_3" }));
    expect(err).toBeInstanceOf(Stripe.errors.StripeIdempotencyError);
    expect((err as Stripe.errors.StripeError).message).toMatch(/^Keys for idempotent requests can only be used with the same parameters they were first used with/);
    const otherEndpoint = await captureError(salon.customers.create({}, { idempotencyKey: "balance-bk_3" }));
    expect(otherEndpoint).toBeInstanceOf(Stripe.errors.StripeIdempotencyError);
  });

  it("scopes keys per account", async () => {
    const a = await salon.customers.create({ email: "k@example.com" }, { idempotencyKey: "same-key" });
    const b = await h.stripe.customers.create({ email: "k@example.com" }, { idempotencyKey: "same-key" });
    expect(a.id).not.toBe(b.id);
  });

  it("stores and replays card errors, so a retried decline never charges twice", async () => {
    const { customer, paymentMethod } = await customerWithSavedCard(h, "4000000000000341", salon);
    const params: Stripe.PaymentIntentCreateParams = { amount: 3000, currency: "gbp", customer: customer.id, payment_method: paymentMethod, off_session: true, confirm: true };
    const e1 = (await captureError(salon.paymentIntents.create(params, { idempotencyKey: "declined-1" }))) as Stripe.errors.StripeCardError;
    const e2 = (await captureError(salon.paymentIntents.create(params, { idempotencyKey: "declined-1" }))) as Stripe.errors.StripeCardError;
    expect(e2).toBeInstanceOf(Stripe.errors.StripeCardError);
    expect((e2.payment_intent as Stripe.PaymentIntent).id).toBe((e1.payment_intent as Stripe.PaymentIntent).id);
    expect(e2.headers?.["idempotent-replayed"]).toBe("true");
  });

  it("does not store validation errors, so the key can be reused once the request is fixed", async () => {
    await captureError(salon.customers.create({ email: "not-an-email" }, { idempotencyKey: "fix-me" }));
    const ok = await salon.customers.create({ email: "fixed@example.com" }, { idempotencyKey: "fix-me" });
    expect(ok.email).toBe("fixed@example.com");
  });

  it("runs concurrent requests with one key once", async () => {
    const params = { email: "race@example.com" };
    const results = await Promise.all([1, 2, 3, 4].map(() => salon.customers.create(params, { idempotencyKey: "race-key" })));
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect(h.emulator.state(ACCOUNT).customers.filter((c) => c.email === "race@example.com")).toHaveLength(1);
  });
});

describe("refunds", () => {
  it("refunds partially then fully, updates the charge and refuses more", async () => {
    const { customer, paymentMethod } = await customerWithSavedCard(h, "4242424242424242", salon);
    const pi = await salon.paymentIntents.create({ amount: 5000, currency: "gbp", customer: customer.id, payment_method: paymentMethod, off_session: true, confirm: true });
    const partial = await salon.refunds.create({ payment_intent: pi.id, amount: 2000, reason: "requested_by_customer", metadata: { booking_id: "bk_4" } });
    expect(partial).toMatchObject({ object: "refund", status: "succeeded", amount: 2000, charge: pi.latest_charge, payment_intent: pi.id, reason: "requested_by_customer", metadata: { booking_id: "bk_4" } });
    expect(partial.id).toMatch(/^re_/);
    let charge = await salon.charges.retrieve(pi.latest_charge as string);
    expect(charge).toMatchObject({ amount_refunded: 2000, refunded: false });

    const over = await captureError(salon.refunds.create({ charge: charge.id, amount: 3001 }));
    expect(over).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    expect((over as Stripe.errors.StripeError).message).toBe("Refund amount (£30.01) is greater than unrefunded amount on charge (£30.00)");
    expect((over as Stripe.errors.StripeError).param).toBe("amount");

    const rest = await salon.refunds.create({ charge: charge.id });
    expect(rest.amount).toBe(3000);
    charge = await salon.charges.retrieve(charge.id);
    expect(charge).toMatchObject({ amount_refunded: 5000, refunded: true });
    const again = await captureError(salon.refunds.create({ payment_intent: pi.id }));
    expect((again as Stripe.errors.StripeError).code).toBe("charge_already_refunded");
    expect((await salon.refunds.retrieve(partial.id)).amount).toBe(2000);
    expect((await salon.refunds.list({ payment_intent: pi.id })).data).toHaveLength(2);
    const types = h.emulator.state(ACCOUNT).events.map((e) => e.type);
    expect(types.slice(-2)).toEqual(["charge.refunded", "refund.created"]);
  });

  it("refuses refunds of a payment that did not succeed and of a disputed charge", async () => {
    const pi = await salon.paymentIntents.create({ amount: 5000, currency: "gbp" });
    expect((await captureError(salon.refunds.create({ payment_intent: pi.id }))) as Stripe.errors.StripeError).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    const disputed = await salon.paymentIntents.create({ amount: 5000, currency: "gbp", payment_method: "pm_card_createDispute", confirm: true });
    const err = await captureError(salon.refunds.create({ payment_intent: disputed.id }));
    expect((err as Stripe.errors.StripeError).code).toBe("charge_disputed");
  });
});

describe("payment methods", () => {
  it("attaches and detaches, and a detached card cannot be used again", async () => {
    const customer = await salon.customers.create({});
    const pm = await salon.paymentMethods.attach("pm_card_visa", { customer: customer.id });
    expect(pm.customer).toBe(customer.id);
    expect((await salon.paymentMethods.list({ customer: customer.id, type: "card" })).data).toHaveLength(1);
    const detached = await salon.paymentMethods.detach(pm.id);
    expect(detached.customer).toBeNull();
    const reuse = await captureError(salon.paymentMethods.attach(pm.id, { customer: customer.id }));
    expect(reuse).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
  });
});

describe("events", () => {
  it("records events with snapshots, request ids and type filters", async () => {
    const c = await salon.customers.create({ email: "ev@example.com" }, { idempotencyKey: "ev-key" });
    await salon.customers.update(c.id, { email: "ev2@example.com" });
    const created = (await salon.events.list({ type: "customer.created", limit: 1 })).data[0] as Stripe.Event;
    expect(created).toMatchObject({ object: "event", account: ACCOUNT, livemode: false, api_version: Stripe.API_VERSION, type: "customer.created" });
    expect(created.id).toMatch(/^evt_/);
    expect(created.request?.idempotency_key).toBe("ev-key");
    expect(created.request?.id).toMatch(/^req_/);
    expect((created.data.object as Stripe.Customer).email).toBe("ev@example.com");
    const updated = (await salon.events.list({ types: ["customer.updated"], limit: 1 })).data[0] as Stripe.Event;
    expect(updated.data.previous_attributes).toEqual({ email: "ev@example.com" });
    expect((await salon.events.retrieve(created.id)).id).toBe(created.id);
    const wildcard = await salon.events.list({ type: "customer.*", limit: 100 });
    expect(wildcard.data.every((e) => e.type.startsWith("customer."))).toBe(true);
  });
});
