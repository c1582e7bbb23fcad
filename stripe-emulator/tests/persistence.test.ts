import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type Stripe from "stripe";
import { afterAll, describe, expect, it } from "vitest";
import { customerWithSavedCard, startHarness, startWebhookReceiver } from "./helpers";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "stripe-emulator-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("persistence", () => {
  it("keeps objects, idempotency keys and the clock across a restart with the same data file", async () => {
    const dataFile = path.join(dir, "nested", "state.json");
    const first = await startHarness({ dataFile });
    const account = await first.emulator.createConnectedAccount({ id: "acct_persist", business_name: "Persist" });
    const salon = first.forAccount(account.id);
    const { customer, paymentMethod } = await customerWithSavedCard(first, "4242424242424242", salon);
    const pi = await salon.paymentIntents.create({ amount: 2500, currency: "gbp", customer: customer.id, payment_method: paymentMethod, off_session: true, confirm: true }, { idempotencyKey: "persist-key" });
    const session = await salon.checkout.sessions.create({ mode: "setup", currency: "gbp", expires_at: first.emulator.now() + 3600, success_url: "https://a.example/" });
    await first.emulator.advanceClock(600);
    await first.emulator.close();
    expect(fs.existsSync(dataFile)).toBe(true);
    expect(fs.readdirSync(path.dirname(dataFile)).filter((f) => f.endsWith(".tmp"))).toEqual([]);

    const second = await startHarness({ dataFile });
    try {
      const salon2 = second.forAccount(account.id);
      expect((await salon2.customers.retrieve(customer.id)).id).toBe(customer.id);
      expect((await salon2.paymentIntents.retrieve(pi.id)).status).toBe("succeeded");
      expect((await salon2.paymentMethods.retrieve(paymentMethod)).customer).toBe(customer.id);
      const replay = await salon2.paymentIntents.create({ amount: 2500, currency: "gbp", customer: customer.id, payment_method: paymentMethod, off_session: true, confirm: true }, { idempotencyKey: "persist-key" });
      expect(replay.id).toBe(pi.id);
      // Card behaviour survives too: the saved PaymentMethod still charges.
      expect((await salon2.paymentIntents.create({ amount: 1000, currency: "gbp", customer: customer.id, payment_method: paymentMethod, off_session: true, confirm: true })).status).toBe("succeeded");
      expect(second.emulator.now() - Math.floor(Date.now() / 1000)).toBeGreaterThanOrEqual(599);
      // The hosted page of a session created before the restart still works.
      const reloaded = await salon2.checkout.sessions.retrieve(session.id);
      expect(reloaded.url).toBe(`${second.emulator.url}/checkout/${session.id}`);
      expect((await fetch(reloaded.url as string)).status).toBe(200);
      await second.emulator.advanceClock(3600);
      expect((await salon2.checkout.sessions.retrieve(session.id)).status).toBe("expired");
    } finally {
      await second.emulator.close();
    }
  });

  it("resumes owed webhook deliveries after a restart", async () => {
    const dataFile = path.join(dir, "queue.json");
    const receiver = await startWebhookReceiver();
    try {
      receiver.failNext(100, 500);
      const first = await startHarness({ dataFile, webhook: { url: receiver.url, secret: "whsec_x" }, webhookRetry: { attempts: 6, baseDelayMs: 60_000 } });
      const c = await first.stripe.customers.create({ email: "owed@example.com" });
      await new Promise((r) => setTimeout(r, 100));
      await first.emulator.close();
      const saved = JSON.parse(fs.readFileSync(dataFile, "utf8")) as { webhook_queue: Array<{ event_id: string }> };
      expect(saved.webhook_queue).toHaveLength(1);

      receiver.failNext(0);
      // The stored backoff was a minute away; a restart retries owed deliveries at once.
      const second = await startHarness({ dataFile, webhook: { url: receiver.url, secret: "whsec_x" } });
      await second.emulator.flushWebhooks(5000);
      expect(receiver.received.map((r) => (r.event.data.object as unknown as Stripe.Customer).id)).toEqual([c.id]);
      await second.emulator.close();
    } finally {
      await receiver.close();
    }
  });

  it("refuses to start on a corrupt data file instead of wiping it", async () => {
    const dataFile = path.join(dir, "corrupt.json");
    fs.writeFileSync(dataFile, "{not json");
    await expect(startHarness({ dataFile })).rejects.toThrow(/not valid JSON/);
    expect(fs.readFileSync(dataFile, "utf8")).toBe("{not json");
  });
});
