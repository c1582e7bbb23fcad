import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { captureError, postForm, startHarness, type Harness } from "./helpers";

let h: Harness;
let salon: Stripe;
let accountId: string;

beforeAll(async () => {
  h = await startHarness();
  const account = await h.emulator.createConnectedAccount({ id: "acct_test_checkout", business_name: "Serenity Massage" });
  accountId = account.id;
  salon = h.forAccount(account.id);
});
afterAll(() => h.emulator.close());

function depositSession(extra: Partial<Stripe.Checkout.SessionCreateParams> = {}) {
  return salon.checkout.sessions.create({
    mode: "payment",
    customer_email: "client@example.com",
    line_items: [{ quantity: 1, price_data: { currency: "gbp", unit_amount: 2000, product_data: { name: "Deposit: 60 min deep tissue" } } }],
    payment_intent_data: { setup_future_usage: "off_session", metadata: { booking_id: "bk_1" }, description: "Deposit" },
    metadata: { booking_id: "bk_1" },
    client_reference_id: "bk_1",
    success_url: "https://app.example/book/done?session_id={CHECKOUT_SESSION_ID}",
    cancel_url: "https://app.example/book/cancel",
    ...extra,
  });
}

describe("Checkout in payment mode", () => {
  it("creates an open session with a PaymentIntent waiting for a payment method", async () => {
    const session = await depositSession();
    expect(session.id).toMatch(/^cs_test_/);
    expect(session).toMatchObject({ object: "checkout.session", status: "open", payment_status: "unpaid", mode: "payment", amount_total: 2000, currency: "gbp", client_reference_id: "bk_1" });
    expect(session.url).toBe(`${h.emulator.url}/checkout/${session.id}`);
    expect(session.expires_at - session.created).toBe(24 * 3600);
    const pi = await salon.paymentIntents.retrieve(session.payment_intent as string);
    expect(pi).toMatchObject({ status: "requires_payment_method", amount: 2000, currency: "gbp", setup_future_usage: "off_session", metadata: { booking_id: "bk_1" } });
  });

  it("shows an accessible hosted page with the merchant, amount and test cards", async () => {
    const session = await depositSession();
    const res = await fetch(session.url as string);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("Serenity Massage");
    expect(html).toContain("£20.00");
    expect(html).toContain("Deposit: 60 min deep tissue");
    expect(html).toMatch(/<label for="card-number">Card number<\/label>/);
    expect(html).toContain('autocomplete="cc-number"');
    expect(html).toContain('<form method="post"');
    expect(html).toContain("4242 4242 4242 4242");
    expect(html).toContain("Pay £20.00");
    expect(html).toContain('href="https://app.example/book/cancel"');
  });

  it("takes the deposit through the hosted form: 303 to success_url, session complete, card saved to a new customer", async () => {
    const session = await depositSession();
    const res = await postForm(session.url as string, { card_number: "4242 4242 4242 4242", expiry: "12 / 40", cvc: "123", email: "client@example.com" });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(`https://app.example/book/done?session_id=${session.id}`);

    const done = await salon.checkout.sessions.retrieve(session.id, { expand: ["payment_intent.latest_charge"] });
    expect(done).toMatchObject({ status: "complete", payment_status: "paid", url: null });
    expect(done.customer).toMatch(/^cus_/);
    expect(done.customer_details?.email).toBe("client@example.com");
    const pi = done.payment_intent as Stripe.PaymentIntent;
    expect(pi.status).toBe("succeeded");
    expect(pi.amount_received).toBe(2000);
    expect(pi.customer).toBe(done.customer);
    const charge = pi.latest_charge as Stripe.Charge;
    expect(charge).toMatchObject({ object: "charge", status: "succeeded", amount: 2000, paid: true, payment_intent: pi.id, amount_refunded: 0 });

    const pm = await salon.paymentMethods.retrieve(pi.payment_method as string);
    expect(pm.customer).toBe(done.customer);
    expect(pm.card).toMatchObject({ brand: "visa", last4: "4242", exp_month: 12, exp_year: 2040 });
    const saved = await salon.customers.listPaymentMethods(done.customer as string);
    expect(saved.data.map((p) => p.id)).toEqual([pm.id]);

    const types = h.emulator
      .state(accountId)
      .events.filter((e) => e.created >= session.created)
      .map((e) => e.type)
      .filter((t) => t !== "payment_intent.created");
    const tail = types.slice(types.indexOf("customer.created"));
    expect(tail).toEqual(["customer.created", "payment_method.attached", "payment_intent.succeeded", "charge.succeeded", "checkout.session.completed"]);

    // Posting again (a double click) just goes to the success page.
    const again = await postForm(session.url as string, { card_number: "4242424242424242", expiry: "12/40", cvc: "123" });
    expect(again.status).toBe(303);
  });

  it("accepts a picked test card with empty expiry and CVC", async () => {
    const session = await depositSession();
    const res = await postForm(session.url as string, { card_number: "", expiry: "", cvc: "", test_card: "4242424242424242" });
    expect(res.status).toBe(303);
  });

  it("shows field errors for a short number, a failed Luhn check and a past expiry", async () => {
    const session = await depositSession();
    const short = await (await postForm(session.url as string, { card_number: "4242 4242", expiry: "12/40", cvc: "123" })).text();
    expect(short).toContain("Your card number is incomplete.");
    const luhn = await postForm(session.url as string, { card_number: "4242424242424241", expiry: "01/20", cvc: "12" });
    expect(luhn.status).toBe(400);
    const html = await luhn.text();
    expect(html).toContain("Your card number is invalid.");
    expect(html).toContain("Your card&#39;s expiration date is in the past.");
    expect(html).toContain("Your card&#39;s security code is incomplete.");
    expect(html).toContain('aria-invalid="true"');
    expect((await salon.checkout.sessions.retrieve(session.id)).status).toBe("open");
  });

  it("re-renders the page with the decline message and keeps the session open", async () => {
    const session = await depositSession();
    const res = await postForm(session.url as string, { card_number: "4000000000009995", expiry: "12/40", cvc: "123" });
    expect(res.status).toBe(402);
    expect(await res.text()).toContain("Your card has insufficient funds.");
    const open = await salon.checkout.sessions.retrieve(session.id, { expand: ["payment_intent"] });
    expect(open.status).toBe("open");
    const pi = open.payment_intent as Stripe.PaymentIntent;
    expect(pi.status).toBe("requires_payment_method");
    expect(pi.last_payment_error).toMatchObject({ type: "card_error", code: "card_declined", decline_code: "insufficient_funds" });
    expect(h.emulator.state(accountId).events.some((e) => e.type === "payment_intent.payment_failed" && e.data.object.id === pi.id)).toBe(true);
    // The customer can then pay with another card.
    expect((await postForm(session.url as string, { card_number: "4242424242424242", expiry: "12/40", cvc: "123" })).status).toBe(303);
  });

  it("challenges 3-D Secure cards on the page; Complete pays, Fail shows Checkout's message", async () => {
    const session = await depositSession();
    const challenge = await postForm(session.url as string, { card_number: "4000 0027 6000 3184", expiry: "12/40", cvc: "123" });
    expect(challenge.status).toBe(200);
    const html = await challenge.text();
    expect(html).toContain("Authenticate this payment");
    const attempt = /name="attempt" value="([^"]+)"/.exec(html)?.[1] as string;
    // Reloading the page shows the same challenge.
    expect(await (await fetch(session.url as string)).text()).toContain("Authenticate this payment");

    const failed = await postForm(`${session.url}/authenticate`, { attempt, result: "fail" });
    expect(failed.status).toBe(402);
    expect(await failed.text()).toContain("We are unable to authenticate your payment method.");
    const pi = await salon.paymentIntents.retrieve(session.payment_intent as string);
    expect(pi.status).toBe("requires_payment_method");
    expect(pi.last_payment_error?.code).toBe("payment_intent_authentication_failure");

    const second = await (await postForm(session.url as string, { card_number: "4000002760003184", expiry: "12/40", cvc: "123" })).text();
    const attempt2 = /name="attempt" value="([^"]+)"/.exec(second)?.[1] as string;
    const stale = await postForm(`${session.url}/authenticate`, { attempt, result: "complete" });
    expect(stale.status).toBe(409);
    const ok = await postForm(`${session.url}/authenticate`, { attempt: attempt2, result: "complete" });
    expect(ok.status).toBe(303);
    const paid = await salon.paymentIntents.retrieve(session.payment_intent as string, { expand: ["latest_charge"] });
    expect(paid.status).toBe("succeeded");
    expect((paid.latest_charge as Stripe.Charge).payment_method_details?.card?.three_d_secure?.result).toBe("authenticated");
  });

  it("completes programmatically through the test control, including 3-D Secure", async () => {
    const s1 = await depositSession();
    const done = await h.emulator.completeCheckout(s1.id, "4000002760003184");
    expect(done.status).toBe("complete");
    const s2 = await depositSession();
    const res = await fetch(`${h.emulator.url}/_emulator/checkout/${s2.id}/complete`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ card: "4000002760003184", authenticate: false }),
    });
    expect(res.status).toBe(402);
    const body = (await res.json()) as { error: { code: string }; session: Stripe.Checkout.Session };
    expect(body.error.code).toBe("payment_intent_authentication_failure");
    expect(body.session.status).toBe("open");
  });

  it("creates the customer only when asked or when saving the card", async () => {
    const noSave = await salon.checkout.sessions.create({
      mode: "payment",
      line_items: [{ quantity: 2, price_data: { currency: "gbp", unit_amount: 1500, product_data: { name: "Hot stones add-on" } } }],
      success_url: "https://app.example/ok",
    });
    expect(noSave.amount_total).toBe(3000);
    const done = await h.emulator.completeCheckout(noSave.id);
    expect(done.customer).toBeNull();
    const always = await salon.checkout.sessions.create({
      mode: "payment",
      customer_creation: "always",
      customer_email: "new@example.com",
      line_items: [{ quantity: 1, price_data: { currency: "gbp", unit_amount: 1500, product_data: { name: "Session" } } }],
      success_url: "https://app.example/ok",
    });
    const doneAlways = await h.emulator.completeCheckout(always.id);
    const customer = await salon.customers.retrieve(doneAlways.customer as string);
    expect((customer as Stripe.Customer).email).toBe("new@example.com");
  });

  it("uses an existing customer", async () => {
    const customer = await salon.customers.create({ email: "regular@example.com", name: "Regular Client" });
    const session = await depositSession({ customer: customer.id, customer_email: undefined });
    const done = await h.emulator.completeCheckout(session.id);
    expect(done.customer).toBe(customer.id);
    expect(done.customer_details?.email).toBe("regular@example.com");
    expect((await salon.paymentMethods.list({ customer: customer.id, type: "card" })).data).toHaveLength(1);
  });

  it("validates parameters as Stripe does", async () => {
    const cases: Array<[Partial<Stripe.Checkout.SessionCreateParams>, string]> = [
      [{ line_items: [] }, "line_items"],
      [{ line_items: [{ quantity: 1, price_data: { currency: "gbp", unit_amount: 10, product_data: { name: "x" } } }] }, "line_items"],
      [{ customer: "cus_missing", customer_email: undefined }, "customer"],
      [{ expires_at: Math.floor(Date.now() / 1000) + 60 }, "expires_at"],
      [{ expires_at: Math.floor(Date.now() / 1000) + 25 * 3600 }, "expires_at"],
      [{ success_url: "not a url" }, "success_url"],
    ];
    for (const [extra, param] of cases) {
      const err = await captureError(depositSession(extra));
      expect(err, param).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
      expect((err as Stripe.errors.StripeError).param, JSON.stringify(extra)).toBe(param);
    }
    const unknown = await captureError(salon.checkout.sessions.create({ mode: "payment", nonsense: "x" } as unknown as Stripe.Checkout.SessionCreateParams));
    expect((unknown as Stripe.errors.StripeError).message).toBe("Received unknown parameter: nonsense");
    const badInt = await fetch(`${h.emulator.url}/v1/checkout/sessions`, {
      method: "POST",
      headers: { Authorization: "Bearer sk_test_x", "Content-Type": "application/x-www-form-urlencoded", "Stripe-Account": accountId },
      body: "mode=payment&line_items[0][quantity]=1&line_items[0][price_data][currency]=gbp&line_items[0][price_data][unit_amount]=20.5&line_items[0][price_data][product_data][name]=x",
    });
    expect(badInt.status).toBe(400);
    expect(((await badInt.json()) as { error: { param: string } }).error.param).toBe("line_items[0][price_data][unit_amount]");
    const ok = await depositSession({ expires_at: Math.floor(Date.now() / 1000) + 3600 });
    expect(ok.status).toBe("open");
  });
});

describe("Checkout in setup mode", () => {
  it("saves a card for later charges without taking money", async () => {
    const customer = await salon.customers.create({ email: "setup@example.com" });
    const session = await salon.checkout.sessions.create({
      mode: "setup",
      currency: "gbp",
      customer: customer.id,
      setup_intent_data: { metadata: { booking_id: "bk_9" } },
      success_url: "https://app.example/saved/{CHECKOUT_SESSION_ID}",
    });
    expect(session).toMatchObject({ mode: "setup", payment_intent: null, amount_total: null, payment_status: "no_payment_required" });
    const html = await (await fetch(session.url as string)).text();
    expect(html).toContain("Save your card for later charges");
    expect(html).toContain("Save card");
    const res = await postForm(session.url as string, { card_number: "4000000000000341", expiry: "10/39", cvc: "999" });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(`https://app.example/saved/${session.id}`);
    const done = await salon.checkout.sessions.retrieve(session.id, { expand: ["setup_intent"] });
    expect(done.status).toBe("complete");
    const si = done.setup_intent as Stripe.SetupIntent;
    expect(si).toMatchObject({ status: "succeeded", customer: customer.id, metadata: { booking_id: "bk_9" } });
    const pm = await salon.paymentMethods.retrieve(si.payment_method as string);
    expect(pm.customer).toBe(customer.id);
    expect(pm.card?.last4).toBe("0341");
    const types = h.emulator.state(accountId).events.map((e) => e.type);
    expect(types.slice(-3)).toEqual(["payment_method.attached", "setup_intent.succeeded", "checkout.session.completed"]);
  });

  it("requires currency and refuses line items", async () => {
    const noCurrency = await captureError(salon.checkout.sessions.create({ mode: "setup", success_url: "https://a.example/" }));
    expect((noCurrency as Stripe.errors.StripeError).param).toBe("currency");
    const items = await captureError(
      salon.checkout.sessions.create({ mode: "setup", currency: "gbp", line_items: [{ quantity: 1, price_data: { currency: "gbp", unit_amount: 100, product_data: { name: "x" } } }] }),
    );
    expect((items as Stripe.errors.StripeError).param).toBe("line_items");
  });

  it("fails to save a card that declines", async () => {
    const session = await salon.checkout.sessions.create({ mode: "setup", currency: "gbp", customer_creation: "always", success_url: "https://a.example/" });
    const res = await postForm(session.url as string, { card_number: "4000000000000002", expiry: "12/40", cvc: "123" });
    expect(res.status).toBe(402);
    expect(await res.text()).toContain("Your card was declined.");
    const si = await salon.setupIntents.retrieve(session.setup_intent as string);
    expect(si.status).toBe("requires_payment_method");
    expect(si.last_setup_error).toMatchObject({ code: "card_declined", decline_code: "generic_decline" });
  });
});

describe("Checkout expiry", () => {
  it("expires on request and refuses to expire a complete session", async () => {
    const session = await depositSession();
    const expired = await salon.checkout.sessions.expire(session.id);
    expect(expired).toMatchObject({ status: "expired", url: null });
    expect((await salon.paymentIntents.retrieve(session.payment_intent as string)).status).toBe("canceled");
    const page = await fetch(session.url as string);
    expect(page.status).toBe(410);
    expect(await page.text()).toContain("This checkout session has expired");

    const paid = await depositSession();
    await h.emulator.completeCheckout(paid.id);
    const err = await captureError(salon.checkout.sessions.expire(paid.id));
    expect(err).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    const completePage = await (await fetch(paid.url as string)).text();
    expect(completePage).toContain("already complete");
  });

  it("expires sessions past expires_at when the clock is advanced, emitting checkout.session.expired", async () => {
    const session = await depositSession({ expires_at: h.emulator.now() + 1800 });
    await h.emulator.advanceClock(1799);
    expect((await salon.checkout.sessions.retrieve(session.id)).status).toBe("open");
    const res = await fetch(`${h.emulator.url}/_emulator/clock/advance`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ seconds: 2 }) });
    expect(((await res.json()) as { expired_sessions: number }).expired_sessions).toBeGreaterThanOrEqual(1);
    expect((await salon.checkout.sessions.retrieve(session.id)).status).toBe("expired");
    const events = await salon.events.list({ type: "checkout.session.expired" });
    expect(events.data.some((e) => (e.data.object as Stripe.Checkout.Session).id === session.id)).toBe(true);
    const err = await captureError(h.emulator.completeCheckout(session.id));
    expect(err).toBeInstanceOf(Error);
  });
});

describe("lazy PaymentIntent option", () => {
  it("creates the PaymentIntent only when the customer pays, as current Stripe versions do", async () => {
    const lazy = await startHarness({ checkoutPaymentIntent: "on_confirm" });
    try {
      const session = await lazy.stripe.checkout.sessions.create({
        mode: "payment",
        line_items: [{ quantity: 1, price_data: { currency: "gbp", unit_amount: 5000, product_data: { name: "x" } } }],
        payment_intent_data: { metadata: { booking_id: "b" } },
        success_url: "https://a.example/",
      });
      expect(session.payment_intent).toBeNull();
      const done = await lazy.emulator.completeCheckout(session.id);
      const pi = await lazy.stripe.paymentIntents.retrieve(done.payment_intent as string);
      expect(pi).toMatchObject({ status: "succeeded", metadata: { booking_id: "b" }, amount: 5000 });
    } finally {
      await lazy.emulator.close();
    }
  });
});
