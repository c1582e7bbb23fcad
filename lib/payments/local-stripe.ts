import path from "node:path";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { countryForCurrency } from "./connect";
import { stripeMode, webhookSecret } from "./stripe";

// Without a STRIPE_SECRET_KEY the app talks to the local Stripe emulator (stripe-emulator/).
// The web server starts it in-process unless one already answers at STRIPE_EMULATOR_URL (a
// second web server, or `npx tsx scripts/stripe-emulator.ts`), and makes sure every salon the
// database says is connected has its connected account there, so the demo salons take bookings.

const globalForEmulator = globalThis as unknown as { __localStripe?: Promise<void> };

export function startLocalStripe(): Promise<void> {
  if (stripeMode() !== "emulator") return Promise.resolve();
  globalForEmulator.__localStripe ??= start();
  return globalForEmulator.__localStripe;
}

async function start(): Promise<void> {
  const { STRIPE_EMULATOR_URL, APP_URL, PGLITE_DATA_DIR } = env();
  const url = new URL(STRIPE_EMULATOR_URL);
  if (await emulatorAnswers(url)) {
    console.log(`[stillwater] Payments: the Stripe emulator already running at ${url.origin}`);
  } else {
    // Imported here so that a server with real Stripe keys never loads it.
    const { startStripeEmulator } = await import("@/stripe-emulator/index");
    const dataFile = path.join(path.dirname(path.resolve(PGLITE_DATA_DIR)), "stripe-emulator.json");
    await startStripeEmulator({
      host: url.hostname,
      port: Number(url.port || 80),
      dataFile,
      webhook: { url: `${APP_URL}/api/webhooks/stripe`, secret: webhookSecret() },
    });
    console.log(`[stillwater] Payments: local Stripe emulator at ${url.origin} (test cards in README; data ${path.relative(process.cwd(), dataFile)})`);
  }
  await connectSalonAccounts(url);
}

async function emulatorAnswers(url: URL): Promise<boolean> {
  try {
    const response = await fetch(new URL("/_emulator/health", url), { signal: AbortSignal.timeout(1000) });
    return response.ok;
  } catch {
    return false;
  }
}

/** Every connected salon's account, created on the emulator when it is not there yet (idempotent). */
export async function connectSalonAccounts(url = new URL(env().STRIPE_EMULATOR_URL)): Promise<void> {
  const prisma = await db();
  const tenants = await prisma.tenant.findMany({ where: { stripeAccountId: { not: null } }, select: { name: true, currency: true, stripeAccountId: true, stripeChargesEnabled: true } });
  for (const tenant of tenants) {
    const response = await fetch(new URL("/_emulator/accounts", url), {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ id: tenant.stripeAccountId, business_name: tenant.name, country: countryForCurrency(tenant.currency), charges_enabled: tenant.stripeChargesEnabled }),
    });
    if (!response.ok) throw new Error(`The Stripe emulator refused account ${tenant.stripeAccountId}: ${response.status} ${await response.text()}`);
  }
}
