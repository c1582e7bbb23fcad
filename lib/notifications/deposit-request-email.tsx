import { Link, Text } from "@react-email/components";
import { SalonEmailLayout, emailStyles, myBookingsUrl } from "./salon-layout";
import type { BookingEmailData } from "./booking-email-data";
import { PolicyTerms } from "./policy-terms";

// A booking the salon took by phone: the time is held until `holdUntil`; the client confirms it
// on the booking's page by paying the deposit (or saving a card) on Stripe's page.

export type DepositRequest = { holdUntil: string; deposit: string | null };

export function DepositRequestEmail({ data, request }: { data: BookingEmailData; request: DepositRequest }) {
  const what = request.deposit ? `pay the ${request.deposit} deposit and save your card for the rest` : "save your card for after your session (nothing is charged today)";
  return (
    <SalonEmailLayout salon={data.salon} myBookingsUrl={myBookingsUrl(data.salonUrl)} preview={`Please confirm: ${data.serviceName}, ${data.when}`}>
      <Text>Hi {data.client.name},</Text>
      <Text>
        As we arranged on the phone, we&apos;re holding a {data.serviceName} ({data.durationMinutes} min) with {data.therapist.name} for you.
      </Text>
      <Text style={emailStyles.row}>
        <strong>When:</strong> {data.when}
      </Text>
      <Text style={emailStyles.row}>
        <strong>Where:</strong> {data.where}
      </Text>
      <Text style={emailStyles.row}>
        <strong>Price:</strong> {data.price}
      </Text>
      <Text>
        <strong>To confirm it, {what}</strong> by {request.holdUntil}. After that the time is released for others.
      </Text>
      <Text>
        <Link href={data.manageUrl} style={emailStyles.button}>
          {request.deposit ? `Pay ${request.deposit} deposit` : "Save card and confirm"}
        </Link>
      </Text>
      {data.policyTerms.length > 0 && <PolicyTerms title="What you'll agree to:" terms={data.policyTerms} />}
      <Text style={emailStyles.note}>Not you, or changed your mind? Open the link and release the time; nothing has been charged.</Text>
    </SalonEmailLayout>
  );
}
