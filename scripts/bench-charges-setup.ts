// The charging benchmark's world: a scratch PostgreSQL database, one connected salon on an
// in-process Stripe emulator, and completed bookings whose review windows have ended, each with
// a customer and a saved card on the emulator, and a charge job waiting in the queue.
import crypto from "node:crypto";
import Stripe from "stripe";
import { consentText, policySnapshot } from "@/lib/booking/policy";
import { openDatabase, type Database } from "@/lib/db/client";
import { migrateApp } from "@/lib/db/migrate-app";
import { createBoss } from "@/lib/jobs/queue";
import { chargeBalanceJob } from "@/lib/jobs/payment-jobs";
import { EMULATOR_SECRET_KEY } from "@/lib/payments/stripe";
import type { StripeEmulator } from "@/stripe-emulator/index";

export const DEFAULT_ADMIN_URL = "postgresql://postgres@127.0.0.1:5432/postgres";

export type ScratchDatabase = Database & { url: string; drop(): Promise<void> };

/** CREATE DATABASE stillwater_bench_<random> on the admin URL's server, migrated; drop() removes it. */
export async function createScratchDatabase(adminUrl: string): Promise<ScratchDatabase> {
  const name = `stillwater_bench_${crypto.randomBytes(4).toString("hex")}`;
  const admin = await openDatabase({ kind: "postgres", url: adminUrl, maxConnections: 1 });
  try {
    await admin.driver.exec(`CREATE DATABASE ${name}`);
  } finally {
    await admin.prisma.$disconnect();
    await admin.driver.close();
  }
  const url = withDatabase(adminUrl, name);
  const database = await openDatabase({ kind: "postgres", url });
  await migrateApp(database.driver);
  let dropped = false;
  return {
    ...database,
    url,
    async drop() {
      if (dropped) return;
      dropped = true;
      await database.prisma.$disconnect().catch(() => undefined);
      await database.driver.close().catch(() => undefined);
      const again = await openDatabase({ kind: "postgres", url: adminUrl, maxConnections: 1 });
      try {
        await again.driver.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await again.prisma.$disconnect();
        await again.driver.close();
      }
    },
  };
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export type ChargeScenario = { tenantId: string; accountId: string; bookingIds: string[]; expectedMinor: Map<string, number> };

const PRICE_MINOR = 9_000;
const TIP_MINOR = 1_500;

/** One salon, `count` completed bookings due for their balance charge, and a charge job for each. */
export async function seedChargeScenario({ prisma, driver }: Database, emulator: StripeEmulator, count: number): Promise<ChargeScenario> {
  const account = await emulator.createConnectedAccount({ business_name: "Bench Spa", country: "US" });
  const tenant = await prisma.tenant.create({
    data: { slug: `bench-${crypto.randomBytes(4).toString("hex")}`, name: "Bench Spa", timeZone: "America/New_York", currency: "USD", stripeAccountId: account.id, stripeChargesEnabled: true },
  });
  const tenantId = tenant.id;
  const location = await prisma.location.create({ data: { tenantId, name: "Main", addressLine1: "1 Main St", city: "New York", postalCode: "10001", country: "US", timeZone: "America/New_York" } });
  const service = await prisma.service.create({ data: { tenantId, slug: "bench", name: "Bench massage", description: "", durationMinutes: 60, priceCents: PRICE_MINOR } });
  const user = await prisma.user.create({ data: { email: `therapist-${tenantId}@bench.invalid` } });
  const therapist = await prisma.therapistProfile.create({ data: { tenantId, userId: user.id, displayName: "Bench Therapist" } });

  // A customer with a saved card per client, as Checkout leaves them (setup_future_usage=off_session).
  const sdk = emulatorClient(emulator.url);
  const clients = Array.from({ length: count }, (_, i) => ({ id: crypto.randomUUID(), name: `Bench Client ${i}`, email: `client-${i}@bench.invalid`, phone: "+1 212 555 0100" }));
  const saved = await mapLimited(clients, 16, async (client) => {
    const customer = await sdk.customers.create(
      { email: client.email, name: client.name, payment_method: "pm_card_visa", invoice_settings: { default_payment_method: "pm_card_visa" } },
      { stripeAccount: account.id },
    );
    return { customerId: customer.id, paymentMethodId: String(customer.invoice_settings.default_payment_method) };
  });
  for (let i = 0; i < count; i += 500) {
    await prisma.client.createMany({ data: clients.slice(i, i + 500).map((c, j) => ({ ...c, tenantId, stripeCustomerId: saved[i + j]!.customerId })) });
  }

  // Sessions an hour and a half apart, the latest two days ago; every review window ended a day ago.
  const latest = Date.now() - 2 * 86_400_000;
  const expectedMinor = new Map<string, number>();
  const policy = policySnapshot(tenant, service);
  const bookings = clients.map((client, i) => {
    const startsAt = new Date(latest - i * 90 * 60_000);
    const endsAt = new Date(startsAt.getTime() + 60 * 60_000);
    const tipMinor = i % 3 === 0 ? TIP_MINOR : null;
    const id = crypto.randomUUID();
    expectedMinor.set(id, PRICE_MINOR + (tipMinor ?? 0));
    return {
      tenantId, id, locationId: location.id, serviceId: service.id, therapistId: therapist.id, clientId: client.id,
      status: "COMPLETED" as const, startsAt, endsAt, blockStartsAt: startsAt, blockEndsAt: endsAt,
      serviceName: service.name, durationMinutes: 60, priceCents: PRICE_MINOR, currency: "USD", policySnapshot: policy,
      contactName: client.name, contactEmail: client.email, contactPhone: client.phone,
      consent: { at: startsAt.toISOString(), ipAddress: null, userAgent: null, text: consentText(policy) },
      tipMinor, balanceStatus: "IN_REVIEW" as const, completedAt: endsAt, reviewEndsAt: new Date(endsAt.getTime() + 86_400_000),
      stripeCustomerId: saved[i]!.customerId, stripePaymentMethodId: saved[i]!.paymentMethodId,
    };
  });
  for (let i = 0; i < count; i += 500) await prisma.booking.createMany({ data: bookings.slice(i, i + 500) });

  const boss = createBoss(driver);
  const jobs = bookings.map((b) => ({ name: chargeBalanceJob.name, data: { tenantId, bookingId: b.id } }));
  for (let i = 0; i < jobs.length; i += 500) await boss.insert(jobs.slice(i, i + 500));
  return { tenantId, accountId: account.id, bookingIds: bookings.map((b) => b.id), expectedMinor };
}

export function emulatorClient(url: string): Stripe {
  const parsed = new URL(url);
  return new Stripe(EMULATOR_SECRET_KEY, { host: parsed.hostname, port: Number(parsed.port), protocol: "http", maxNetworkRetries: 2 });
}

async function mapLimited<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i]!);
    }
  });
  await Promise.all(lanes);
  return results;
}
