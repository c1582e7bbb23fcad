import Stripe from "stripe";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { customerWithSavedCard, startHarness, startWebhookReceiver, type Harness, type WebhookReceiver } from "./helpers";

const SECRET = "whsec_test_secret";
const verifier = new Stripe("sk_test_verifier");

let h: Harness;
let receiver: WebhookReceiver;
beforeAll(async () => {
  receiver = await startWebhookReceiver();
  h = await startHarness({ webhook: { url: receiver.url, secret: SECRET }, webhookRetry: { attempts: 4, baseDelayMs: 20 } });
});
afterEach(async () => {
  await h.emulator.setWebhookMode({ duplicates: 1, shuffle: false });
  await h.emulator.resumeWebhooks();
  await h.emulator.flushWebhooks();
  receiver.received.length = 0;
});
afterAll(async () => {
  await h.emulator.close();
  await receiver.close();
});

describe("webhook delivery", () => {
  it("signs every delivery so stripe.webhooks.constructEvent verifies it", async () => {
    const customer = await h.stripe.customers.create({ email: "hook@example.com" });
    await h.emulator.flushWebhooks();
    const hit = receiver.received.find((r) => r.event.type === "customer.created");
    expect(hit).toBeDefined();
    const event = verifier.webhooks.constructEvent(hit!.body, hit!.signature, SECRET);
    expect(event.type).toBe("customer.created");
    expect((event.data.object as Stripe.Customer).id).toBe(customer.id);
    expect(event.pending_webhooks).toBe(1);
    expect(() => verifier.webhooks.constructEvent(hit!.body, hit!.signature, "whsec_wrong")).toThrow(Stripe.errors.StripeSignatureVerificationError);
  });

  it("delivers connected-account events with `account` set, in the order they happened", async () => {
    const account = await h.emulator.createConnectedAccount({ business_name: "Hooks Salon" });
    const salon = h.forAccount(account.id);
    const session = await salon.checkout.sessions.create({
      mode: "payment",
      customer_email: "c@example.com",
      line_items: [{ quantity: 1, price_data: { currency: "gbp", unit_amount: 2000, product_data: { name: "Deposit" } } }],
      payment_intent_data: { setup_future_usage: "off_session" },
      success_url: "https://app.example/ok",
    });
    await h.emulator.completeCheckout(session.id);
    await h.emulator.flushWebhooks();
    const types = receiver.received.map((r) => r.event.type);
    expect(types).toEqual(["payment_intent.created", "customer.created", "payment_method.attached", "payment_intent.succeeded", "charge.succeeded", "checkout.session.completed"]);
    expect(receiver.received.every((r) => r.event.account === account.id)).toBe(true);
  });

  it("retries after a 500 with backoff until the endpoint accepts", async () => {
    receiver.failNext(2, 500);
    const customer = await h.stripe.customers.create({ email: "retry@example.com" });
    const result = await h.emulator.flushWebhooks(5000);
    expect(result.drained).toBe(true);
    const deliveries = receiver.received.filter((r) => r.event.data.object.id === customer.id);
    expect(deliveries).toHaveLength(1);
    const attempts = h.emulator.webhookDeliveries().filter((d) => d.event_id === deliveries[0]?.event.id);
    expect(attempts.map((a) => [a.attempt, a.ok, a.status])).toEqual([
      [1, false, 500],
      [2, false, 500],
      [3, true, 200],
    ]);
  });

  it("gives up after the configured attempts and reports it through warn", async () => {
    receiver.failNext(10, 503);
    await h.stripe.customers.create({ email: "dead@example.com" });
    await h.emulator.flushWebhooks(5000);
    expect(h.warnings.some((w) => /dropped after 4 attempts/.test(w))).toBe(true);
    receiver.failNext(0);
  });

  it("holds deliveries while paused and delivers them on resume", async () => {
    await h.emulator.pauseWebhooks();
    await h.stripe.customers.create({ email: "paused@example.com" });
    const paused = await h.emulator.flushWebhooks(100);
    expect(paused).toMatchObject({ paused: true, pending: 1 });
    expect(receiver.received).toHaveLength(0);
    await fetch(`${h.emulator.url}/_emulator/webhooks/resume`, { method: "POST" });
    const flushed = await fetch(`${h.emulator.url}/_emulator/webhooks/flush`, { method: "POST", headers: { "Content-Type": "application/json" }, body: "{}" });
    expect(await flushed.json()).toMatchObject({ drained: true, pending: 0 });
    expect(receiver.received).toHaveLength(1);
  });

  it("delivers every event N times in shuffled order in duplicate mode", async () => {
    const res = await fetch(`${h.emulator.url}/_emulator/webhooks/mode`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ duplicates: 3, shuffle: true }),
    });
    expect(await res.json()).toEqual({ duplicates: 3, shuffle: true });
    await h.emulator.pauseWebhooks();
    const { customer } = await customerWithSavedCard(h, "4242424242424242");
    const pi = await h.stripe.paymentIntents.create({ amount: 2000, currency: "gbp", customer: customer.id, payment_method: (await h.stripe.customers.listPaymentMethods(customer.id)).data[0]?.id, off_session: true, confirm: true });
    await h.emulator.resumeWebhooks();
    await h.emulator.flushWebhooks(5000);
    const ids = receiver.received.map((r) => r.event.id);
    const counts = new Map<string, number>();
    for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
    expect([...counts.values()].every((n) => n === 3)).toBe(true);
    expect(counts.size).toBeGreaterThanOrEqual(8);
    expect(receiver.received.some((r) => r.event.data.object.id === pi.id)).toBe(true);
    // Each copy is signed and verifies.
    for (const r of receiver.received) expect(verifier.webhooks.constructEvent(r.body, r.signature, SECRET).id).toBe(r.event.id);
  });

  it("can switch the endpoint off and on", async () => {
    await h.emulator.setWebhook(null);
    const c = await h.stripe.customers.create({});
    const event = h.emulator.state().events.find((e) => e.data.object.id === c.id);
    expect(event?.pending_webhooks).toBe(0);
    await h.emulator.setWebhook({ url: receiver.url, secret: SECRET });
    await h.stripe.customers.create({});
    await h.emulator.flushWebhooks();
    expect(receiver.received).toHaveLength(1);
  });
});
