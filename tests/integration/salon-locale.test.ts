import { beforeAll, describe, expect, it } from "vitest";
import { createBooking } from "@/lib/booking/create-booking";
import { findDayWindow } from "@/lib/booking/find-day-window";
import { localDateTimeToInstant } from "@/lib/availability/time-zone";
import { loadBookingEmailData } from "@/lib/notifications/booking-email-data";
import { renderEmail } from "@/lib/notifications/render";
import { BookingConfirmedEmail, TherapistNewBookingEmail } from "@/lib/notifications/booking-emails";
import { SessionReceiptEmail } from "@/lib/notifications/payment-emails";
import { BookingMovedEmail } from "@/lib/notifications/booking-moved-emails";
import { DepositRequestEmail } from "@/lib/notifications/deposit-request-email";
import type { Tenant } from "@/lib/generated/prisma/client";
import { setupTestDatabase } from "../setup/test-database";
import { TEST_NOW } from "../fixtures/test-clock";
import { clientDetails, confirmHeld, createSoloTherapist, tenantBySlug } from "../fixtures/factories";

// Each salon's emails in its own locale (Harbor en-GB, Serenity en-US), with the link to a
// client's bookings; the time step's days say why they have no free time, up to the horizon.

const { db } = setupTestDatabase();
let serenity: Tenant;
let harbor: Tenant;

beforeAll(async () => {
  const prisma = await db();
  [serenity, harbor] = await Promise.all([tenantBySlug(prisma, "serenity"), tenantBySlug(prisma, "harbor")]);
});

async function bookSolo(tenant: Tenant, zone: string, day: string, minute: number, n: number, solo?: Awaited<ReturnType<typeof createSoloTherapist>>) {
  const prisma = await db();
  const { service, therapist } = solo ?? (await createSoloTherapist(prisma, tenant.id));
  const held = await createBooking({
    tenant,
    now: TEST_NOW,
    input: { serviceId: service.id, therapistId: therapist.id, startsAt: new Date(localDateTimeToInstant(day, minute, zone)).toISOString(), client: clientDetails(n) },
  });
  return confirmHeld(prisma, held, TEST_NOW);
}

describe("emails in the salon's locale", () => {
  it("the demo salons have their locales", () => {
    expect(harbor.locale).toBe("en-GB");
    expect(serenity.locale).toBe("en-US");
  });

  it("Harbor: British dates, a 24-hour clock and pounds", async () => {
    const booking = await bookSolo(harbor, "Europe/London", "2026-11-25", 11 * 60 + 45, 901);
    const data = (await loadBookingEmailData(harbor.id, booking.id))!;
    expect(data.when.replace(/\u00a0/g, " ")).toBe("Wednesday, 25 November 2026 at 11:45 (GMT)");
    expect(data.price).toBe("£100.00");
    expect(data.payment.deposit).toBe("£10.00");
    expect(data.policyTerms[0]).toBe("Today you pay a deposit of £10.00 and your card is saved for the rest.");
    const { text } = await renderEmail(BookingConfirmedEmail({ data }));
    expect(text).toContain("When: Wednesday, 25 November 2026 at 11:45 (GMT)");
    expect(text).not.toMatch(/\b(AM|PM)\b/);
  });

  it("Serenity: American dates, AM/PM and dollars", async () => {
    const booking = await bookSolo(serenity, "America/New_York", "2026-11-25", 11 * 60 + 45, 902);
    const data = (await loadBookingEmailData(serenity.id, booking.id))!;
    expect(data.when.replace(/\u00a0/g, " ")).toBe("Wednesday, November 25, 2026 at 11:45 AM (EST)");
    expect(data.price).toBe("$100.00");
  });

  it("client emails link to My bookings; the therapist's do not", async () => {
    const booking = await bookSolo(harbor, "Europe/London", "2026-11-26", 10 * 60, 903);
    const data = (await loadBookingEmailData(harbor.id, booking.id))!;
    expect(data.locale).toBe("en-GB");
    const person = { name: "Sam", email: null };
    const move = { from: "a", to: "b", fromTherapist: person, toTherapist: person, changedTherapist: false };
    for (const email of [
      BookingConfirmedEmail({ data }),
      SessionReceiptEmail({ data }),
      BookingMovedEmail({ data, move }),
      DepositRequestEmail({ data, request: { holdUntil: "soon", deposit: "£10.00" } }),
    ]) {
      const { html, text } = await renderEmail(email);
      expect(text).toMatch(/My bookings https?:\/\/[^\s/]+\/account(\s|$)/);
      expect(html).toMatch(/href="https?:\/\/[^"/]+\/account"/);
    }
    const { text } = await renderEmail(TherapistNewBookingEmail({ data }));
    expect(text).not.toContain("/account");
    expect(text).not.toContain("My bookings");
  });

  it("the footer gives the salon's phone from its profile, as a tel: link, and nothing when it has none", async () => {
    const booking = await bookSolo(serenity, "America/New_York", "2026-11-26", 10 * 60, 904);
    const data = (await loadBookingEmailData(serenity.id, booking.id))!;
    expect(data.salon.phone).toBe("+1 212-555-0142");
    const { html, text } = await renderEmail(BookingConfirmedEmail({ data }));
    expect(html).toContain('href="tel:+12125550142"');
    expect(text).toMatch(/· Phone: \+1 212-555-0142$/);
    const prisma = await db();
    await prisma.tenant.update({ where: { id: serenity.id }, data: { phone: null } });
    try {
      const without = (await loadBookingEmailData(serenity.id, booking.id))!;
      expect(without.salon.phone).toBeNull();
      const email = await renderEmail(BookingConfirmedEmail({ data: without }));
      expect(email.html).not.toContain("tel:");
      expect(email.text).not.toContain("Phone");
      expect(email.text).toContain(`Serenity Spa · ${without.salon.address}`);
    } finally {
      await prisma.tenant.update({ where: { id: serenity.id }, data: { phone: serenity.phone } });
    }
  });
});

describe("the time step's window of days", () => {
  it("says which days are booked up, which are days off, and pages up to the horizon", async () => {
    const prisma = await db();
    const solo = await createSoloTherapist(prisma, harbor.id);
    // Thursday 26 November booked from 9:00 to 17:00; Friday 27 November off.
    for (let hour = 9; hour < 17; hour++) await bookSolo(harbor, "Europe/London", "2026-11-26", hour * 60, 910 + hour, solo);
    await prisma.timeOff.create({
      data: {
        tenantId: harbor.id,
        therapistId: solo.therapist.id,
        startsAt: new Date(localDateTimeToInstant("2026-11-27", 0, "Europe/London")),
        endsAt: new Date(localDateTimeToInstant("2026-11-28", 0, "Europe/London")),
        reason: "Day off",
      },
    });
    const search = { tenantId: harbor.id, serviceId: solo.service.id, therapistId: solo.therapist.id, now: TEST_NOW, size: 14 };
    const first = await findDayWindow(search);
    expect(first).toMatchObject({ today: "2026-11-23", from: "2026-11-23", to: "2026-12-06", previous: null, next: "2026-12-07" });
    const status = (date: string) => first.days.find((d) => d.date === date)?.status;
    expect(status("2026-11-25")).toBe("free");
    expect(status("2026-11-26")).toBe("full");
    expect(status("2026-11-27")).toBe("off");

    // Harbor books 60 days ahead: the last window ends on the horizon's day, not after 14 days.
    const last = await findDayWindow({ ...search, from: "2027-06-01" });
    expect(last.to).toBe(last.lastDate);
    expect(last.lastDate).toBe("2027-01-22");
    expect(last.next).toBeNull();
    expect(last.days.some((d) => d.status === "free")).toBe(true);

    // With a named therapist the seeded Sam's weekend is a day off; with anyone, Sunday is closed.
    const sam = await prisma.therapistProfile.findFirstOrThrow({ where: { tenantId: harbor.id, displayName: "Sam Taylor" } });
    const swedish = await prisma.service.findFirstOrThrow({ where: { tenantId: harbor.id, slug: "swedish-60" } });
    const samDays = await findDayWindow({ ...search, serviceId: swedish.id, therapistId: sam.id });
    expect(samDays.days.find((d) => d.date === "2026-11-28")?.status).toBe("off"); // Saturday
    const anyone = await findDayWindow({ ...search, serviceId: swedish.id, therapistId: "any" });
    expect(anyone.days.find((d) => d.date === "2026-11-29")?.status).toBe("off"); // Sunday: nobody works
    expect(anyone.days.find((d) => d.date === "2026-11-28")?.status).not.toBe("off"); // Priya works Saturdays
  });
});

describe("the horizon's last day", () => {
  it("is left out when the horizon ends before anyone's first time that day", async () => {
    const prisma = await db();
    const solo = await createSoloTherapist(prisma, harbor.id); // 09:00-17:00 every day
    // 60 days after 07:00 in London: the horizon ends at 07:00 on its last day, before 09:00.
    const early = new Date(localDateTimeToInstant("2026-11-24", 7 * 60, "Europe/London"));
    const window = await findDayWindow({ tenantId: harbor.id, serviceId: solo.service.id, therapistId: solo.therapist.id, now: early, size: 14, from: "2027-06-01" });
    expect(window.next).toBeNull();
    expect(window.to).toBe("2027-01-22");
    expect(window.days.at(-1)).toMatchObject({ date: "2027-01-22", status: "free" });
    expect(window.days.some((d) => d.date === "2027-01-23")).toBe(false);
  });
});
