import ICAL from "ical.js";
import { beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/calendar/[feed]/route";
import { createCalendarFeed, revokeCalendarFeeds } from "@/lib/calendar-feed/feeds";
import type { Tenant } from "@/lib/generated/prisma/client";
import { setupTestDatabase } from "../setup/test-database";
import { tenantBySlug } from "../fixtures/factories";

// A therapist's private feed: a valid iCalendar of their own sessions (UTC instants, the salon's
// zone named), nothing about health or preferences, and dead once revoked.

const { db } = setupTestDatabase();
let serenity: Tenant;
let harbor: Tenant;

async function fetchFeed(token: string) {
  return GET(new Request(`http://localhost/api/calendar/${token}.ics`), { params: Promise.resolve({ feed: `${token}.ics` }) });
}

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  return { calendar, events: calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v)) };
}

beforeAll(async () => {
  const prisma = await db();
  serenity = await tenantBySlug(prisma, "serenity");
  harbor = await tenantBySlug(prisma, "harbor");
});

describe("calendar feeds", () => {
  it("list the therapist's own sessions, at the right instants, without health notes", async () => {
    const prisma = await db();
    const maya = await prisma.therapistProfile.findFirstOrThrow({ where: { tenantId: serenity.id, displayName: "Maya Chen" } });
    const upcoming = await prisma.booking.findFirstOrThrow({ where: { tenantId: serenity.id, therapistId: maya.id, status: "CONFIRMED" }, orderBy: { startsAt: "desc" } });
    await prisma.bookingPreferences.upsert({
      where: { tenantId_bookingId: { tenantId: serenity.id, bookingId: upcoming.id } },
      create: { tenantId: serenity.id, bookingId: upcoming.id, preferences: { goal: "relaxation", focusAreas: [], avoidAreas: [] }, healthNotes: "Secret-condition-xyz" },
      update: { healthNotes: "Secret-condition-xyz" },
    });
    const token = await createCalendarFeed({ tenantId: serenity.id, therapistId: maya.id });
    const response = await fetchFeed(token);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/calendar/);
    const text = await response.text();
    expect(text).not.toContain("Secret-condition-xyz");
    const { calendar, events } = parse(text);
    expect(calendar.getFirstPropertyValue("x-wr-timezone")).toBe("America/New_York");
    expect(events.length).toBeGreaterThan(0);
    const event = events.find((e) => e.uid === `${upcoming.id}@stillwater`);
    expect(event?.startDate.toJSDate().toISOString()).toBe(upcoming.startsAt.toISOString());
    expect(event?.endDate.toJSDate().toISOString()).toBe(upcoming.endsAt.toISOString());
    const ids = events.map((e) => e.uid.replace("@stillwater", ""));
    const owners = await prisma.booking.findMany({ where: { id: { in: ids } }, select: { therapistId: true, tenantId: true, status: true } });
    expect(owners.every((b) => b.therapistId === maya.id && b.tenantId === serenity.id && b.status !== "CANCELLED")).toBe(true);
  });

  it("a new link revokes the old one; revoking ends it; a made-up or other salon's secret is 404", async () => {
    const prisma = await db();
    const leo = await prisma.therapistProfile.findFirstOrThrow({ where: { tenantId: serenity.id, displayName: "Leo Park" } });
    const first = await createCalendarFeed({ tenantId: serenity.id, therapistId: leo.id });
    const second = await createCalendarFeed({ tenantId: serenity.id, therapistId: leo.id });
    expect((await fetchFeed(first)).status).toBe(404);
    expect((await fetchFeed(second)).status).toBe(200);
    expect(await revokeCalendarFeeds({ tenantId: serenity.id, therapistId: leo.id })).toBe(1);
    expect((await fetchFeed(second)).status).toBe(404);
    expect((await fetchFeed("x".repeat(32))).status).toBe(404);
    expect((await fetchFeed("../../etc/passwd")).status).toBe(404);
    // Another salon cannot make a feed for serenity's therapist.
    await expect(createCalendarFeed({ tenantId: harbor.id, therapistId: leo.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
