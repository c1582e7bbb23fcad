import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { captureError, startHarness, TEST_KEY, type Harness } from "./helpers";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.emulator.close());

describe("Connect accounts and onboarding", () => {
  it("creates an account that cannot take charges until onboarding completes through an account link", async () => {
    const account = await h.stripe.accounts.create({
      type: "standard",
      country: "GB",
      email: "owner@serenity.example",
      business_profile: { name: "Serenity Massage" },
      metadata: { salon_id: "salon_1" },
    });
    expect(account.id).toMatch(/^acct_/);
    expect(account).toMatchObject({ object: "account", charges_enabled: false, payouts_enabled: false, details_submitted: false, country: "GB", default_currency: "gbp" });
    expect(account.metadata).toEqual({ salon_id: "salon_1" });

    // Checkout on an account that has not onboarded is refused.
    const refused = await captureError(
      h.forAccount(account.id).checkout.sessions.create({ mode: "setup", currency: "gbp", success_url: "https://app.example/ok" }),
    );
    expect(refused).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);

    const link = await h.stripe.accountLinks.create({
      account: account.id,
      type: "account_onboarding",
      refresh_url: "https://app.example/connect/refresh",
      return_url: "https://app.example/connect/return",
    });
    expect(link.object).toBe("account_link");
    expect(link.expires_at).toBeGreaterThan(link.created);
    expect(link.url.startsWith(h.emulator.url)).toBe(true);

    const visit = await fetch(link.url, { redirect: "manual" });
    expect(visit.status).toBe(302);
    expect(visit.headers.get("location")).toBe("https://app.example/connect/return");

    const after = await h.stripe.accounts.retrieve(account.id);
    expect(after).toMatchObject({ charges_enabled: true, payouts_enabled: true, details_submitted: true });
    expect(after.requirements?.currently_due).toEqual([]);

    // Links are single-use: a second visit goes to refresh_url.
    const again = await fetch(link.url, { redirect: "manual" });
    expect(again.headers.get("location")).toBe("https://app.example/connect/refresh");

    const events = await h.forAccount(account.id).events.list({ type: "account.updated" });
    expect(events.data).toHaveLength(1);
    expect(events.data[0]?.account).toBe(account.id);
    expect((events.data[0]?.data.previous_attributes as { charges_enabled?: boolean }).charges_enabled).toBe(false);
  });

  it("follows the onboarding redirect with fetch's default redirect handling", async () => {
    const account = await h.stripe.accounts.create({ type: "express", country: "GB" });
    const link = await h.stripe.accountLinks.create({ account: account.id, type: "account_onboarding", refresh_url: `${h.emulator.url}/r`, return_url: `${h.emulator.url}/` });
    const res = await fetch(link.url);
    expect(res.ok).toBe(true);
    expect((await h.stripe.accounts.retrieve(account.id)).charges_enabled).toBe(true);
  });

  it("updates an account and emits account.updated", async () => {
    const account = await h.stripe.accounts.create({ type: "standard" });
    const updated = await h.stripe.accounts.update(account.id, { business_profile: { name: "Calm Rooms" }, metadata: { tier: "gold" } });
    expect(updated.business_profile?.name).toBe("Calm Rooms");
    expect(updated.metadata).toEqual({ tier: "gold" });
  });

  it("creates onboarded accounts with stable ids through the test control, idempotently", async () => {
    const first = await h.emulator.createConnectedAccount({ id: "acct_demo_serenity", business_name: "Serenity" });
    const second = await h.emulator.createConnectedAccount({ id: "acct_demo_serenity", business_name: "Other name" });
    expect(first.id).toBe("acct_demo_serenity");
    expect(second).toEqual(first);
    expect(first.charges_enabled).toBe(true);
    const viaHttp = await fetch(`${h.emulator.url}/_emulator/accounts`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ id: "acct_demo_haven", business_name: "Haven" }),
    });
    expect(viaHttp.status).toBe(200);
    expect(((await viaHttp.json()) as { id: string }).id).toBe("acct_demo_haven");
    expect((await h.stripe.accounts.retrieve("acct_demo_haven")).business_profile?.name).toBe("Haven");
  });
});

describe("Stripe-Account scoping", () => {
  it("hides one account's objects from another account and from the platform", async () => {
    const a = await h.emulator.createConnectedAccount({ business_name: "A" });
    const b = await h.emulator.createConnectedAccount({ business_name: "B" });
    const customer = await h.forAccount(a.id).customers.create({ email: "x@example.com", name: "X" });
    expect((await h.forAccount(a.id).customers.retrieve(customer.id)).id).toBe(customer.id);

    for (const client of [h.forAccount(b.id), h.stripe]) {
      const err = await captureError(client.customers.retrieve(customer.id));
      expect(err).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
      expect((err as Stripe.errors.StripeInvalidRequestError).statusCode).toBe(404);
      expect((err as Stripe.errors.StripeInvalidRequestError).code).toBe("resource_missing");
    }
    expect(h.emulator.state(a.id).customers.map((c) => c.id)).toEqual([customer.id]);
    expect(h.emulator.state(b.id).customers).toEqual([]);
  });

  it("refuses an unknown Stripe-Account with 403", async () => {
    const err = await captureError(h.forAccount("acct_does_not_exist").customers.create({}));
    expect(err).toBeInstanceOf(Stripe.errors.StripePermissionError);
    expect((err as Stripe.errors.StripeError).code).toBe("account_invalid");
  });
});

describe("authentication", () => {
  it("requires an sk_test_ key", async () => {
    const bad = new Stripe("sk_live_nope1234567890", { host: "127.0.0.1", port: h.emulator.port, protocol: "http", maxNetworkRetries: 0 });
    const err = await captureError(bad.customers.list());
    expect(err).toBeInstanceOf(Stripe.errors.StripeAuthenticationError);
    const none = await fetch(`${h.emulator.url}/v1/customers`);
    expect(none.status).toBe(401);
    const body = (await none.json()) as { error: { type: string; message: string } };
    expect(body.error.type).toBe("invalid_request_error");
    expect(body.error.message).toMatch(/did not provide an API key/);
    const ok = await fetch(`${h.emulator.url}/v1/customers`, { headers: { Authorization: `Bearer ${TEST_KEY}` } });
    expect(ok.status).toBe(200);
  });
});
