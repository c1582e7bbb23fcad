import http from "node:http";
import type { AddressInfo } from "node:net";
import Stripe from "stripe";
import { startStripeEmulator, type StripeEmulator, type StripeEmulatorOptions } from "../index";

// Shared test plumbing: an emulator on a random port, real SDK clients pointed at it, and a
// local webhook receiver that records raw bodies (signatures are over the raw bytes).

export const TEST_KEY = "sk_test_emulator_tests";

export interface Harness {
  emulator: StripeEmulator;
  stripe: Stripe;
  /** A client whose every request carries Stripe-Account: account. */
  forAccount(account: string): Stripe;
  warnings: string[];
}

export function stripeClient(emulator: StripeEmulator, account?: string): Stripe {
  return new Stripe(TEST_KEY, {
    host: "127.0.0.1",
    port: emulator.port,
    protocol: "http",
    maxNetworkRetries: 0,
    ...(account ? { stripeAccount: account } : {}),
  });
}

export async function startHarness(options: StripeEmulatorOptions = {}): Promise<Harness> {
  const warnings: string[] = [];
  const emulator = await startStripeEmulator({ port: 0, warn: (m) => warnings.push(m), ...options });
  return { emulator, stripe: stripeClient(emulator), forAccount: (a) => stripeClient(emulator, a), warnings };
}

export interface ReceivedWebhook {
  body: string;
  signature: string;
  event: { id: string; type: string; account?: string; data: { object: { id: string } & Record<string, unknown> } };
}

export interface WebhookReceiver {
  url: string;
  received: ReceivedWebhook[];
  /** Status to answer with for the next requests (then 200). */
  failNext(count: number, status?: number): void;
  close(): Promise<void>;
}

export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  const received: ReceivedWebhook[] = [];
  let failures: number[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const status = failures.shift() ?? 200;
      if (status === 200) {
        const body = Buffer.concat(chunks).toString("utf8");
        received.push({ body, signature: String(req.headers["stripe-signature"] ?? ""), event: JSON.parse(body) as ReceivedWebhook["event"] });
      }
      res.writeHead(status, { "Content-Type": "text/plain" });
      res.end(status === 200 ? "ok" : "fail");
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/webhooks`,
    received,
    failNext(count, status = 500) {
      failures = Array.from({ length: count }, () => status);
    },
    close: () =>
      new Promise<void>((r) => {
        server.close(() => r());
        server.closeAllConnections();
      }),
  };
}

/** POSTs a form like a browser would (no redirects followed). */
export function postForm(url: string, fields: Record<string, string>): Promise<Response> {
  return fetch(url, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(fields).toString(),
    redirect: "manual",
  });
}

/** Saves a card for a new customer through a setup-mode Checkout Session, as the app does at booking. */
export async function customerWithSavedCard(h: Harness, card: string, stripe: Stripe = h.stripe) {
  const customer = await stripe.customers.create({ email: "client@example.com" });
  const session = await stripe.checkout.sessions.create({
    mode: "setup",
    currency: "gbp",
    customer: customer.id,
    success_url: "https://app.example/done?session={CHECKOUT_SESSION_ID}",
  });
  await h.emulator.completeCheckout(session.id, card);
  const si = await stripe.setupIntents.retrieve(session.setup_intent as string);
  return { customer, session, setupIntent: si, paymentMethod: si.payment_method as string };
}

export async function captureError(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (err) {
    return err;
  }
  throw new Error("expected the call to fail");
}
