import type { AddressInfo } from "node:net";
import type Stripe from "stripe";
import {
  CheckoutDeclinedError,
  advanceClock,
  authenticatePaymentIntent,
  completeCheckout,
  createConnectedAccount,
  snapshot,
  type CompleteCheckoutOptions,
  type ConnectedAccountOptions,
  type EmulatorStateSnapshot,
} from "./controls/actions";
import { Emulator } from "./core/emulator";
import { sweepExpiredSessions } from "./resources/checkout-sessions";
import { createHttpServer } from "./server";
import type { DeliveryLogEntry, FlushResult, WebhookEndpoint, WebhookMode, WebhookRetry } from "./webhooks/queue";

// A local Stripe: the subset of Stripe's REST API the booking app uses, with state, hosted
// Checkout and Connect onboarding pages, signed webhooks and test controls. See README.md.

export { CheckoutDeclinedError };
export { API_VERSION } from "./core/state";
export { TEST_CARDS } from "./cards/test-cards";
export type { CompleteCheckoutOptions, ConnectedAccountOptions, EmulatorStateSnapshot, DeliveryLogEntry, FlushResult, WebhookEndpoint, WebhookMode, WebhookRetry };
export type { EmulatorEvent } from "./core/state";

export interface StripeEmulatorOptions {
  /** 0 picks a free port. Default 0. */
  port?: number;
  host?: string;
  /** JSON file to load at start and rewrite (atomically) after every change. */
  dataFile?: string;
  webhook?: WebhookEndpoint | null;
  webhookRetry?: WebhookRetry;
  /** Base URL browsers use for hosted pages (Checkout, onboarding). Default: the listening URL. */
  publicUrl?: string;
  /**
   * When a payment-mode Checkout Session gets its PaymentIntent: "on_create" (default, the
   * session's payment_intent is set at once) or "on_confirm" (as current Stripe API versions
   * do: null until the customer pays).
   */
  checkoutPaymentIntent?: "on_create" | "on_confirm";
  /** Where delivery failures and internal errors are reported. Default console.warn. */
  warn?: (message: string) => void;
}

export interface StripeEmulator {
  url: string;
  port: number;
  close(): Promise<void>;
  /** All objects of one connected account (or the platform when omitted), oldest first. */
  state(account?: string | null): EmulatorStateSnapshot;
  reset(): Promise<void>;
  /** The emulator's clock, unix seconds. */
  now(): number;
  advanceClock(seconds: number): Promise<{ now: number; offset: number; expired_sessions: number }>;
  pauseWebhooks(): Promise<void>;
  resumeWebhooks(): Promise<void>;
  flushWebhooks(timeoutMs?: number): Promise<FlushResult>;
  setWebhookMode(mode: Partial<WebhookMode>): Promise<void>;
  setWebhook(endpoint: WebhookEndpoint | null): Promise<void>;
  /** Recent delivery attempts (newest last). */
  webhookDeliveries(): DeliveryLogEntry[];
  completeCheckout(sessionId: string, card?: string, opts?: CompleteCheckoutOptions): Promise<Stripe.Checkout.Session>;
  authenticatePaymentIntent(paymentIntentId: string, ok?: boolean): Promise<Stripe.PaymentIntent>;
  createConnectedAccount(opts: ConnectedAccountOptions): Promise<Stripe.Account>;
}

export async function startStripeEmulator(options: StripeEmulatorOptions = {}): Promise<StripeEmulator> {
  const host = options.host ?? "127.0.0.1";
  const em = new Emulator({
    dataFile: options.dataFile,
    webhook: options.webhook ?? null,
    webhookRetry: options.webhookRetry ?? { attempts: 6, baseDelayMs: 1000 },
    publicUrl: options.publicUrl ?? "",
    checkoutPaymentIntent: options.checkoutPaymentIntent ?? "on_create",
    warn: options.warn ?? ((m) => console.warn(m)),
  });
  const server = createHttpServer(em);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
  em.config.publicUrl = (options.publicUrl ?? url).replace(/\/+$/, "");
  // Sessions loaded from a data file point at wherever the emulator listened before.
  for (const scope of Object.values(em.state.scopes)) {
    for (const s of Object.values(scope.checkout_sessions)) if (s.status === "open") s.url = `${em.publicUrl}/checkout/${s.id}`;
  }

  // Sessions also expire on their own, not only when someone looks at them.
  const expiryTimer = setInterval(() => {
    if (sweepExpiredSessions(em) > 0) em.commit();
  }, 1000);
  expiryTimer.unref();
  em.webhooks.start();

  let closed: Promise<void> | null = null;
  return {
    url,
    port,
    close() {
      closed ??= (async () => {
        clearInterval(expiryTimer);
        await em.webhooks.stop();
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        });
        em.commit();
      })();
      return closed;
    },
    state: (account) => snapshot(em, account),
    reset: async () => em.reset(),
    now: () => em.now(),
    advanceClock: async (seconds) => advanceClock(em, seconds),
    pauseWebhooks: async () => em.webhooks.pause(),
    resumeWebhooks: async () => em.webhooks.resume(),
    flushWebhooks: (timeoutMs) => em.webhooks.flush(timeoutMs),
    setWebhookMode: async (mode) => em.webhooks.setMode(mode),
    setWebhook: async (endpoint) => em.webhooks.setEndpoint(endpoint),
    webhookDeliveries: () => structuredClone(em.webhooks.log),
    completeCheckout: async (id, card, opts) => completeCheckout(em, id, card, opts),
    authenticatePaymentIntent: async (id, ok = true) => authenticatePaymentIntent(em, id, ok),
    createConnectedAccount: async (opts) => createConnectedAccount(em, opts),
  };
}
