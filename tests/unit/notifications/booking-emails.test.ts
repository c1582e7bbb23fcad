import { describe, expect, it } from "vitest";
import { renderEmail } from "@/lib/notifications/render";
import { BookingCancelledEmail, BookingConfirmedEmail, TherapistCancelledEmail, TherapistNewBookingEmail } from "@/lib/notifications/booking-emails";
import { SignInLinkEmail } from "@/lib/notifications/sign-in-email";
import { ConcernDecidedEmail, PaymentDeclinedEmail, PaymentNeedsYouEmail, SessionReceiptEmail } from "@/lib/notifications/payment-emails";
import type { BookingEmailData } from "@/lib/notifications/booking-email-data";
import { sessionIcsAttachment } from "@/lib/notifications/calendar-attachment";
import ICAL from "ical.js";

const data: BookingEmailData = {
  salon: { name: "Serenity Spa", address: "214 West 22nd Street, New York 10011" },
  salonUrl: "http://localhost:3000/s/serenity",
  locale: "en-US",
  client: { name: "Ava <script>alert(1)</script> Williams", email: "ava@example.com" },
  therapist: { name: "Maya Chen", email: "maya@serenity.test" },
  serviceName: "Swedish massage",
  durationMinutes: 60,
  when: "Thursday, December 3, 2026 at 10:00\u00a0AM (EST)",
  where: "Serenity Spa — Chelsea, 214 West 22nd Street, New York 10011",
  price: "$95.00",
  policySummary: "Free cancellation up to 1 day before your appointment.",
  policyTerms: [],
  manageUrl: "http://localhost:3000/s/serenity/bookings/b1?token=abc_-1",
  staffUrl: "http://localhost:3000/staff/serenity/bookings/b1",
  lateCancellation: false,
  receiptUrl: "http://localhost:3000/s/serenity/bookings/b1/receipt?token=rcpt",
  checkInUrl: "http://localhost:3000/s/serenity/bookings/b1/check-in?token=rcpt",
  preferencesUrl: "http://localhost:3000/s/serenity/bookings/b1/preferences?token=abc_-1",
  calendar: { uid: "b1@stillwater", startsAt: new Date("2026-12-03T15:00:00Z"), endsAt: new Date("2026-12-03T16:00:00Z"), title: "Swedish massage at Serenity Spa", location: "Serenity Spa — Chelsea, 214 West 22nd Street, New York 10011", timeZone: "America/New_York" },
  payment: {
    deposit: "$19.00",
    extras: [{ description: "Hot stones add-on", amount: "$15.00" }],
    tip: "$17.10",
    balanceDue: "$91.00",
    paid: "$19.00",
    refunded: "$0.00",
    fees: "$0.00",
    reduced: null,
    chargeAt: "Friday, December 4, 2026 at 11:00\u00a0AM (EST)",
    nextRetryAt: null,
    concern: null,
  },
};

describe("booking emails", () => {
  it("the confirmation has both parts, the salon's frame, and a manage link a mail client can open", async () => {
    const { html, text } = await renderEmail(BookingConfirmedEmail({ data }));
    expect(html).toContain("Serenity Spa");
    expect(html).toContain('href="http://localhost:3000/s/serenity/bookings/b1?token=abc_-1"');
    expect(text).toContain("Your Swedish massage (60 min) with Maya Chen at Serenity Spa is confirmed.");
    expect(text).toContain("When: Thursday, December 3, 2026 at 10:00 AM (EST)");
    expect(text).toContain("Free cancellation up to 1 day");
    expect(text).toMatch(/View or cancel your booking\s+http:\/\/localhost:3000\/s\/serenity\/bookings\/b1\?token=abc_-1(\s|$)/);
    expect(text).not.toContain("[http");
    expect(text).toContain("214 West 22nd Street"); // the salon's address in the footer
    expect(html).toContain('href="http://localhost:3000/s/serenity/bookings/b1/preferences?token=abc_-1"');
    expect(html).toContain("https://calendar.google.com/calendar/render?action=TEMPLATE&amp;text=Swedish+massage+at+Serenity+Spa&amp;dates=20261203T150000Z%2F20261203T160000Z");
  });

  it("the footer carries the salon's phone as a tel: link when it has one, and no empty label when not", async () => {
    const withPhone = { ...data, salon: { ...data.salon, phone: "+1 212-555-0142" } };
    for (const email of [BookingConfirmedEmail({ data: withPhone }), SessionReceiptEmail({ data: withPhone }), TherapistNewBookingEmail({ data: withPhone })]) {
      const { html, text } = await renderEmail(email);
      expect(html).toMatch(/<a[^>]+href="tel:\+12125550142"[^>]*>\+1 212-555-0142<\/a>/);
      expect(text).toContain("Serenity Spa · 214 West 22nd Street, New York 10011 · Phone: +1 212-555-0142");
      expect(text).not.toContain("tel:"); // the number alone, not the number and its link again
    }
    for (const salon of [data.salon, { ...data.salon, phone: null }, { ...data.salon, phone: "" }]) {
      const { html, text } = await renderEmail(BookingConfirmedEmail({ data: { ...data, salon } }));
      expect(html).not.toContain("tel:");
      expect(html).not.toContain("Phone");
      expect(text).not.toContain("Phone");
      expect(text).toMatch(/Serenity Spa · 214 West 22nd Street, New York 10011$/);
    }
  });

  it("the confirmation's calendar file is one valid event at the session's instant", () => {
    const attachment = sessionIcsAttachment(data);
    expect(attachment.filename).toBe("session.ics");
    const component = new ICAL.Component(ICAL.parse(attachment.content) as unknown[]);
    const events = component.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
    expect(events).toHaveLength(1);
    expect(events[0]!.startDate.toJSDate().toISOString()).toBe("2026-12-03T15:00:00.000Z");
    expect(events[0]!.endDate.toJSDate().toISOString()).toBe("2026-12-03T16:00:00.000Z");
    expect(events[0]!.summary).toBe("Swedish massage at Serenity Spa");
    expect(component.getFirstPropertyValue("x-wr-timezone")).toBe("America/New_York");
  });

  it("what a booker typed is escaped in HTML", async () => {
    const { html } = await renderEmail(BookingConfirmedEmail({ data }));
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;");
  });

  it("the cancellation says what happened and, when late, the policy", async () => {
    expect((await renderEmail(BookingCancelledEmail({ data }))).text).toContain("is cancelled. The time is free again for others.");
    const late = (await renderEmail(BookingCancelledEmail({ data: { ...data, lateCancellation: true } }))).text;
    expect(late).toContain("inside the salon's cancellation window");
  });

  it("therapist notices name the client and link to the staff area, never to the client's manage link", async () => {
    for (const email of [TherapistNewBookingEmail({ data }), TherapistCancelledEmail({ data })]) {
      const { text } = await renderEmail(email);
      expect(text).toContain("Hi Maya Chen,");
      expect(text).toContain("http://localhost:3000/staff/serenity/bookings/b1");
      expect(text).not.toContain("token=");
    }
  });

  it("the sign-in email carries its link in both parts", async () => {
    const url = "http://localhost:3000/api/auth/callback/email?token=t1&email=a%40b.c";
    const { html, text } = await renderEmail(SignInLinkEmail({ url }));
    expect(html).toContain(`href="${url.replace(/&/g, "&amp;")}"`);
    expect(text).toContain(url);
  });
});

describe("payment emails", () => {
  it("the receipt lists service, extras, deposit, tip and balance, says when the card is charged, and links to the receipt page", async () => {
    const { html, text } = await renderEmail(SessionReceiptEmail({ data }));
    expect(text).toContain("Hot stones add-on: $15.00");
    expect(text).toContain("Deposit paid: $19.00");
    expect(text).toContain("Tip: $17.10");
    expect(text).toContain("Balance due: $91.00");
    expect(text).toContain("Your saved card will be charged the balance on Friday, December 4, 2026 at 11:00 AM (EST).");
    expect(html).toContain('href="http://localhost:3000/s/serenity/bookings/b1/receipt?token=rcpt"');
    expect(html).toContain('href="http://localhost:3000/s/serenity/bookings/b1/check-in?token=rcpt"');
  });

  it("a declined card says whether and when it is tried again, with a pay link", async () => {
    const retry = await renderEmail(PaymentDeclinedEmail({ data: { ...data, payment: { ...data.payment, nextRetryAt: "Saturday, December 5, 2026 at 11:00 AM (EST)" } } }));
    expect(retry.text).toContain("We will try the card again on Saturday, December 5, 2026");
    const last = await renderEmail(PaymentDeclinedEmail({ data }));
    expect(last.text).toContain("We will not try the card again.");
    expect(last.html).toContain("Pay with another card");
  });

  it("authentication required asks the client to confirm on a pay link; a decided concern quotes the salon", async () => {
    expect((await renderEmail(PaymentNeedsYouEmail({ data }))).text).toContain("Your bank asked for your confirmation");
    const decided = await renderEmail(ConcernDecidedEmail({ data: { ...data, payment: { ...data.payment, reduced: "$20.00", concern: { message: "Too short", decision: "DISCOUNT", note: "Sorry, we ran late." } } } }));
    expect(decided.text).toContain("The salon took something off the balance.");
    expect(decided.text).toContain("From Serenity Spa: Sorry, we ran late.");
    expect(decided.text).toContain("Taken off by the salon: $20.00");
  });
});
