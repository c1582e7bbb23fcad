import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { getDatabase } from "@/lib/db/client";
import { createBooking } from "@/lib/booking/create-booking";
import { cancelBooking } from "@/lib/booking/cancel-booking";
import { localDateTimeToInstant } from "@/lib/availability/time-zone";
import { defineJob } from "@/lib/jobs/define-job";
import { enqueue, installJobQueues, JOB_SCHEMA } from "@/lib/jobs/queue";
import { JOBS } from "@/lib/jobs/registry";
import { sendBookingConfirmationJob } from "@/lib/jobs/booking-email-jobs";
import { startWorkers, type Workers } from "@/lib/jobs/worker";
import { setupTestDatabase } from "../setup/test-database";
import { TEST_NOW } from "../fixtures/test-clock";
import { clientDetails, confirmHeld, createSoloTherapist, tenantBySlug } from "../fixtures/factories";
import { expireHoldJob } from "@/lib/jobs/payment-jobs";

// The durable queue: jobs commit with the change that causes them, and workers run them.

const outbox = fs.mkdtempSync(path.join(os.tmpdir(), "stillwater-jobs-outbox-"));
process.env.OUTBOX_DIR = outbox;
const { db } = setupTestDatabase();
let workers: Workers | undefined;

afterAll(async () => {
  await workers?.stop();
  fs.rmSync(outbox, { recursive: true, force: true });
});

async function jobsFor(bookingId: string) {
  const prisma = await db();
  return prisma.$queryRawUnsafe<{ state: string }[]>(`SELECT state FROM ${JOB_SCHEMA}.job WHERE name = $1 AND data->>'bookingId' = $2`, sendBookingConfirmationJob.name, bookingId);
}

function mailsTo(email: string): { subject: string }[] {
  return fs
    .readdirSync(outbox)
    .filter((n) => n.endsWith(".json"))
    .flatMap((n) => {
      try {
        return [JSON.parse(fs.readFileSync(path.join(outbox, n), "utf8")) as { to: string; subject: string }];
      } catch {
        return []; // still being written: the next look reads it whole
      }
    })
    .filter((m) => m.to === email);
}

async function until(check: () => Promise<boolean> | boolean, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 100));
  }
}

let book: (hour: number, n: number) => ReturnType<typeof createBooking>;
let therapistEmail: string;

beforeAll(async () => {
  const prisma = await db();
  const tenant = await tenantBySlug(prisma, "serenity");
  const { service, therapist, user } = await createSoloTherapist(prisma, tenant.id);
  therapistEmail = user.email;
  book = async (hour, n) => {
    const held = await createBooking({
      tenant,
      now: TEST_NOW,
      input: { serviceId: service.id, therapistId: therapist.id, startsAt: new Date(localDateTimeToInstant("2026-12-01", hour * 60, "America/New_York")).toISOString(), client: clientDetails(n) },
    });
    return { ...(await confirmHeld(prisma, held)), replayed: false };
  };
});

describe("jobs", () => {
  it("a confirmed booking commits its confirmation email job with it", async () => {
    const booking = await book(9, 501);
    expect(await jobsFor(booking.id)).toEqual([{ state: "created" }]);
  });

  it("a job enqueued in a transaction that rolls back never exists", async () => {
    const prisma = await db();
    const bookingId = "00000000-0000-4000-8000-000000000001";
    await prisma
      .$transaction(async (tx) => {
        await enqueue(tx, sendBookingConfirmationJob, { tenantId: bookingId, bookingId });
        throw new Error("the booking failed");
      })
      .catch(() => undefined);
    expect(await jobsFor(bookingId)).toEqual([]);
  });

  it("a payload the job does not accept is refused before it is stored", async () => {
    const prisma = await db();
    await expect(prisma.$transaction((tx) => enqueue(tx, sendBookingConfirmationJob, { tenantId: "x", bookingId: "y" }))).rejects.toThrow();
  });

  it("workers send the confirmation and the therapist's notice once each, and the jobs complete", async () => {
    const { driver } = await getDatabase();
    // Holds are released by the real clock, and these bookings are made at the test's fixed "now".
    workers = await startWorkers(driver, JOBS.filter((job) => job !== expireHoldJob), { pollingIntervalSeconds: 0.5 });
    const booking = await book(11, 502);
    await until(() => mailsTo(clientDetails(502).email).length > 0 && mailsTo(therapistEmail).some((m) => m.subject.includes(clientDetails(502).name)));
    await until(async () => (await jobsFor(booking.id))[0]?.state === "completed");
    await new Promise((r) => setTimeout(r, 500));
    expect(mailsTo(clientDetails(502).email).map((m) => m.subject).filter((s) => !s.startsWith("Reminder:"))).toEqual([expect.stringMatching(/^Booking confirmed: /)]);
    const notices = mailsTo(therapistEmail).filter((m) => m.subject.includes(clientDetails(502).name));
    expect(notices.map((m) => m.subject)).toEqual([`New booking: ${clientDetails(502).name}, Solo massage`]);
  });

  it("a cancellation emails the client and the therapist", async () => {
    const booking = await book(13, 503);
    await cancelBooking({ tenantId: booking.tenantId, bookingId: booking.id, actor: "client", now: TEST_NOW });
    await until(() => mailsTo(clientDetails(503).email).some((m) => m.subject.startsWith("Booking cancelled: ")));
    await until(() => mailsTo(therapistEmail).some((m) => m.subject === `Cancelled: ${clientDetails(503).name}, Solo massage`));
  });

  it("a handler that fails is retried until it succeeds", async () => {
    const { driver } = await getDatabase();
    let calls = 0;
    const flaky = defineJob({
      name: "test.flaky",
      payload: z.object({ n: z.number() }),
      retryLimit: 3,
      retryDelaySeconds: 1,
      async handler() {
        calls++;
        if (calls < 2) throw new Error("transient failure");
      },
    });
    await installJobQueues(driver, [flaky]);
    const flakyWorkers = await startWorkers(driver, [flaky], { pollingIntervalSeconds: 0.5 });
    try {
      const prisma = await db();
      const id = await prisma.$transaction((tx) => enqueue(tx, flaky, { n: 1 }));
      const state = async () => (await prisma.$queryRawUnsafe<{ state: string }[]>(`SELECT state FROM ${JOB_SCHEMA}.job WHERE id = $1::uuid`, id))[0]?.state;
      await until(async () => (await state()) === "completed", 20_000);
      expect(calls).toBe(2);
    } finally {
      await flakyWorkers.stop();
    }
  });

  it("jobs run several at a time are settled one by one: a failure reruns only itself", async () => {
    const { driver } = await getDatabase();
    const calls = new Map<number, number>();
    const batch = defineJob({
      name: "test.batch",
      payload: z.object({ n: z.number() }),
      retryLimit: 3,
      retryDelaySeconds: 1,
      async handler({ n }) {
        calls.set(n, (calls.get(n) ?? 0) + 1);
        if (n === 0 && calls.get(n) === 1) throw new Error("transient failure");
      },
    });
    await installJobQueues(driver, [batch]);
    const prisma = await db();
    const ids = await prisma.$transaction(async (tx) => Promise.all([0, 1, 2, 3, 4, 5].map((n) => enqueue(tx, batch, { n }))));
    const batchWorkers = await startWorkers(driver, [batch], { pollingIntervalSeconds: 0.5, concurrency: 4 });
    try {
      const states = async () => (await prisma.$queryRawUnsafe<{ state: string }[]>(`SELECT state FROM ${JOB_SCHEMA}.job WHERE id = ANY($1::uuid[])`, ids)).map((r) => r.state);
      await until(async () => (await states()).filter((s) => s === "completed").length === 6, 20_000);
      expect(Object.fromEntries(calls)).toEqual({ 0: 2, 1: 1, 2: 1, 3: 1, 4: 1, 5: 1 });
    } finally {
      await batchWorkers.stop();
    }
  });
});
