import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDatabase } from "@/lib/db/client";
import { cancelBooking } from "@/lib/booking/cancel-booking";
import { claimReminder, reminderDueAt } from "@/lib/booking/reminders";
import { enqueue, JOB_SCHEMA } from "@/lib/jobs/queue";
import { planReminderJob, REMINDER_JOBS, sendReminderJob } from "@/lib/jobs/reminder-jobs";
import { startWorkers, type Workers } from "@/lib/jobs/worker";
import type { Tenant } from "@/lib/generated/prisma/client";
import { setupTestDatabase } from "../setup/test-database";
import { TEST_NOW } from "../fixtures/test-clock";
import { clientDetails, soloBooker, tenantBySlug } from "../fixtures/factories";

// The reminder before a session: planned with the confirmation, sent once whatever the number
// of workers, retries or restarts, never for a cancelled booking, re-planned when it moves.

const outbox = fs.mkdtempSync(path.join(os.tmpdir(), "stillwater-reminders-outbox-"));
process.env.OUTBOX_DIR = outbox;
const { db } = setupTestDatabase();
let serenity: Tenant;
let book: Awaited<ReturnType<typeof soloBooker>>;
const workers: Workers[] = [];

afterAll(async () => {
  await Promise.all(workers.map((w) => w.stop()));
  fs.rmSync(outbox, { recursive: true, force: true });
});

function remindersTo(email: string): string[] {
  return fs
    .readdirSync(outbox)
    .filter((n) => n.endsWith(".json"))
    .flatMap((n) => {
      try {
        return [JSON.parse(fs.readFileSync(path.join(outbox, n), "utf8")) as { to: string; subject: string; text: string }];
      } catch {
        return [];
      }
    })
    .filter((m) => m.to === email && m.subject.startsWith("Reminder:"))
    .map((m) => m.text);
}

async function jobs(name: string, bookingId: string) {
  const prisma = await db();
  return prisma.$queryRawUnsafe<{ state: string; start_after: Date; data: { startsAt?: string } }[]>(`SELECT state, start_after, data FROM ${JOB_SCHEMA}.job WHERE name = $1 AND data->>'bookingId' = $2`, name, bookingId);
}

async function until(check: () => boolean | Promise<boolean>, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 100));
  }
}

beforeAll(async () => {
  const prisma = await db();
  serenity = await tenantBySlug(prisma, "serenity");
  book = await soloBooker(prisma, serenity);
});

describe("reminderDueAt", () => {
  const startsAt = new Date("2026-12-10T15:00:00Z");
  it.each([
    ["a day ahead: at the salon's hour", new Date("2026-12-01T00:00:00Z"), 24, new Date("2026-12-09T15:00:00Z")],
    ["booked inside the window: now", new Date("2026-12-10T05:00:00Z"), 24, new Date("2026-12-10T05:00:00Z")],
    ["three hours or less before: none", new Date("2026-12-10T12:30:00Z"), 24, null],
  ])("%s", (_name, now, hours, expected) => {
    expect(reminderDueAt(startsAt, hours, now)).toEqual(expected);
  });
});

describe("reminders", () => {
  it("confirming a booking plans its reminder for the salon's time before it", async () => {
    const booking = await book("2026-12-01", 9, 801);
    const [plan] = await jobs(planReminderJob.name, booking.id);
    expect(plan?.start_after.toISOString()).toBe(new Date(booking.startsAt.getTime() - 24 * 3_600_000).toISOString());
    expect(plan?.data.startsAt).toBe(booking.startsAt.toISOString());
  });

  it("ten claims at once (several workers, retries): one email job", async () => {
    const booking = await book("2026-12-01", 11, 802);
    const prisma = await db();
    const claims = await Promise.all(Array.from({ length: 10 }, () => prisma.$transaction((tx) => claimReminder(tx, { tenantId: serenity.id, bookingId: booking.id, startsAt: booking.startsAt, now: TEST_NOW }))));
    expect(claims.filter((c) => c === "sent")).toHaveLength(1);
    expect(claims.filter((c) => c === "already-sent")).toHaveLength(9);
    expect(await jobs(sendReminderJob.name, booking.id)).toHaveLength(1);
  });

  it("a cancelled booking gets none; a moved one only for its new time", async () => {
    const prisma = await db();
    const cancelled = await book("2026-12-01", 13, 803);
    await cancelBooking({ tenantId: serenity.id, bookingId: cancelled.id, actor: "client", now: TEST_NOW });
    expect(await prisma.$transaction((tx) => claimReminder(tx, { tenantId: serenity.id, bookingId: cancelled.id, startsAt: cancelled.startsAt, now: TEST_NOW }))).toBe("stale");

    const moved = await book("2026-12-01", 15, 804);
    const newStart = new Date(moved.startsAt.getTime() + 86_400_000);
    await prisma.booking.update({ where: { tenantId_id: { tenantId: serenity.id, id: moved.id } }, data: { startsAt: newStart, endsAt: new Date(newStart.getTime() + 3_600_000), blockStartsAt: newStart, blockEndsAt: new Date(newStart.getTime() + 3_600_000) } });
    expect(await prisma.$transaction((tx) => claimReminder(tx, { tenantId: serenity.id, bookingId: moved.id, startsAt: moved.startsAt, now: TEST_NOW }))).toBe("stale");
    expect(await prisma.$transaction((tx) => claimReminder(tx, { tenantId: serenity.id, bookingId: moved.id, startsAt: newStart, now: TEST_NOW }))).toBe("sent");
    expect(await jobs(sendReminderJob.name, cancelled.id)).toHaveLength(0);
  });

  it("two workers and a restart in between: the client gets one reminder, without health notes", async () => {
    const { driver } = await getDatabase();
    const booking = await book("2026-12-02", 9, 805);
    const prisma = await db();
    await prisma.bookingPreferences.create({ data: { tenantId: serenity.id, bookingId: booking.id, preferences: { goal: "relaxation", focusAreas: [], avoidAreas: [] }, healthNotes: "Recent knee surgery" } });
    // The plan is due now, twice (a duplicate plan, as after a reschedule to the same time).
    const payload = { tenantId: serenity.id, bookingId: booking.id, startsAt: booking.startsAt.toISOString() };
    await prisma.$transaction((tx) => enqueue(tx, planReminderJob, payload));
    await prisma.$transaction((tx) => enqueue(tx, planReminderJob, payload));
    const first = await startWorkers(driver, REMINDER_JOBS, { pollingIntervalSeconds: 0.5 });
    workers.push(first, await startWorkers(driver, REMINDER_JOBS, { pollingIntervalSeconds: 0.5 }));
    await until(() => remindersTo(clientDetails(805).email).length > 0);
    await first.stop(); // a restart: the job is durable and the claim holds
    workers.splice(workers.indexOf(first), 1, await startWorkers(driver, REMINDER_JOBS, { pollingIntervalSeconds: 0.5 }));
    await prisma.$transaction((tx) => enqueue(tx, planReminderJob, payload));
    await until(async () => (await jobs(planReminderJob.name, booking.id)).filter((j) => j.state === "completed").length >= 3);
    await new Promise((r) => setTimeout(r, 1000));
    const mails = remindersTo(clientDetails(805).email);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toContain("Review your preferences for this session");
    expect(mails[0]).not.toContain("knee");
  });
});
