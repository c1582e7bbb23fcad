import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CheckoutDeclinedError } from "../index";
import { captureError, customerWithSavedCard, startHarness, type Harness } from "./helpers";

// Each test card, on-session (the Checkout deposit, customer present) and off-session (the
// balance charged after the massage with the card saved at booking).

let h: Harness;
let salon: Stripe;
beforeAll(async () => {
  h = await startHarness();
  const account = await h.emulator.createConnectedAccount({ id: "acct_test_cards", business_name: "Cards Salon" });
  salon = h.forAccount(account.id);
});
afterAll(() => h.emulator.close());

async function deposit(card: string, opts: { authenticate?: boolean } = {}) {
  const session = await salon.checkout.sessions.create({
    mode: "payment",
    customer_email: "c@example.com",
    line_items: [{ quantity: 1, price_data: { currency: "gbp", unit_amount: 2000, product_data: { name: "Deposit" } } }],
    payment_intent_data: { setup_future_usage: "off_session" },
    success_url: "https://app.example/ok",
  });
  try {
    const done = await h.emulator.completeCheckout(session.id, card, opts);
    return { session: done, error: null };
  } catch (err) {
    if (err instanceof CheckoutDeclinedError) return { session: err.session, error: err };
    throw err;
  }
}

async function chargeOffSession(customer: string, paymentMethod: string) {
  return salon.paymentIntents.create({
    amount: 4500,
    currency: "gbp",
    customer,
    payment_method: paymentMethod,
    off_session: true,
    confirm: true,
    metadata: { booking_id: "bk_balance" },
  });
}

async function expectCardError(p: Promise<unknown>, code: string, declineCode: string) {
  const err = await captureError(p);
  expect(err).toBeInstanceOf(Stripe.errors.StripeCardError);
  const e = err as Stripe.errors.StripeCardError;
  expect(e.statusCode).toBe(402);
  expect(e.code).toBe(code);
  expect(e.decline_code).toBe(declineCode);
  const pi = e.payment_intent as Stripe.PaymentIntent;
  expect(pi.object).toBe("payment_intent");
  expect(pi.status).toBe("requires_payment_method");
  expect(pi.last_payment_error?.code).toBe(code);
  expect(pi.last_payment_error?.decline_code).toBe(declineCode);
  // The stored PaymentIntent agrees with the one embedded in the error.
  expect((await salon.paymentIntents.retrieve(pi.id)).status).toBe("requires_payment_method");
  return e;
}

describe("4242 4242 4242 4242", () => {
  it("succeeds on- and off-session", async () => {
    expect((await deposit("4242424242424242")).session.status).toBe("complete");
    const { customer, paymentMethod } = await customerWithSavedCard(h, "4242424242424242", salon);
    const pi = await chargeOffSession(customer.id, paymentMethod);
    expect(pi.status).toBe("succeeded");
    expect(pi.latest_charge).toMatch(/^ch_/);
  });
});

describe("4000 0000 0000 0341", () => {
  it("saves fine, then every charge fails with card_declined / generic_decline", async () => {
    const { customer, paymentMethod, setupIntent } = await customerWithSavedCard(h, "4000000000000341", salon);
    expect(setupIntent.status).toBe("succeeded");
    const e = await expectCardError(chargeOffSession(customer.id, paymentMethod), "card_declined", "generic_decline");
    expect(e.message).toBe("Your card was declined.");
    const charge = await salon.charges.retrieve(e.charge as string);
    expect(charge).toMatchObject({ status: "failed", failure_code: "card_declined", paid: false });
    const onSession = await deposit("4000000000000341");
    expect(onSession.error?.code).toBe("card_declined");
    expect(onSession.session.status).toBe("open");
  });
});

describe("4000 0000 0000 0002", () => {
  it("declines on-session, off-session and when saving", async () => {
    const on = await deposit("4000000000000002");
    expect(on.error).toMatchObject({ code: "card_declined", declineCode: "generic_decline" });
    const customer = await salon.customers.create({});
    const attach = await captureError(salon.paymentMethods.attach("pm_card_chargeDeclined", { customer: customer.id }));
    expect(attach).toBeInstanceOf(Stripe.errors.StripeCardError);
    await expectCardError(
      salon.paymentIntents.create({ amount: 1000, currency: "gbp", payment_method: "pm_card_visa_chargeDeclined", off_session: true, confirm: true }),
      "card_declined",
      "generic_decline",
    );
    const session = await salon.checkout.sessions.create({ mode: "setup", currency: "gbp", customer: customer.id, success_url: "https://a.example/" });
    const setup = await captureError(h.emulator.completeCheckout(session.id, "4000000000000002"));
    expect(setup).toBeInstanceOf(CheckoutDeclinedError);
    expect((await salon.setupIntents.retrieve(session.setup_intent as string)).status).toBe("requires_payment_method");
  });
});

describe("4000 0027 6000 3184", () => {
  it("authenticates on-session (Complete pays, Fail does not) and fails off-session with authentication_required", async () => {
    expect((await deposit("4000002760003184")).session.status).toBe("complete");
    const failed = await deposit("4000002760003184", { authenticate: false });
    expect(failed.error?.code).toBe("payment_intent_authentication_failure");

    const { customer, paymentMethod } = await customerWithSavedCard(h, "4000002760003184", salon);
    const e = await expectCardError(chargeOffSession(customer.id, paymentMethod), "authentication_required", "authentication_required");
    expect(e.message).toBe("Your card was declined. This transaction requires authentication.");
    expect((e.payment_intent as Stripe.PaymentIntent).last_payment_error?.payment_method?.id).toBe(paymentMethod);
  });

  it("brings the customer back on-session: confirm -> requires_action -> authenticate -> succeeded", async () => {
    const { customer, paymentMethod } = await customerWithSavedCard(h, "4000002760003184", salon);
    const e = (await captureError(chargeOffSession(customer.id, paymentMethod))) as Stripe.errors.StripeCardError;
    const piId = (e.payment_intent as Stripe.PaymentIntent).id;
    const action = await salon.paymentIntents.confirm(piId, { payment_method: paymentMethod, return_url: "https://app.example/pay/return" });
    expect(action.status).toBe("requires_action");
    expect(action.next_action?.type).toBe("redirect_to_url");
    const page = await fetch(action.next_action?.redirect_to_url?.url as string);
    expect(await page.text()).toContain("Authenticate this payment");
    const done = await h.emulator.authenticatePaymentIntent(piId, true);
    expect(done.status).toBe("succeeded");
  });
});

describe("4000 0082 6000 3178", () => {
  it("authenticates on-session then declines for insufficient funds; off-session needs authentication", async () => {
    const on = await deposit("4000008260003178");
    expect(on.error).toMatchObject({ code: "card_declined", declineCode: "insufficient_funds", message: "Your card has insufficient funds." });
    const { customer, paymentMethod } = await customerWithSavedCard(h, "4000008260003178", salon);
    await expectCardError(chargeOffSession(customer.id, paymentMethod), "authentication_required", "authentication_required");
  });
});

describe("4000 0025 0000 3155", () => {
  it("needs 3-D Secure when saved, then charges off-session without it", async () => {
    const { customer, paymentMethod } = await customerWithSavedCard(h, "4000002500003155", salon);
    expect((await chargeOffSession(customer.id, paymentMethod)).status).toBe("succeeded");
    await expectCardError(
      salon.paymentIntents.create({ amount: 1000, currency: "gbp", payment_method: "pm_card_authenticationRequiredOnSetup", off_session: true, confirm: true }),
      "authentication_required",
      "authentication_required",
    );
  });
});

describe("4000 0000 0000 0259", () => {
  it("succeeds and is then disputed as fraudulent", async () => {
    const { customer, paymentMethod } = await customerWithSavedCard(h, "4000000000000259", salon);
    const pi = await chargeOffSession(customer.id, paymentMethod);
    expect(pi.status).toBe("succeeded");
    const disputes = await salon.disputes.list({ payment_intent: pi.id });
    expect(disputes.data).toHaveLength(1);
    const dispute = disputes.data[0] as Stripe.Dispute;
    expect(dispute).toMatchObject({ object: "dispute", charge: pi.latest_charge, payment_intent: pi.id, amount: 4500, currency: "gbp", reason: "fraudulent", status: "needs_response" });
    expect(dispute.id).toMatch(/^dp_/);
    expect(dispute.evidence_details.due_by).toBeGreaterThan(h.emulator.now());
    expect((await salon.disputes.retrieve(dispute.id)).id).toBe(dispute.id);
    expect((await salon.charges.retrieve(pi.latest_charge as string)).disputed).toBe(true);
    const events = (await salon.events.list({ type: "charge.dispute.created" })).data;
    expect(events.some((e) => (e.data.object as Stripe.Dispute).id === dispute.id)).toBe(true);

    const onSession = await deposit("4000000000000259");
    expect(onSession.session.status).toBe("complete");
    const types = h.emulator.state("acct_test_cards").events.map((e) => e.type);
    expect(types.slice(-2)).toEqual(["checkout.session.completed", "charge.dispute.created"]);
  });
});

describe("other decline cards", () => {
  it.each([
    ["4000000000009995", "card_declined", "insufficient_funds"],
    ["4000000000009987", "card_declined", "lost_card"],
    ["4000000000000069", "expired_card", "expired_card"],
    ["4000000000000127", "incorrect_cvc", "incorrect_cvc"],
    ["4000000000000119", "processing_error", "processing_error"],
  ])("%s declines with %s / %s", async (card, code, declineCode) => {
    const result = await deposit(card);
    expect(result.error).toMatchObject({ code, declineCode });
  });

  it("treats any other valid number like 4242", async () => {
    expect((await deposit("4111111111111111")).session.status).toBe("complete");
  });
});
