import { buildIcs, googleCalendarUrl, outlookCalendarUrl } from "@/lib/calendar-feed/build-ics";
import type { MailAttachment } from "@/lib/mail/mailer";
import type { BookingEmailData } from "./booking-email-data";

// "Add to calendar" for the client: an .ics file attached to the confirmation (Apple Calendar,
// Outlook, Thunderbird open it) and links for Google and Outlook.com.

function event(d: BookingEmailData) {
  return { title: d.calendar.title, startsAt: d.calendar.startsAt, endsAt: d.calendar.endsAt, location: d.calendar.location, details: `With ${d.therapist.name}. View or cancel: ${d.manageUrl}` };
}

export function sessionIcsAttachment(d: BookingEmailData): MailAttachment {
  const e = event(d);
  const content = buildIcs({
    name: d.salon.name,
    timeZone: d.calendar.timeZone,
    method: "PUBLISH",
    events: [{ uid: d.calendar.uid, startsAt: e.startsAt, endsAt: e.endsAt, summary: e.title, location: e.location, description: e.details, url: d.manageUrl, updatedAt: e.startsAt }],
  });
  return { filename: "session.ics", content, contentType: "text/calendar; charset=utf-8; method=PUBLISH" };
}

export function addToCalendarLinks(d: BookingEmailData): { google: string; outlook: string } {
  return { google: googleCalendarUrl(event(d)), outlook: outlookCalendarUrl(event(d)) };
}
