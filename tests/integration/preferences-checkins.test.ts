import { beforeAll, describe, expect, it, vi } from "vitest";
import { getSessionBrief } from "@/lib/brief/get-session-brief";
import { createCalendarFeed } from "@/lib/calendar-feed/feeds";
import { therapistFeedIcs } from "@/lib/calendar-feed/therapist-feed";
import { submitCheckIn } from "@/lib/checkins/submit-check-in";
import { saveBookingPreferences } from "@/lib/preferences/save-booking-preferences";
import { findBookingPreferences, findClientProfile, findPreviousSessionPreferences } from "@/lib/preferences/queries";
import { loadBookingEmailData } from "@/lib/notifications/booking-email-data";
import { renderEmail } from "@/lib/notifications/render";
import { BookingConfirmedEmail } from "@/lib/notifications/booking-emails";
import { SessionReceiptEmail } from "@/lib/notifications/payment-emails";
import type { AppError } from "@/lib/errors/app-error";
import type { Tenant } from "@/lib/generated/prisma/client";
import { setupTestDatabase } from "../setup/test-database";
import { TEST_NOW } from "../fixtures/test-clock";
import { soloBooker, staffContextFor, tenantBySlug } from "../fixtures/factories";

// Preferences stated for a booking, remembered on the profile, closed once the session starts;
// the check-in once per completed session, its "use next time" choices moving the profile.

const { db } = setupTestDatabase();
let serenity: Tenant;
let harbor: Tenant;
let book: Awaited<ReturnType<typeof soloBooker>>;

const HEALTH = "Pregnant, 24 weeks; allergic to lavender oil";
const prefs = { goal: "pain_relief", painArea: "lower back", painLevel: 6, sounds: "nature", scent: "vanilla", talking: "quiet", pressure: "medium", focusAreas: ["lower_back"], avoidAreas: ["feet"] };

async function refusal(work: Promise<unknown>): Promise<AppError> {
  return work.then(
    () => {
      throw new Error("expected a refusal");
    },
    (e: AppError) => e,
  );
}

async function complete(bookingId: string) {
  const prisma = await db();
  await prisma.booking.update({ where: { tenantId_id: { tenantId: serenity.id, id: bookingId } }, data: { status: "COMPLETED", completedAt: TEST_NOW } });
}

beforeAll(async () => {
  const prisma = await db();
  serenity = await tenantBySlug(prisma, "serenity");
  harbor = await tenantBySlug(prisma, "harbor");
  book = await soloBooker(prisma, serenity);
});

describe("booking preferences", () => {
  it("are saved for the booking and, when remembered, on the client's profile with health notes", async () => {
    const booking = await book("2026-12-01", 9, 701);
    await saveBookingPreferences({ tenantId: serenity.id, bookingId: booking.id, preferences: prefs, health: { healthNotes: HEALTH, healthConsent: true }, remember: true, now: TEST_NOW });
    const saved = await findBookingPreferences(serenity.id, booking.id);
    expect(saved).toMatchObject({ preferences: { goal: "pain_relief", painLevel: 6, focusAreas: ["lower_back"] }, healthNotes: HEALTH });
    expect(await findClientProfile(serenity.id, booking.clientId)).toMatchObject({ preferences: saved!.preferences, healthNotes: HEALTH });
  });

  it("without 'remember' the profile is left as it was; health notes without consent are refused", async () => {
    const booking = await book("2026-12-01", 11, 702);
    await saveBookingPreferences({ tenantId: serenity.id, bookingId: booking.id, preferences: { goal: "relaxation" }, health: {}, remember: false, now: TEST_NOW });
    expect(await findClientProfile(serenity.id, booking.clientId)).toBeNull();
    const error = await refusal(saveBookingPreferences({ tenantId: serenity.id, bookingId: booking.id, preferences: { goal: "relaxation" }, health: { healthNotes: HEALTH }, remember: false, now: TEST_NOW }));
    expect(error.code).toBe("VALIDATION");
    expect(error.fieldErrors).toHaveProperty("healthConsent");
    expect((await findBookingPreferences(serenity.id, booking.id))?.healthNotes).toBeNull();
  });

  it("close when the session starts, and change nothing then", async () => {
    const booking = await book("2026-12-01", 13, 703);
    const error = await refusal(saveBookingPreferences({ tenantId: serenity.id, bookingId: booking.id, preferences: prefs, health: {}, remember: true, now: booking.startsAt }));
    expect(error.code).toBe("CONFLICT");
    expect(await findBookingPreferences(serenity.id, booking.id)).toBeNull();
  });

  it("another salon's id reaches nothing", async () => {
    const booking = await book("2026-12-01", 15, 704);
    const error = await refusal(saveBookingPreferences({ tenantId: harbor.id, bookingId: booking.id, preferences: prefs, health: {}, remember: true, now: TEST_NOW }));
    expect(error.code).toBe("NOT_FOUND");
    expect(await findBookingPreferences(serenity.id, booking.id)).toBeNull();
  });

  it("never reach an email", async () => {
    const booking = await book("2026-12-02", 9, 705);
    await saveBookingPreferences({ tenantId: serenity.id, bookingId: booking.id, preferences: prefs, health: { healthNotes: HEALTH, healthConsent: true }, remember: false, now: TEST_NOW });
    const data = await loadBookingEmailData(serenity.id, booking.id);
    for (const email of [BookingConfirmedEmail({ data: data! }), SessionReceiptEmail({ data: data! })]) {
      const { html, text } = await renderEmail(email);
      expect(html + text).not.toContain("Pregnant");
      expect(html + text).not.toContain("lavender oil");
    }
  });
});

describe("health notes stay with the salon's staff", () => {
  it("are on the brief, and in no log line, email or calendar feed along the way", async () => {
    const lines: string[] = [];
    const spies = (["log", "info", "warn", "debug"] as const).map((level) => vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void lines.push(args.map(String).join(" "))));
    try {
      const booking = await book("2026-12-03", 15, 711);
      const secret = "Epilepsy-note-7f3a";
      await saveBookingPreferences({ tenantId: serenity.id, bookingId: booking.id, preferences: prefs, health: { healthNotes: secret, healthConsent: true }, remember: true, now: TEST_NOW });
      const prisma = await db();
      const owner = await staffContextFor(prisma, "owner@serenity.test");
      const brief = await getSessionBrief(owner, booking.id);
      expect(JSON.stringify(brief)).toContain(secret);
      const data = await loadBookingEmailData(serenity.id, booking.id);
      const { html, text } = await renderEmail(BookingConfirmedEmail({ data: data! }));
      const stored = await prisma.booking.findUniqueOrThrow({ where: { tenantId_id: { tenantId: serenity.id, id: booking.id } }, select: { therapistId: true } });
      await createCalendarFeed({ tenantId: serenity.id, therapistId: stored.therapistId, now: TEST_NOW });
      const ics = await therapistFeedIcs({ tenantId: serenity.id, therapistId: stored.therapistId, now: TEST_NOW });
      expect(ics).toContain(booking.id);
      for (const out of [html, text, ics, ...lines]) expect(out).not.toContain(secret);
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
  });
});

describe("check-in", () => {
  const answer = { satisfaction: 4, goalReached: "PARTLY", changes: ["firmer_pressure", "other_music"], remember: ["firmer_pressure"], wishes: "More time on the neck" };

  it("opens only once the session is done", async () => {
    const booking = await book("2026-12-02", 11, 706);
    expect((await refusal(submitCheckIn({ tenantId: serenity.id, bookingId: booking.id, input: answer, now: TEST_NOW }))).code).toBe("CONFLICT");
  });

  it("is taken once; remembered choices move the profile one step, the others only show in the brief", async () => {
    const booking = await book("2026-12-02", 13, 707);
    await saveBookingPreferences({ tenantId: serenity.id, bookingId: booking.id, preferences: prefs, health: {}, remember: true, now: TEST_NOW });
    await complete(booking.id);
    const checkIn = await submitCheckIn({ tenantId: serenity.id, bookingId: booking.id, input: answer, now: TEST_NOW });
    expect(checkIn).toMatchObject({ satisfaction: 4, goalReached: "PARTLY", changes: ["firmer_pressure", "other_music"], appliedChanges: ["firmer_pressure"] });
    const profile = await findClientProfile(serenity.id, booking.clientId);
    expect(profile?.preferences).toMatchObject({ pressure: "firm", sounds: "nature" });
    expect((await refusal(submitCheckIn({ tenantId: serenity.id, bookingId: booking.id, input: answer, now: TEST_NOW }))).code).toBe("CONFLICT");
  });

  it("two at once: one is kept", async () => {
    const booking = await book("2026-12-02", 15, 708);
    await complete(booking.id);
    const results = await Promise.allSettled([1, 2, 3].map((score) => submitCheckIn({ tenantId: serenity.id, bookingId: booking.id, input: { ...answer, satisfaction: score, remember: [] }, now: TEST_NOW })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const prisma = await db();
    expect(await prisma.checkIn.count({ where: { tenantId: serenity.id, bookingId: booking.id } })).toBe(1);
  });

  it("another salon's id reaches nothing; a refused answer stores nothing", async () => {
    const booking = await book("2026-12-03", 9, 709);
    await complete(booking.id);
    expect((await refusal(submitCheckIn({ tenantId: harbor.id, bookingId: booking.id, input: answer, now: TEST_NOW }))).code).toBe("NOT_FOUND");
    expect((await refusal(submitCheckIn({ tenantId: serenity.id, bookingId: booking.id, input: { ...answer, satisfaction: 9 }, now: TEST_NOW }))).code).toBe("VALIDATION");
    const prisma = await db();
    expect(await prisma.checkIn.count({ where: { bookingId: booking.id } })).toBe(0);
  });

  it("the previous session's preferences are found for 'what changed since last time'", async () => {
    const first = await book("2026-12-03", 11, 710);
    await saveBookingPreferences({ tenantId: serenity.id, bookingId: first.id, preferences: prefs, health: {}, remember: true, now: TEST_NOW });
    await complete(first.id);
    const second = await book("2026-12-04", 11, 710);
    const previous = await findPreviousSessionPreferences(serenity.id, second.clientId, second.startsAt);
    expect(previous).toMatchObject({ bookingId: first.id, preferences: { goal: "pain_relief" } });
  });
});
