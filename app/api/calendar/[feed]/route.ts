import { findFeedByToken } from "@/lib/calendar-feed/feeds";
import { therapistFeedIcs } from "@/lib/calendar-feed/therapist-feed";
import { now } from "@/lib/time/clock";

// A therapist's private calendar feed, /api/calendar/<secret>.ics, for Google, Apple and
// Outlook calendars to subscribe to. Unknown and revoked secrets look the same: 404.
export async function GET(_request: Request, { params }: { params: Promise<{ feed: string }> }): Promise<Response> {
  const { feed } = await params;
  const token = feed.endsWith(".ics") ? feed.slice(0, -4) : feed;
  const found = await findFeedByToken(token);
  if (!found) return new Response("Not found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  const body = await therapistFeedIcs({ ...found, now: now() });
  return new Response(body, {
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      "content-disposition": 'inline; filename="sessions.ics"',
      "cache-control": "private, max-age=300",
      "referrer-policy": "no-referrer",
      "x-robots-tag": "noindex",
    },
  });
}
