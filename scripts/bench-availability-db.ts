// Benchmark of a booking search including its database queries: the engine scenario loaded
// into a fresh embedded PGlite (or DATABASE_URL), then findSlots over the whole 28 days.
import crypto from "node:crypto";
import { closeDatabase, getDatabase } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";
import { findSlots } from "@/lib/booking/find-slots";
import { buildBenchScenario, type BenchScenario } from "./bench-availability-engine";
import { bookingContact } from "@/lib/booking/contact";

type Loaded = { tenantId: string; serviceId: string };

async function loadScenario(scenario: BenchScenario): Promise<Loaded> {
  const { prisma } = await getDatabase();
  const { query, bookings } = scenario;
  const tenant = await prisma.tenant.create({
    data: {
      slug: `bench-${crypto.randomBytes(4).toString("hex")}`, name: "Bench Spa", timeZone: query.timeZone, currency: "USD",
      slotStepMinutes: query.stepMinutes, minNoticeMinutes: query.minNoticeMinutes, bookingHorizonDays: query.horizonDays,
    },
  });
  const tenantId = tenant.id;
  const location = await prisma.location.create({ data: { tenantId, name: "Main", addressLine1: "1 Main St", city: "New York", postalCode: "10001", country: "US", timeZone: query.timeZone } });
  const service = await prisma.service.create({ data: { tenantId, slug: "bench", name: "Bench massage", description: "", durationMinutes: query.service.durationMinutes, priceCents: 9_000, bufferBeforeMinutes: query.service.bufferBeforeMinutes, bufferAfterMinutes: query.service.bufferAfterMinutes } });
  const ids = new Map(query.therapists.map((t) => [t.therapistId, crypto.randomUUID()]));
  const users = query.therapists.map((t) => ({ id: crypto.randomUUID(), email: `${t.therapistId}-${tenantId}@bench.invalid` }));
  await prisma.user.createMany({ data: users });
  await prisma.therapistProfile.createMany({ data: query.therapists.map((t, i) => ({ tenantId, id: ids.get(t.therapistId)!, userId: users[i]!.id, displayName: t.therapistId })) });
  await prisma.serviceTherapist.createMany({ data: [...ids.values()].map((therapistId) => ({ tenantId, serviceId: service.id, therapistId })) });
  await prisma.availabilityRule.createMany({ data: query.therapists.flatMap((t) => t.rules.map((r) => ({ tenantId, therapistId: ids.get(t.therapistId)!, locationId: location.id, ...r }))) });
  await prisma.timeOff.createMany({ data: query.therapists.flatMap((t) => t.timeOff.map((o) => ({ tenantId, therapistId: ids.get(t.therapistId)!, startsAt: new Date(o.start), endsAt: new Date(o.end) }))) });
  const client = await prisma.client.create({ data: { tenantId, name: "Bench Client", email: "bench@example.com", phone: "+1 212 555 0100" } });
  const rows = bookings.map((b) => ({
    tenantId, locationId: location.id, serviceId: service.id, therapistId: ids.get(b.therapistId)!, clientId: client.id, ...bookingContact(client),
    startsAt: new Date(b.startsAt), endsAt: new Date(b.endsAt), blockStartsAt: new Date(b.blockStartsAt), blockEndsAt: new Date(b.blockEndsAt),
    serviceName: service.name, durationMinutes: service.durationMinutes, priceCents: service.priceCents, currency: "USD", policySnapshot: {},
  }));
  for (let i = 0; i < rows.length; i += 500) await prisma.booking.createMany({ data: rows.slice(i, i + 500) });
  return { tenantId, serviceId: service.id };
}

export async function benchWithDatabase(options: { runs?: number; warmup?: number } = {}) {
  const { runs = 30, warmup = 5 } = options;
  if (!process.env.DATABASE_URL) process.env.PGLITE_DATA_DIR = "memory://";
  const { driver } = await getDatabase();
  await migrate(driver);
  const scenario = buildBenchScenario();
  const loaded = await loadScenario(scenario);
  const search = { ...loaded, therapistId: "any" as const, fromDate: scenario.query.fromDate, toDate: scenario.query.toDate, now: new Date(scenario.query.now) };
  let slots = (await findSlots(search)).slots;
  for (let i = 0; i < warmup; i++) slots = (await findSlots(search)).slots;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    slots = (await findSlots(search)).slots;
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))]!;
  console.log(
    `engine + database (${driver.kind === "postgres" ? "PostgreSQL" : "embedded PGlite"}): ${scenario.query.therapists.length} therapists, ${scenario.bookings.length} bookings, 28 days, ${runs} runs\n` +
      `  median ${at(50).toFixed(2)} ms  p95 ${at(95).toFixed(2)} ms  min ${times[0]!.toFixed(2)} ms\n` +
      `  ${slots.length} slots (distinct starts), ${slots.reduce((n, s) => n + s.therapistIds.length, 0)} therapist-slot pairs`,
  );
  await closeDatabase();
}
