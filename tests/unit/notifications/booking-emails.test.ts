import { describe, expect, it } from "vitest";
import { renderEmail } from "@/lib/notifications/render";
import { BookingCancelledEmail, BookingConfirmedEmail, TherapistCancelledEmail, TherapistNewBookingEmail } from "@/lib/notifications/booking-emails";
import { SignInLinkEmail } from "@/lib/notifications/sign-in-email";
import type { BookingEmailData } from "@/lib/notifications/booking-email-data";

const data: BookingEmailData = {
  salon: { name: "Serenity Spa", address: "214 West 22nd Street, New York 10011" },
  salonUrl: "http://localhost:3000/s/serenity",
  client: { name: "Ava <script>alert(1)</script> Williams", email: "ava@example.com" },
  therapist: { name: "Maya Chen", email: "maya@serenity.test" },
  serviceName: "Swedish massage",
  durationMinutes: 60,
  when: "Thursday, December 3, 2026 at 10:00\u00a0AM (EST)",
  where: "Serenity Spa — Chelsea, 214 West 22nd Street, New York 10011",
  price: "$95.00",
  policySummary: "Free cancellation up to 1 day before your appointment.",
  manageUrl: "http://localhost:3000/s/serenity/bookings/b1?token=abc_-1",
  staffUrl: "http://localhost:3000/staff/bookings/b1",
  lateCancellation: false,
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
      expect(text).toContain("http://localhost:3000/staff/bookings/b1");
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
