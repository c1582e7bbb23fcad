import { Link, Text } from "@react-email/components";
import { SalonEmailLayout, emailStyles, myBookingsUrl } from "./salon-layout";
import type { BookingEmailData } from "./booking-email-data";
import { PolicyTerms } from "./policy-terms";
import { addToCalendarLinks } from "./calendar-attachment";

// The booking emails: to the client when booked and when cancelled, to the therapist for both.

function Details({ data, therapist = true }: { data: BookingEmailData; therapist?: boolean }) {
  return (
    <>
      <Text style={emailStyles.row}>
        <strong>When:</strong> {data.when}
      </Text>
      <Text style={emailStyles.row}>
        <strong>Where:</strong> {data.where}
      </Text>
      {therapist && (
        <Text style={emailStyles.row}>
          <strong>Therapist:</strong> {data.therapist.name}
        </Text>
      )}
      <Text style={emailStyles.row}>
        <strong>Price:</strong> {data.price}
      </Text>
    </>
  );
}

export function BookingConfirmedEmail({ data }: { data: BookingEmailData }) {
  return (
    <SalonEmailLayout salon={data.salon} myBookingsUrl={myBookingsUrl(data.salonUrl)} preview={`${data.serviceName}, ${data.when}`}>
      <Text>Hi {data.client.name},</Text>
      <Text>
        Your {data.serviceName} ({data.durationMinutes} min) with {data.therapist.name} at {data.salon.name} is confirmed.
      </Text>
      <Details data={data} therapist={false} />
      <Text style={emailStyles.note}>
        Add it to your calendar: open the attached session.ics, or <Link href={addToCalendarLinks(data).google}>Google Calendar</Link> ·{" "}
        <Link href={addToCalendarLinks(data).outlook}>Outlook.com</Link>
      </Text>
      <Text>
        {/* Nothing right after the link: in the plain-text part a "." would stick to the URL. */}
        <strong>How would you like your session?</strong> Relaxation or relief from pain, music or silence, a scent, a chat or quiet. Tell your therapist in a
        minute: <Link href={data.preferencesUrl}>your session preferences</Link>
      </Text>
      {data.policyTerms.length > 0 ? (
        <PolicyTerms title="What you agreed to:" terms={data.policyTerms} />
      ) : (
        <Text>
          <strong>Cancellation policy:</strong> {data.policySummary}
        </Text>
      )}
      <Text>
        <Link href={data.manageUrl} style={emailStyles.button}>
          View or cancel your booking
        </Link>
      </Text>
      <Text style={emailStyles.note}>Keep this email: its link is your way to view or cancel this booking.</Text>
    </SalonEmailLayout>
  );
}

export function BookingCancelledEmail({ data }: { data: BookingEmailData }) {
  return (
    <SalonEmailLayout salon={data.salon} myBookingsUrl={myBookingsUrl(data.salonUrl)} preview={`Cancelled: ${data.serviceName}, ${data.when}`}>
      <Text>Hi {data.client.name},</Text>
      <Text>
        Your {data.serviceName} with {data.therapist.name} on {data.when} is cancelled. The time is free again for others.
      </Text>
      {data.lateCancellation && <Text>This cancellation came inside the salon&apos;s cancellation window. {data.policySummary}</Text>}
      <Text>
        We hope to see you another time: <Link href={data.salonUrl}>book again at {data.salon.name}</Link>
      </Text>
    </SalonEmailLayout>
  );
}

export function TherapistNewBookingEmail({ data }: { data: BookingEmailData }) {
  return (
    <SalonEmailLayout salon={data.salon} preview={`New booking: ${data.client.name}, ${data.when}`}>
      <Text>Hi {data.therapist.name},</Text>
      <Text>
        {data.client.name} booked {data.serviceName} ({data.durationMinutes} min) with you.
      </Text>
      <Details data={data} therapist={false} />
      <Text>
        <Link href={data.staffUrl}>Open the booking</Link>
      </Text>
    </SalonEmailLayout>
  );
}

export function TherapistCancelledEmail({ data }: { data: BookingEmailData }) {
  return (
    <SalonEmailLayout salon={data.salon} preview={`Cancelled: ${data.client.name}, ${data.when}`}>
      <Text>Hi {data.therapist.name},</Text>
      <Text>
        {data.client.name}&apos;s {data.serviceName} on {data.when} is cancelled{data.lateCancellation ? ", inside the cancellation window" : ""}. The time is free
        again in your calendar.
      </Text>
      <Text>
        <Link href={data.staffUrl}>Open the booking</Link>
      </Text>
    </SalonEmailLayout>
  );
}

/** A day (or the salon's chosen time) before the session. Never carries health notes or preferences themselves. */
export function SessionReminderEmail({ data }: { data: BookingEmailData }) {
  const mobile = data.where.startsWith("At the client's address");
  return (
    <SalonEmailLayout salon={data.salon} myBookingsUrl={myBookingsUrl(data.salonUrl)} preview={`Reminder: ${data.serviceName}, ${data.when}`}>
      <Text>Hi {data.client.name},</Text>
      <Text>
        A reminder of your {data.serviceName} ({data.durationMinutes} min) with {data.therapist.name}.
      </Text>
      <Details data={data} therapist={false} />
      <Text>
        <strong>What to bring:</strong>{" "}
        {mobile
          ? "nothing at all: your therapist brings the table, linen and oils. A quiet, warm room with space around the table is all you need."
          : "just yourself, in comfortable clothes. Please arrive 5–10 minutes early so your session can start on time."}
      </Text>
      <Text>
        <Link href={data.preferencesUrl} style={emailStyles.button}>
          Review your preferences for this session
        </Link>
      </Text>
      <Text style={emailStyles.note}>
        Can&apos;t make it? <Link href={data.manageUrl}>View or cancel your booking</Link>. {data.policySummary}
      </Text>
    </SalonEmailLayout>
  );
}
