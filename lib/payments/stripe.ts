import Stripe from "stripe";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors/app-error";

// The one place that talks to Stripe: the official SDK, aimed at real Stripe when a secret key
// is set, otherwise at the local emulator (stripe-emulator/), which speaks the same API.

export const EMULATOR_SECRET_KEY = "sk_test_emulator";
export const EMULATOR_WEBHOOK_SECRET = "whsec_emulator_local";

export type StripeMode = "stripe" | "emulator";

export function stripeMode(): StripeMode {
  return env().STRIPE_SECRET_KEY ? "stripe" : "emulator";
}

const globalForStripe = globalThis as unknown as { __stripe?: { key: string; client: Stripe } };

export function stripe(): Stripe {
  const { STRIPE_SECRET_KEY, STRIPE_EMULATOR_URL } = env();
  const key = STRIPE_SECRET_KEY ?? `${EMULATOR_SECRET_KEY}@${STRIPE_EMULATOR_URL}`;
  if (globalForStripe.__stripe?.key !== key) {
    globalForStripe.__stripe = { key, client: createClient(STRIPE_SECRET_KEY, STRIPE_EMULATOR_URL) };
  }
  return globalForStripe.__stripe.client;
}

function createClient(secretKey: string | undefined, emulatorUrl: string): Stripe {
  // Retries reuse the request's idempotency key, so a retried charge is never a second charge.
  const common = { maxNetworkRetries: 2, timeout: 20_000, appInfo: { name: "Stillwater" } } as const;
  if (secretKey) return new Stripe(secretKey, common);
  const url = new URL(emulatorUrl);
  return new Stripe(EMULATOR_SECRET_KEY, {
    ...common,
    host: url.hostname,
    port: Number(url.port || (url.protocol === "https:" ? 443 : 80)),
    protocol: url.protocol === "https:" ? "https" : "http",
  });
}

export function webhookSecret(): string {
  const { STRIPE_SECRET_KEY, STRIPE_WEBHOOK_SECRET } = env();
  if (STRIPE_WEBHOOK_SECRET) return STRIPE_WEBHOOK_SECRET;
  if (STRIPE_SECRET_KEY) throw new Error("STRIPE_WEBHOOK_SECRET must be set with STRIPE_SECRET_KEY (README: Payments)");
  return EMULATOR_WEBHOOK_SECRET;
}

/** Request options for a call on a salon's connected account (direct charges). */
export function onSalonAccount(tenant: { stripeAccountId: string | null }, idempotencyKey?: string): Stripe.RequestOptions {
  if (!tenant.stripeAccountId) throw new AppError("CONFLICT", "This salon has not connected its payment account yet, so online booking is not open.");
  return idempotencyKey ? { stripeAccount: tenant.stripeAccountId, idempotencyKey } : { stripeAccount: tenant.stripeAccountId };
}

/** Whether the salon can take bookings online: connected, and Stripe lets it charge. */
export function acceptsOnlinePayments(tenant: { stripeAccountId: string | null; stripeChargesEnabled: boolean }): boolean {
  return tenant.stripeAccountId !== null && tenant.stripeChargesEnabled;
}

/** The id of a field Stripe returns either as an id or, when expanded, as the object. */
export function stripeId(value: string | { id: string } | null | undefined): string | null {
  return typeof value === "string" ? value : (value?.id ?? null);
}

export function isStripeCardError(error: unknown): error is Stripe.errors.StripeCardError {
  return error instanceof Stripe.errors.StripeCardError;
}

export function isStripeError(error: unknown): error is Stripe.errors.StripeError {
  return error instanceof Stripe.errors.StripeError;
}
