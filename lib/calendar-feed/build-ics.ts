import ical, { ICalCalendarMethod, ICalEventStatus } from "ical-generator";

// iCalendar text for a therapist's feed and for one booking's "add to calendar". Times are
// written in UTC (…Z), which every calendar reads correctly; the salon's zone rides along as
// X-WR-TIMEZONE for display. Nothing about a client's health goes in: feeds leave our hands.

export type IcsEvent = {
  uid: string;
  startsAt: Date;
  endsAt: Date;
  summary: string;
  location: string;
  description: string;
  url?: string;
  cancelled?: boolean;
  updatedAt: Date;
};

export function buildIcs({ name, timeZone, events, method }: { name: string; timeZone: string; events: IcsEvent[]; method?: "PUBLISH" }): string {
  const calendar = ical({
    name,
    prodId: { company: "Stillwater", product: "Bookings", language: "EN" },
    ...(method ? { method: ICalCalendarMethod.PUBLISH } : {}),
    // Subscribers poll: ask for every 15 minutes (Outlook and Apple honour it).
    ttl: 15 * 60,
    x: [["X-WR-TIMEZONE", timeZone]],
  });
  for (const event of events) {
    calendar.createEvent({
      id: event.uid,
      start: event.startsAt,
      end: event.endsAt,
      stamp: event.updatedAt,
      lastModified: event.updatedAt,
      summary: event.summary,
      location: event.location,
      description: event.description,
      ...(event.url ? { url: event.url } : {}),
      status: event.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}

/** A Google Calendar "add event" link for one booking. */
export function googleCalendarUrl({ title, startsAt, endsAt, location, details }: { title: string; startsAt: Date; endsAt: Date; location: string; details: string }): string {
  const stamp = (d: Date) => d.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
  const query = new URLSearchParams({ action: "TEMPLATE", text: title, dates: `${stamp(startsAt)}/${stamp(endsAt)}`, location, details });
  return `https://calendar.google.com/calendar/render?${query.toString()}`;
}

/** An Outlook.com "add event" link for one booking. */
export function outlookCalendarUrl({ title, startsAt, endsAt, location, details }: { title: string; startsAt: Date; endsAt: Date; location: string; details: string }): string {
  const query = new URLSearchParams({ path: "/calendar/action/compose", rru: "addevent", subject: title, startdt: startsAt.toISOString(), enddt: endsAt.toISOString(), location, body: details });
  return `https://outlook.live.com/calendar/0/deeplink/compose?${query.toString()}`;
}
