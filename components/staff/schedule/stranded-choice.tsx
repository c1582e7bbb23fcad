import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

type Stranded = { id: string; startsAt: string; contactName: string; serviceName: string };

/** The bookings a change would leave outside working time, and the two ways forward. */
export function StrandedChoice({ bookings, timeZone, locale = "en-US", pending }: { bookings: Stranded[]; timeZone: string; locale?: string; pending: boolean }) {
  const when = new Intl.DateTimeFormat(locale, { weekday: "short", day: "numeric", month: "short", hour: "numeric", minute: "2-digit", timeZone });
  return (
    <Alert tone="warning" title={`${bookings.length} booked ${bookings.length === 1 ? "session falls" : "sessions fall"} outside this change`}>
      <ul className="my-2 list-disc pl-5">
        {bookings.map((b) => (
          <li key={b.id}>
            {when.format(new Date(b.startsAt))}: {b.contactName}, {b.serviceName}
          </li>
        ))}
      </ul>
      <p>Keep them (you will still see these clients), or cancel them: the clients are emailed and their deposits refunded in full.</p>
      <div className="mt-3 flex flex-wrap gap-2">
        <Button type="submit" name="decision" value="keep" variant="secondary" pending={pending}>
          Save and keep them
        </Button>
        <Button type="submit" name="decision" value="cancel" variant="danger" pending={pending}>
          Save and cancel them
        </Button>
      </div>
    </Alert>
  );
}
