import { Link, Text } from "@react-email/components";
import { SalonEmailLayout, emailStyles, myBookingsUrl } from "./salon-layout";
import type { BookingEmailData } from "./booking-email-data";

// The emails of a moved booking: to the client, to the therapist who has it now, and to the one
// it moved away from. Like every booking email, no notes or health data.

type Person = { name: string; email: string | null };

/** One move, formatted in the location's zone. */
export type Move = { from: string; to: string; fromTherapist: Person; toTherapist: Person; changedTherapist: boolean };

function Was({ move }: { move: Move }) {
  return (
    <>
      <Text style={emailStyles.row}>
        <strong>New time:</strong> {move.to}
        {move.changedTherapist ? ` with ${move.toTherapist.name}` : ""}
      </Text>
      <Text style={{ ...emailStyles.row, color: "#57534e" }}>
        <strong>Was:</strong> <s>{move.from}</s>
        {move.changedTherapist ? ` with ${move.fromTherapist.name}` : ""}
      </Text>
    </>
  );
}

export function BookingMovedEmail({ data, move }: { data: BookingEmailData; move: Move }) {
  return (
    <SalonEmailLayout salon={data.salon} myBookingsUrl={myBookingsUrl(data.salonUrl)} preview={`Moved to ${move.to}`}>
      <Text>Hi {data.client.name},</Text>
      <Text>
        Your {data.serviceName} ({data.durationMinutes} min) at {data.salon.name} has moved to a new time.
      </Text>
      <Was move={move} />
      <Text style={emailStyles.row}>
        <strong>Where:</strong> {data.where}
      </Text>
      <Text>Nothing has been charged or refunded: what you paid and the card you saved carry over to the new time, under the same policy. {data.policySummary}</Text>
      <Text style={emailStyles.note}>The attached session.ics has the new time for your calendar.</Text>
      <Text>
        <Link href={data.manageUrl} style={emailStyles.button}>
          View your booking
        </Link>
      </Text>
    </SalonEmailLayout>
  );
}

export function TherapistMovedEmail({ data, move }: { data: BookingEmailData; move: Move }) {
  return (
    <SalonEmailLayout salon={data.salon} preview={`${data.client.name}: ${move.to}`}>
      <Text>Hi {move.toTherapist.name},</Text>
      <Text>
        {move.changedTherapist
          ? `${data.client.name}'s ${data.serviceName} (${data.durationMinutes} min) has moved to you from ${move.fromTherapist.name}.`
          : `${data.client.name}'s ${data.serviceName} (${data.durationMinutes} min) has moved to a new time.`}
      </Text>
      <Was move={move} />
      <Text style={emailStyles.row}>
        <strong>Where:</strong> {data.where}
      </Text>
      <Text>
        <Link href={data.staffUrl}>Open the booking</Link>
      </Text>
    </SalonEmailLayout>
  );
}

export function TherapistMovedAwayEmail({ data, move }: { data: BookingEmailData; move: Move }) {
  return (
    <SalonEmailLayout salon={data.salon} preview={`Moved to ${move.toTherapist.name}: ${data.client.name}`}>
      <Text>Hi {move.fromTherapist.name},</Text>
      <Text>
        {data.client.name}&apos;s {data.serviceName} on {move.from} is now with {move.toTherapist.name}, on {move.to}. That time is free again in your calendar.
      </Text>
    </SalonEmailLayout>
  );
}
