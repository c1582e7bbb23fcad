import { startStripeEmulator } from "../stripe-emulator/index";

// Runs the local Stripe emulator for dev and the offline demo: `npx tsx scripts/stripe-emulator.ts`.
// Point the app's Stripe client at it with { host: "127.0.0.1", port, protocol: "http" }.

const port = Number(process.env.STRIPE_EMULATOR_PORT ?? 12111);
const host = process.env.STRIPE_EMULATOR_HOST ?? "127.0.0.1";
const dataFile = process.env.STRIPE_EMULATOR_DATA ?? ".data/stripe-emulator.json";
const webhookUrl = process.env.STRIPE_WEBHOOK_URL ?? "http://localhost:3000/api/webhooks/stripe";
const webhookSecret = process.env.STRIPE_WEBHOOK_SECRET ?? "whsec_emulator_local";
const publicUrl = process.env.STRIPE_EMULATOR_PUBLIC_URL || undefined;

if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.warn(`STRIPE_EMULATOR_PORT must be a port number, got ${process.env.STRIPE_EMULATOR_PORT}`);
  process.exit(1);
}

// STRIPE_WEBHOOK_URL=off (or empty) records events without delivering them.
const webhook = webhookUrl && webhookUrl !== "off" ? { url: webhookUrl, secret: webhookSecret } : null;
const emulator = await startStripeEmulator({ port, host, dataFile, webhook, publicUrl });
console.log(`Stripe emulator listening on ${emulator.url} (data ${dataFile}; webhooks ${webhook ? `to ${webhook.url}` : "off"})`);

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  await emulator.close();
  console.log(`Stripe emulator stopped (${signal})`);
  process.exit(0);
}
process.on("SIGTERM", () => void shutdown("SIGTERM"));
process.on("SIGINT", () => void shutdown("SIGINT"));
